using System.Globalization;

namespace UrduText.TranslitEval;

/// <summary>
/// Counts the Arabic-script words of running text and how many of them the Readable pipeline leaves to the statistical
/// model (unknown to the gazetteer, the lexicon and the rules), listing the most frequent.
/// </summary>
internal static class ModelWords
{
    public static int Run(TransliterationModel transliterationModel, List<string> files, int list)
    {
        var counter = new Counter();
        var transliterator = UrduTransliterator.Observed(transliterationModel, counter);
        var counts = counter.Counts;
        foreach (string file in files)
        {
            int before = counter.Total;
            string text = File.ReadAllText(file);
            int words = 0;
            foreach (UrduToken token in UrduTokenizer.Tokenize(text))
            {
                if (token.Kind == UrduTokenKind.Word && text.AsSpan(token.Start, token.Length).ContainsAnyInRange('\u0600', '\u06FF'))
                {
                    words++;
                }
            }

            // Line by line, as the CLI reads it.
            foreach (string line in text.Split('\n'))
            {
                transliterator.Transliterate(line);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Path.GetFileName(file)}: {words} Urdu words, {counter.Total - before} took the model path ({100.0 * (counter.Total - before) / Math.Max(1, words):F1}%)"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"distinct model-path words: {counts.Count}"));
        var plain = new UrduTransliterator(transliterationModel); // the listing is not counted
        foreach (var (word, count) in counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(list))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count}\t{word}\t{plain.Transliterate(word)}"));
        }

        return 0;
    }

    /// <summary>Counts the words that reach the model, in total and each.</summary>
    sealed class Counter : ReadableObserver
    {
        public int Total { get; private set; }

        public Dictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

        public override void OnModelWord(ReadOnlySpan<char> word)
        {
            Total++;
            string w = word.ToString();
            Counts[w] = Counts.GetValueOrDefault(w) + 1;
        }
    }
}
