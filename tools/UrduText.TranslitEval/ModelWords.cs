using System.Globalization;

namespace UrduText.TranslitEval;

/// <summary>
/// Counts the Arabic-script words of running text and how many of them the Readable pipeline leaves to the statistical
/// model (unknown to the gazetteer, the lexicon and the rules), listing the most frequent.
/// </summary>
internal static class ModelWords
{
    public static int Run(UrduTransliterator transliterator, List<string> files, int list)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int model = 0;
        transliterator.Engine!.ModelWordObserver = w =>
        {
            model++;
            counts[w] = counts.GetValueOrDefault(w) + 1;
        };
        foreach (string file in files)
        {
            int before = model;
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
                $"{Path.GetFileName(file)}: {words} Urdu words, {model - before} took the model path ({100.0 * (model - before) / Math.Max(1, words):F1}%)"));
        }

        transliterator.Engine!.ModelWordObserver = null;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"distinct model-path words: {counts.Count}"));
        foreach (var (word, count) in counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(list))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count}\t{word}\t{transliterator.Transliterate(word)}"));
        }

        return 0;
    }
}
