
namespace UrduText.Tests.Normalization;

public partial class DoChashmiTests
{
    public static TheoryData<string, string, string> GoldenCases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (string line in File.ReadLines(TestData("do-chashmi.tsv")))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] columns = line.Split('\t');
            data.Add(Unescape(columns[0]), Unescape(columns[1]), columns.Length > 2 ? columns[2] : string.Empty);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GoldenCases))]
    public void Resolve_GoldenCase_GivesExpectedSpelling(string input, string expected, string note)
    {
        char[] word = input.ToCharArray();
        DoChashmi.Resolve(word);
        new string(word).Should().Be(expected, note);
    }

    [Fact]
    public void Resolve_EmptyWord_DoesNothing()
    {
        Span<char> word = [];
        DoChashmi.Resolve(word);
        word.Length.Should().Be(0);
    }

    [Fact]
    public void Resolve_WordLongerThanStackBuffer_UsesDefaultRuleWithoutFailing()
    {
        // 300 letters: far beyond MaxLookupLength, so no list is consulted.
        string input = string.Concat(Enumerable.Repeat("به", 150));
        char[] word = input.ToCharArray();
        DoChashmi.Resolve(word);
        new string(word).Should().Be(string.Concat(Enumerable.Repeat("بھ", 149)) + "بہ", "medial ب+heh defaults to ھ, final to ہ");
    }

    [Fact]
    public void Resolve_MoreAmbiguousHehsThanEnumerated_UsesDefaultRule()
    {
        // Five ambiguous hehs (one more than MaxAmbiguous): ت+heh medial → ھ, ن+heh → ہ, final ت+heh → ہ.
        char[] word = "تهتهنهتهته".ToCharArray();
        DoChashmi.Resolve(word);
        new string(word).Should().Be("تھتھنہتھتہ");
    }

    [Fact]
    public void Resolve_ManyMarksBetweenLetters_StillSeesTheConsonant()
    {
        // Shadda and zabar between ب and heh do not hide the ب.
        char[] word = "ب\u0651\u064Eهی".ToCharArray();
        DoChashmi.Resolve(word);
        new string(word).Should().Be("ب\u0651\u064Eھی");
    }

    [Fact]
    public void Resolve_SteadyState_AllocatesNothing()
    {
        char[][] words = [.. new[] { "بهی", "دیکهتیں", "بےسمجهی", "دهشتگردی", "زبهلکه", string.Concat(Enumerable.Repeat("به", 100)) }
            .Select(w => w.ToCharArray())];
        char[][] scratch = [.. words.Select(w => (char[])w.Clone())];
        Run(); // loads the lexicon
        Allocations.ShouldAllocateNothing(() =>
        {
            for (int i = 0; i < 100; i++)
            {
                Run();
            }
        });

        void Run()
        {
            for (int w = 0; w < words.Length; w++)
            {
                words[w].AsSpan().CopyTo(scratch[w]);
                DoChashmi.Resolve(scratch[w]);
            }
        }
    }

    [Fact]
    public void Resolve_ConcurrentFirstUse_GivesTheSameResultsEverywhere()
    {
        string[] inputs = ["بهی", "که", "ساته", "کهانی", "پهلے", "دوپهر", "تمهیں", "سکه"];
        string[] expected = inputs.Select(w => { char[] c = w.ToCharArray(); DoChashmi.Resolve(c); return new string(c); }).ToArray();
        var results = new string[64][];
        Parallel.For(0, results.Length, i =>
        {
            results[i] = inputs.Select(w => { char[] c = w.ToCharArray(); DoChashmi.Resolve(c); return new string(c); }).ToArray();
        });
        results.Should().AllSatisfy(r => r.Should().Equal(expected));
    }

    // Invariants over random words built from Urdu letters, Arabic heh, ھ, ہ and marks.
    [Fact]
    public void Resolve_RandomWords_OnlyReplacesArabicHehAndIsIdempotent()
    {
        const string alphabet = "ابپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنںوہھیےءآئؤ" + "\u0647\u0647\u0647\u0647\u0647\u0647" + "\u064E\u0650\u064F\u0651\u0670";
        var random = new Random(20261128);
        for (int n = 0; n < 20_000; n++)
        {
            int length = random.Next(1, n % 50 == 0 ? 200 : 12);
            char[] word = new char[length];
            for (int i = 0; i < length; i++)
            {
                word[i] = alphabet[random.Next(alphabet.Length)];
            }

            char[] original = (char[])word.Clone();
            DoChashmi.Resolve(word);
            for (int i = 0; i < length; i++)
            {
                if (original[i] == DoChashmi.ArabicHeh)
                {
                    word[i].Should().BeOneOf(DoChashmi.DoChashmiHeh, DoChashmi.HehGoal);
                }
                else
                {
                    word[i].Should().Be(original[i]);
                }
            }

            char[] again = (char[])word.Clone();
            DoChashmi.Resolve(again);
            again.Should().Equal(word);
        }
    }

    [Fact]
    public void Resolve_HehNotAfterAspirableConsonant_IsAlwaysHehGoal()
    {
        foreach (char c in "اآوءئیےعسشصضطظفقحخزژذثہھ")
        {
            char[] word = [c, DoChashmi.ArabicHeh, '\u06CC'];
            DoChashmi.Resolve(word);
            word[1].Should().Be(DoChashmi.HehGoal, $"heh after {c}");
        }
    }

    private static string Unescape(string s) => GoldenText.Unescape(s);
}
