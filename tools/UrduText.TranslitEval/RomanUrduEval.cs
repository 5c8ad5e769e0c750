using System.Globalization;
using ICU4N.Text;
using UrduText;

namespace UrduText.TranslitEval;

/// <summary>
/// <c>--to-urdu</c>: scores Roman Urdu → Urdu. Run from the repository root:
/// <c>dotnet run -c Release --project tools/UrduText.TranslitEval -- --to-urdu [--data ../shared/data]</c>.
/// <list type="bullet">
/// <item>Dakshina dev split (never trained on; the trainer tunes one reward on it): for each row the spelling's output is
/// correct when it equals the row's Urdu word after <see cref="UrduNormalizer.Default"/>; top-1 and top-5.</item>
/// <item>English rule: how many dev spellings the converter leaves in Latin script (each one is an error).</item>
/// <item>Synthetic running text: held-out Urdu sentences (the last 1,000 lines of the Wikipedia sample, which the word
/// model does not see, and the shared corpus) romanized by the Readable scheme, then varied by rules; word error rate.</item>
/// <item>Round trip: gazetteer names Urdu → Readable → Urdu.</item>
/// </list>
/// </summary>
internal static class RomanUrduEval
{
    public const int HeldOutLines = 1000;

    public static int Run(string data, int errors)
    {
        string dakshina = Path.Combine(data, "dakshina-ur");
        RomanUrduConverter converter = UrduTextData.RomanUrduConverter;
        RomanUrduModel model = converter.Model!;
        Console.WriteLine($"model: {model.Name} ({model.Licence}; lexicon {model.LexiconCount} spellings, {model.VocabularyCount} words)");
        Console.WriteLine();

        var dev = new List<(string Urdu, string Latin)>();
        foreach (string line in File.ReadLines(Path.Combine(dakshina, "ur.translit.sampled.dev.tsv")))
        {
            string[] f = line.Split('\t');
            if (f.Length >= 2)
            {
                dev.Add((UrduNormalizer.Default.Normalize(f[0]), f[1]));
            }
        }

        string? icuId = null;
        foreach (string id in Transliterator.GetAvailableIDs())
        {
            if (id.Equals("Latin-Arabic", StringComparison.OrdinalIgnoreCase))
            {
                icuId = id;
            }
        }

        Console.WriteLine("| system (Dakshina dev, rows) | n | top-1 | top-5 | µs/word (incl. scoring) |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        DevRow("UrduText.Data: lexicon + model (Candidates)", dev, w => converter.Candidates(w, 5).Select(c => c.Text).ToList(), errors);
        DevRow("UrduText.Data: model only", dev, w => converter.Candidates(w, 5 + model.LexiconCountFor(w))
            .Where(c => c.Source != TransliterationSource.Lexicon).Select(c => c.Text).ToList(), 0);
        DevRow("UrduText.Data: Convert (running-text path)", dev, w => [converter.Convert(w)], 0);
        DevRow("UrduText core rules (RomanUrduConverter.Default)", dev, w => [RomanUrduConverter.Default.Convert(w)], 0);
        if (icuId is not null)
        {
            Transliterator icu = Transliterator.GetInstance(icuId);
            DevRow($"ICU4N {icuId}", dev, w => [icu.Transliterate(w)], 0);
        }
        else
        {
            Console.WriteLine("| ICU4N: no Latin-Arabic transform in Transliterator.GetAvailableIDs() | | | |");
        }

        int kept = dev.Count(d => converter.Convert(d.Latin) == d.Latin);
        int keptRules = dev.Count(d => RomanUrduConverter.Default.Convert(d.Latin) == d.Latin);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"English rule: dev spellings left in Latin script (errors): data {kept} of {dev.Count} ({100.0 * kept / dev.Count:F2}%), rules {keptRules} ({100.0 * keptRules / dev.Count:F2}%)"));

        // Synthetic running text.
        var sentences = File.ReadLines(Path.Combine(dakshina, "ur.wiki-text.sample.txt")).TakeLast(HeldOutLines).ToList();
        string corpus = Path.Combine(data, "..", "corpus");
        if (Directory.Exists(corpus))
        {
            foreach (string file in Directory.GetFiles(corpus, "*.txt").Order(StringComparer.Ordinal))
            {
                sentences.AddRange(File.ReadLines(file));
            }
        }

        var readable = UrduTextData.Transliterator;
        var set = new List<(string[] Reference, string Clean, string Varied)>();
        var random = new Random(17);
        foreach (string raw in sentences)
        {
            string[] words = [.. raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(UrduWordOnly).Where(w => w.Length > 0)];
            if (words.Length is < 3 or > 40 || words.Any(w => !IsUrdu(w)))
            {
                continue;
            }

            string roman = readable.Transliterate(string.Join(' ', words)).ToLowerInvariant();
            string[] romanWords = roman.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (romanWords.Length != words.Length || romanWords.Any(w => !w.All(char.IsAsciiLetter)))
            {
                continue;
            }

            set.Add((words, string.Join(' ', romanWords), string.Join(' ', romanWords.Select(w => Vary(w, random)))));
            if (set.Count == 500)
            {
                break;
            }
        }

