using System.Text;

namespace UrduText.Generators;

/// <summary>
/// Builds the word-spacing models (docs/spacing.md) and evaluates them.
/// <list type="bullet">
/// <item><c>spacing-model core</c>: src/UrduText/Spacing/Data/spacing-core.bin from permissive word lists only: the
/// Tesseract Urdu word list (Apache-2.0, SourceData/tesseract-urd-words.txt), the team's frequency-ordered common-word
/// list, light verbs and auxiliaries, and the gazetteer's names (MIT; protected from splitting).</item>
/// <item><c>spacing-model data</c>: src/UrduText.Data/Data/spacing-wiki.bin, word and word-pair counts from the train
/// split of the Dakshina Urdu Wikipedia sample (CC BY-SA 4.0) plus the core lists and the words of the Dakshina
/// romanization lexicon's train split.</item>
/// <item><c>spacing-eval</c>: removes spaces after non-joining letters from text neither model was built from, at a
/// fixed rate with a fixed seed, and reports precision / recall / F1 of the restored spaces and the words changed in
/// clean text.</item>
/// </list>
/// Splits of ur.wiki-text.sample.txt (15,665 lines, by line index): train = lines [0, 80%), dev = [80%, 90%) (used to
/// pick the scoring constants), test = [90%, 100%) (reported, never tuned on).
/// </summary>
internal static class SpacingModelGenerator
{
    internal const double TrainEnd = 0.8;
    internal const double DevEnd = 0.9;
    internal const int Seed = 16;
    internal const double RemoveRate = 0.3;

    /// <summary>Chosen with <c>spacing-eval --tune</c> on the wiki dev split: best F1 with at most 0.6% of clean words changed that still repairs the issue example (most of them are spaces the source left out, see docs/spacing.md).</summary>
    internal static readonly UrduSpacingScoring CoreScoring = new(1, -8, 2.5);

    /// <summary>Chosen with <c>spacing-eval --tune</c> on the wiki dev split: best F1 with at most 0.6% of clean words changed that still repairs the issue example (most of them are spaces the source left out, see docs/spacing.md).</summary>
    internal static readonly UrduSpacingScoring DataScoring = new(2, -2, 1);

    /// <summary>
    /// Order of the data model's character model (the longest n-gram: two symbols of history plus one). Orders 4, 5
    /// and 6 gave no better F1 on the dev split (90.2–90.3 % against 90.5 % at the chosen setting of each) for a model
    /// two to four times larger.
    /// </summary>
    internal const int CharacterOrder = 3;

    public static int Run(string root, string[] args)
    {
        string which = args.Length > 0 ? args[0] : "core";
        string shared = Path.Combine(root, "..", "shared");
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var protectedWords = new HashSet<string>(StringComparer.Ordinal);
        var pairs = new Dictionary<(string, string), int>();
        AddCoreLists(root, words, protectedWords);
        string name;
        string output;
        UrduSpacingScoring scoring;
        if (which == "core")
        {
            name = "core: Tesseract urd word list (Apache-2.0) + UrduText word lists and gazetteer (MIT)";
            scoring = CoreScoring;
            int dropped = DropJoinedAuxiliaries(root, words, protectedWords);
            Console.WriteLine($"joined word + auxiliary forms dropped from the list: {dropped:N0}");
            output = Path.Combine(root, "src", "UrduText", "Spacing", "Data", "spacing-core.bin");
        }
        else if (which == "data")
        {
            string[] lines = WikiLines(shared);
            int trainEnd = (int)(lines.Length * TrainEnd);
            foreach (string word in words.Keys.ToArray())
            {
                words[word] = 1; // the lists only vouch that a word exists; the counts come from the text
            }

            int lexicon = AddDakshinaLexicon(root, words);
            Console.WriteLine($"words of the Dakshina romanization lexicon (train) the lists lack: {lexicon:N0}");

            var listed = new HashSet<string>(words.Keys, StringComparer.Ordinal);
            for (int i = 0; i < trainEnd; i++)
            {
                CountLine(lines[i], words, pairs);
            }

            var listOnly = new HashSet<string>(listed.Where(w => words[w] == 1), StringComparer.Ordinal);
            int moved = SplitJoinedCounts(words, pairs, listed);
            Console.WriteLine($"joined forms re-counted as their spaced pair: {moved:N0}");
            int droppedList = DropListOnlyJoinedForms(listOnly, words, protectedWords, pairs);
            Console.WriteLine($"list words the text never has that it writes as two words, dropped: {droppedList:N0}");

            // Pairs seen once are mostly noise and would double the file.
            foreach (var pair in pairs.Where(p => p.Value < 2).Select(p => p.Key).ToArray())
            {
                pairs.Remove(pair);
            }

            scoring = DataScoring;
            name = $"data: Dakshina v1.0 ur.wiki-text.sample.txt lines 1-{trainEnd} + ur.translit.sampled.train.tsv words (CC BY-SA 4.0) + core lists";
            output = Path.Combine(root, "src", "UrduText.Data", "Data", "spacing-wiki.bin");
        }
        else
        {
            Console.Error.WriteLine("usage: spacing-model core|data");
            return 2;
        }

        // The data model: the spellings of the words it knows (once each) train the character model that scores the
        // ones it does not. The core model has none: trained on its lists, it lowered F1 on the dev split at every
        // setting that keeps clean-text changes under the cap (75.7 % against 79.8 %).
        CharNgramModel? characters = null;
        if (which == "data")
        {
            characters = CharNgramTrainer.Train(words.Keys.Order(StringComparer.Ordinal), CharacterOrder);
            Console.WriteLine($"character model: order {CharacterOrder}, {characters.Count:N0} n-grams");
        }

        Write(output, name, scoring, words, protectedWords, pairs, characters);
        return 0;
    }

