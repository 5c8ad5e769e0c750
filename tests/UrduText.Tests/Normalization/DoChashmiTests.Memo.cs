namespace UrduText.Tests.Normalization;

// The memo of D2a decisions changes how fast a word is decided, never how: a word decided from the memo must read as
// it reads when decided afresh, whichever thread wrote the slot and whatever else shares it.
public partial class DoChashmiTests
{
    // Curated and evaluation words as an Arabic keyboard types them (both hehs as U+0647), bare letters only.
    static List<string> TypedWords()
    {
        var words = new HashSet<string>(DoChashmiLexicon.Instance.Curated.Keys, StringComparer.Ordinal);
        foreach (string file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "dochashmi"), "*.txt"))
        {
            foreach (string word in File.ReadAllText(file).Split([' ', '\n', '\r', '\t', '۔', '،', '؟'], StringSplitOptions.RemoveEmptyEntries))
            {
                words.Add(word);
            }
        }

        return words
            .Select(w => w.Replace('\u06BE', '\u0647').Replace('\u06C1', '\u0647'))
            .Where(w => w.Contains('\u0647') && !w.Any(c => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark || c == '\u0640'))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    static string ResolvedFresh(string typed)
    {
        char[] general = typed.ToCharArray();
        _ = DoChashmi.Resolve(general, DoChashmiLexicon.Instance); // with a lexicon given, the memo is never read
        return new string(general);
    }

    [Fact]
    public void Resolve_WordsWithMarks_ColdThenMemoized_DecideAsWithoutMemo()
    {
        // The general path (words with marks, words the normalizer's general loop resolves) shares the memo through the
        // word's skeleton: a zabar after the first letter and a shadda-free word must read alike, cold and warm.
        List<string> words = TypedWords();
        DoChashmiCache.Clear();
        foreach (string typed in words)
        {
            string marked = typed.Length > 1 ? typed.Insert(1, "\u064E") : typed;
            string expected = ResolvedFresh(marked);
            for (int pass = 0; pass < 2; pass++)
            {
                char[] viaMemo = marked.ToCharArray();
                DoChashmi.Resolve(viaMemo);
                new string(viaMemo).Should().Be(expected, $"pass {pass}: {marked}");
            }

            ResolvedBare(typed).Should().Be(ResolvedFresh(typed), $"bare after marked: {typed}");
        }
    }

    static string ResolvedBare(string typed)
    {
        char[] bare = typed.ToCharArray();
        DoChashmi.ResolveBare(bare);
        return new string(bare);
    }

    [Fact]
    public void ResolveBare_ColdThenMemoized_DecidesAsResolve()
    {
        List<string> words = TypedWords();
        int memoizable = 0;
        DoChashmiCache.Clear();
        foreach (string typed in words)
        {
            string expected = ResolvedFresh(typed);
            ResolvedBare(typed).Should().Be(expected, $"cold: {typed}");
            ResolvedBare(typed).Should().Be(expected, $"memoized: {typed}");
            if (DoChashmiCache.Key(typed) != 0)
            {
                memoizable++;
            }
        }

        // Most ambiguous words in running text are short; the memo must actually hold them for the test to mean much.
        memoizable.Should().BeGreaterThan(words.Count / 2);
    }

    [Fact]
    public void Key_RealWords_AreDistinctAndHoldOnlyWhatFits()
    {
        var byKey = new Dictionary<ulong, string>();
        foreach (string typed in TypedWords().Concat(DoChashmiLexicon.Instance.Curated.Keys))
        {
            ulong key = DoChashmiCache.Key(typed);
            if (typed.Length > DoChashmiCache.MaxLength)
            {
                key.Should().Be(0UL, typed);
                continue;
            }

            if (key == 0)
            {
                continue;
            }

            if (byKey.TryGetValue(key, out string? other))
            {
                other.Should().Be(typed, "two words may not share a key");
            }

            byKey[key] = typed;
        }

        byKey.Count.Should().BeGreaterThan(1000);
        DoChashmiCache.Key("\u0628\u0647\u06CC").Should().NotBe(0UL); // بهی
        DoChashmiCache.Key("\u0628\u0647\u06CCx").Should().Be(0UL); // a Latin letter
        DoChashmiCache.Key("\u0628\u064E\u0647").Should().Be(0UL); // a mark
        DoChashmiCache.Key("\u0628\u0647").Should().NotBe(DoChashmiCache.Key("\u0628\u0647\u0627")); // length counts
    }

    [Fact]
    public void ResolveBare_EightThreadsSharingTheMemo_AgreeWithOneThread()
    {
        List<string> words = TypedWords();
        Dictionary<string, string> expected = words.ToDictionary(w => w, ResolvedFresh, StringComparer.Ordinal);
        DoChashmiCache.Clear();
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, t =>
        {
            var random = new Random(t);
            for (int k = 0; k < 20_000; k++)
            {
                string typed = words[random.Next(words.Count)];
                string got = ResolvedBare(typed);
                if (got != expected[typed])
                {
                    failures.Add($"{typed}: {got} != {expected[typed]}");
                }
            }
        });

        failures.Should().BeEmpty();
    }
}