        Console.WriteLine();
        Console.WriteLine($"Synthetic running text (SYNTHETIC: {set.Count} held-out Urdu sentences romanized by UrduText's Readable scheme; 'varied' adds rule-made variants, seed 17):");
        Console.WriteLine();
        Console.WriteLine("| system | input | words | WER |");
        Console.WriteLine("|---|---|---:|---:|");
        WerRow("UrduText.Data", "Readable", set, s => converter.Convert(s.Clean));
        WerRow("UrduText.Data", "Readable + variants", set, s => converter.Convert(s.Varied));
        WerRow("UrduText core rules", "Readable", set, s => RomanUrduConverter.Default.Convert(s.Clean));
        WerRow("UrduText core rules", "Readable + variants", set, s => RomanUrduConverter.Default.Convert(s.Varied));

        // Round trip over gazetteer names.
        Console.WriteLine();
        Console.WriteLine("| round trip (gazetteer, Urdu → Readable → Urdu) | names | same Urdu |");
        Console.WriteLine("|---|---:|---:|");
        var rows = Gazetteer.LoadEmbedded();
        foreach (string type in new[] { "person", "place", "country", "org", "word" })
        {
            var names = rows.Where(r => r.Type == type).Select(r => r.Urdu).Distinct().ToList();
            int same = names.Count(u => Squash(converter.Convert(readable.Transliterate(u))) == Squash(u));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {type} | {names.Count} | {100.0 * same / names.Count:F1}% |"));
        }

        return 0;
    }

    static int LexiconCountFor(this RomanUrduModel model, string word) => model.Lookup(word.ToLowerInvariant()).Length;

    static void DevRow(string name, List<(string Urdu, string Latin)> dev, Func<string, List<string>> candidates, int errors)
    {
        int top1 = 0, top5 = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var (urdu, latin) in dev)
        {
            List<string> c = candidates(latin);
            int rank = c.Take(5).Select(s => UrduNormalizer.Default.Normalize(s)).ToList().IndexOf(urdu);
            top1 += rank == 0 ? 1 : 0;
            top5 += rank >= 0 ? 1 : 0;
            if (rank != 0 && errors-- > 0)
            {
                Console.Error.WriteLine($"{latin}\t{urdu}\t{string.Join(' ', c.Take(5))}");
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {dev.Count} | {100.0 * top1 / dev.Count:F1}% | {100.0 * top5 / dev.Count:F1}% | {clock.Elapsed.TotalMilliseconds * 1000 / dev.Count:F0} |"));
    }

    static void WerRow(string system, string input, List<(string[] Reference, string Clean, string Varied)> set, Func<(string[] Reference, string Clean, string Varied), string> run)
    {
        long errors = 0, words = 0;
        foreach (var s in set)
        {
            string[] hyp = [.. run(s).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(UrduNormalizer.Default.Normalize)];
            string[] reference = [.. s.Reference.Select(UrduNormalizer.Default.Normalize)];
            errors += EditDistance(reference, hyp);
            words += reference.Length;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {system} | {input} | {words} | {100.0 * errors / words:F1}% |"));
    }

    static int EditDistance(string[] a, string[] b)
    {
        var d = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            d[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            int diagonal = d[0];
            d[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int above = d[j];
                d[j] = Math.Min(Math.Min(d[j] + 1, d[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }

        return d[b.Length];
    }

    /// <summary>Variant rules people use when typing: hai→hy, ee→i, oo→u, aa→a, dropped medial a, final e→y.</summary>
    static string Vary(string word, Random random)
    {
        if (random.NextDouble() > 0.5)
        {
            return word;
        }

        string w = word switch
        {
            "hai" => "hy",
            "hain" => "hen",
            "mein" => "main",
            "kya" => "kia",
            "nahin" => "nahi",
            _ => word,
        };
        if (w != word)
        {
            return w;
        }

        return random.Next(5) switch
        {
            0 => w.Replace("ee", "i", StringComparison.Ordinal),
            1 => w.Replace("oo", "u", StringComparison.Ordinal),
            2 => w.Replace("aa", "a", StringComparison.Ordinal),
            3 => w.Length > 4 ? w[..2] + w[2..^2].Replace("a", "", StringComparison.Ordinal) + w[^2..] : w,
            _ => w.EndsWith('e') ? w[..^1] + "y" : w,
        };
    }

    static string UrduWordOnly(string token) => new([.. UrduNormalizer.Default.Normalize(token).Where(c => char.IsLetter(c) || c is >= '\u064B' and <= '\u0670')]);

    static bool IsUrdu(string word) => word.All(c => c is >= '\u0600' and <= '\u06FF');

    static string Squash(string s) => UrduNormalizer.Default.Normalize(s).Replace(" ", "", StringComparison.Ordinal).Replace("\u200C", "", StringComparison.Ordinal);
}