    static void Write(string output, string name, UrduSpacingScoring scoring, Dictionary<string, int> words, HashSet<string> protectedWords, Dictionary<(string, string), int> pairs, CharNgramModel? characters)
    {
        string[] ordered = [.. words.Keys.Order(StringComparer.Ordinal)];
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var entries = new List<(string, int, byte)>(ordered.Length);
        foreach (string w in ordered)
        {
            ids[w] = entries.Count;
            entries.Add((w, words[w], protectedWords.Contains(w) ? UrduSpacingModel.ProtectedFlag : (byte)0));
        }

        var pairList = pairs.Select(p => (ids[p.Key.Item1], ids[p.Key.Item2], p.Value)).Order().ToList();
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        using (var file = File.Create(output))
        {
            UrduSpacingModel.Write(file, name, scoring, entries, pairList, characters);
        }

        Console.WriteLine($"wrote {output}: {entries.Count:N0} words ({protectedWords.Count(words.ContainsKey):N0} protected), {pairList.Count:N0} pairs, {new FileInfo(output).Length:N0} bytes");
    }

    /// <summary>
    /// The text itself leaves spaces out (جاسکتا 37 times next to جا سکتا 51 times in the train split). A written word
    /// that is two words joined at a non-joining letter, when the spaced pair is attested at least as often (and at
    /// least twice), is counted as that pair, and so are the pairs it was part of: standard spelling has the space, and
    /// the model must not learn the omission as a word. (At "half as often" real words went too: جوان, young, 55 times against جو ان 29.)
    /// A joined form the lists vouch for stays known with a count of 1; one only the text has is dropped (کوانہوں,
    /// کراپنی), so the repair reads it as the pair.
    /// </summary>
    static int SplitJoinedCounts(Dictionary<string, int> words, Dictionary<(string, string), int> pairs, HashSet<string> listed)
    {
        int moved = 0;
        var split = new Dictionary<string, (string First, string Second)>(StringComparer.Ordinal);
        foreach ((string word, int count) in words.ToArray())
        {
            foreach (int i in CutPoints(word))
            {
                (string a, string b) = (word[..i], word[i..]);
                int spaced = pairs.GetValueOrDefault((a, b));
                if (spaced >= 2 && spaced >= count && words.ContainsKey(a) && words.ContainsKey(b))
                {
                    words[a] += count;
                    words[b] += count;
                    pairs[(a, b)] = spaced + count;
                    if (listed.Contains(word))
                    {
                        words[word] = 1; // it stays known but no longer outweighs the pair
                    }
                    else
                    {
                        words.Remove(word);
                    }

                    split[word] = (a, b);
                    moved++;
                    break;
                }
            }
        }

        // The pairs the joined form was part of belong to its pieces: (x, ab) is (x, a), (ab, y) is (b, y). Left with
        // the joined form, `کیا جاسکتا` (attested) outweighed `کیا جا سکتا` after کیا.
        foreach (((string first, string second), int count) in pairs.OrderBy(p => p.Key.Item1, StringComparer.Ordinal).ThenBy(p => p.Key.Item2, StringComparer.Ordinal).ToArray())
        {
            bool left = split.TryGetValue(first, out var l);
            bool right = split.TryGetValue(second, out var r);
            if (!left && !right)
            {
                continue;
            }

            pairs.Remove((first, second));
            var key = (left ? l.Second : first, right ? r.First : second);
            pairs[key] = pairs.GetValueOrDefault(key) + count;
        }

        return moved;
    }

    /// <summary>
    /// A word of the lists that the train split never has, and that is words of the text joined at cut points where
    /// the text has every spaced pair (جاسکتی, مرگیا; with the conjunction و as a piece: وفروخت, خریدوفروخت in
    /// خرید و فروخت), is an omission the lists vouch for: dropped, so the repair reads it as those words. (Without the
    /// pair condition, 1,380 words went and dev F1 fell.)
    /// </summary>
    static int DropListOnlyJoinedForms(HashSet<string> listOnly, Dictionary<string, int> words, HashSet<string> protectedWords, Dictionary<(string, string), int> pairs)
    {
        int dropped = 0;
        foreach (string w in listOnly.Order(StringComparer.Ordinal))
        {
            if (!protectedWords.Contains(w) && IsAttestedJoin(w, 0, null, words, pairs))
            {
                words.Remove(w);
                dropped++;
            }
        }

        return dropped;
    }

    /// <summary>
    /// Whether <paramref name="w"/> from <paramref name="start"/> on is words of the text (seen more than once) whose
    /// spaced pairs the text has, the first of them after <paramref name="previous"/>. A piece ends at a cut point or
    /// right after a و that starts it (the conjunction, which is no cut point of a known word); only و may be one char.
    /// </summary>
    static bool IsAttestedJoin(string w, int start, string? previous, Dictionary<string, int> words, Dictionary<(string, string), int> pairs)
    {
        var ends = CutPoints(w).Where(i => i > start);
        if (w[start] == 'و' && start + 1 < w.Length)
        {
            ends = ends.Prepend(start + 1);
        }

        foreach (int i in ends.Append(w.Length))
        {
            if (start == 0 && i == w.Length)
            {
                continue; // the word itself is no split
            }

            string piece = w[start..i];
            if ((piece.Length >= UrduSpacingRepairer.MinPieceLength || piece == "و")
                && words.GetValueOrDefault(piece) > 1 && (previous is null || pairs.ContainsKey((previous, piece)))
                && (i == w.Length || IsAttestedJoin(w, i, piece, words, pairs)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The native-script words of the Dakshina romanization lexicon's train split (CC BY-SA 4.0, the data package's
    /// transliteration source; its dev split stays held out) vouch, like the lists, that a word exists (count 1): a
    /// piece the lexicon lacked was the largest cause of missed spaces on the dev split (104 of 289), names and rarer
    /// words the 12,532 train lines never have. Returns how many words it added.
    /// </summary>
    static int AddDakshinaLexicon(string root, Dictionary<string, int> words)
    {
        int added = 0;
        string path = Path.Combine(root, "tools", "UrduText.Generators", "SourceData", "dakshina-ur", "ur.translit.sampled.train.tsv");
        foreach (string line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            string w = UrduNormalizer.Default.Normalize(line.Split('\t')[0].Trim());
            if (w.Length > 0 && UrduTokenizer.CountTokens(w) == 1 && UrduTokenizer.Tokenize(w)[0].Kind == UrduTokenKind.Word && words.TryAdd(w, 1))
            {
                added++;
            }
        }

        return added;
    }

    /// <summary>
    /// The Tesseract and common-word lists hold joined forms (کرلیا, جاسکتا). A list word that is a frequent word joined
    /// at a non-joining letter to a light verb or auxiliary of joined-auxiliaries.txt of three letters or more is
    /// dropped, so the repair reads it as two words.
    /// </summary>
    static int DropJoinedAuxiliaries(string root, Dictionary<string, int> words, HashSet<string> protectedWords)
    {
        var auxiliaries = File.ReadLines(Path.Combine(root, "src", "UrduText", "Transliteration", "Data", "joined-auxiliaries.txt"))
            .Where(l => l.Length > 0 && l[0] != '#').Select(l => UrduNormalizer.Default.Normalize(l.Trim())).ToHashSet(StringComparer.Ordinal);
        int dropped = 0;
        foreach ((string word, int count) in words.ToArray())
        {
            if (protectedWords.Contains(word))
            {
                continue;
            }

            foreach (int i in CutPoints(word))
            {
                // Two-letter auxiliaries (دی لی دے لے) end real words (سردی، آبادی), so only the longer ones count here,
                // and the first part must be a frequent word (listed among the common words, not only by Tesseract).
                string right = word[i..];
                if (right.Length >= 3 && auxiliaries.Contains(right)
                    && words.GetValueOrDefault(word[..i]) > 2)
                {
                    words.Remove(word);
                    dropped++;
                    break;
                }
            }
        }

        return dropped;
    }

    /// <summary>Where a split of a word the lexicon knows may restore a space (<see cref="UrduSpacingRepairer.IsCandidateCut"/>), in order.</summary>
    internal static IEnumerable<int> CutPoints(string word) =>
        Enumerable.Range(1, Math.Max(0, word.Length - 1)).Where(i => UrduSpacingRepairer.IsCandidateCut(word, i, guess: false));

    internal static string[] WikiLines(string shared) =>
        File.ReadAllLines(Path.Combine(shared, "data", "dakshina-ur", "ur.wiki-text.sample.txt"), Encoding.UTF8);

    static void CountLine(string line, Dictionary<string, int> words, Dictionary<(string, string), int> pairs)
    {
        string text = UrduNormalizer.Default.Normalize(line);
        string? previous = null;
        int lastEnd = 0;
        foreach (UrduToken token in UrduTokenizer.EnumerateTokens(text))
        {
            if (token.Kind != UrduTokenKind.Word)
            {
                previous = null;
                continue;
            }

            string word = text.Substring(token.Start, token.Length);
            words[word] = words.GetValueOrDefault(word) + 1;
            if (previous is not null && !UrduSpacingRepairer.HasLineBreak(text.AsSpan(lastEnd, token.Start - lastEnd)))
            {
                pairs[(previous, word)] = pairs.GetValueOrDefault((previous, word)) + 1;
            }

            previous = word;
            lastEnd = token.End;
        }
    }

    static void AddCoreLists(string root, Dictionary<string, int> words, HashSet<string> protectedWords)
    {
        void Add(string raw, int count)
        {
            string w = UrduNormalizer.Default.Normalize(raw.Trim());
            if (w.Length == 0 || UrduTokenizer.CountTokens(w) != 1 || UrduTokenizer.Tokenize(w)[0].Kind != UrduTokenKind.Word)
            {
                return;
            }

            words[w] = Math.Max(words.GetValueOrDefault(w), count);
        }

        string tesseract = Path.Combine(root, "tools", "UrduText.Generators", "SourceData", "tesseract-urd-words.txt");
        if (File.Exists(tesseract))
        {
            foreach (string line in File.ReadLines(tesseract).Where(l => l.Length > 0 && l[0] != '#'))
            {
                Add(line, 2);
            }
        }
        else
        {
            Console.Error.WriteLine($"warning: {tesseract} missing (tools/spacing/extract-tesseract-words.sh writes it)");
        }

        // The team's common-word list is ordered by frequency: a Zipf-like pseudo-count from the rank.
        string gazetteer = Path.Combine(root, "src", "UrduText", "Transliteration", "Data", "gazetteer");
        int rank = 0;
        foreach (string line in File.ReadLines(Path.Combine(gazetteer, "common-words.tsv")).Where(l => l.Length > 0 && l[0] != '#'))
        {
            Add(line.Split('\t')[0], 10 + (200_000 / (++rank + 10)));
        }

        foreach (string line in File.ReadLines(Path.Combine(root, "src", "UrduText", "Transliteration", "Data", "joined-auxiliaries.txt")).Where(l => l.Length > 0 && l[0] != '#'))
        {
            Add(line, 500);
        }

        // Names: a one-word name is protected (never split); the words of longer names are ordinary words.
        foreach (string file in new[] { "people.tsv", "places.tsv", "places-cldr.tsv", "orgs-media.tsv", "seed-article.tsv" })
        {
            foreach (string line in File.ReadLines(Path.Combine(gazetteer, file)).Where(l => l.Length > 0 && l[0] != '#'))
            {
                string urdu = UrduNormalizer.Default.Normalize(line.Split('\t')[0].Trim());
                string[] parts = urdu.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                foreach (string part in parts)
                {
                    Add(part, 5);
                }

                if (parts.Length == 1 && words.ContainsKey(parts[0]))
                {
                    protectedWords.Add(parts[0]);
                }
            }
        }
    }
}
