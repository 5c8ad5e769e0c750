namespace UrduText.Integrations.Tests.Lucene;

/// <summary>A few hundred Urdu documents: the sample article's sentences, the test's own sentences, pairs of them,
/// and copies spelled the ways Urdu really arrives (Arabic keyboard, presentation forms, diacritics, kashida).</summary>
static class UrduCorpus
{
    public static readonly IReadOnlyList<string> Sentences = LoadSentences();
    public static readonly IReadOnlyList<(string Id, string Text)> Documents = BuildDocuments();

    static List<string> LoadSentences()
    {
        var sentences = new List<string>();
        string article = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "corpus", "independent-urdu-putin-kim.txt"));
        foreach (string line in article.Split('\n'))
        {
            // Test-data preparation only: split at the Urdu full stop, keeping it.
            foreach (string part in line.Split('\u06D4'))
            {
                string s = part.Trim();
                if (s.Length > 10)
                {
                    sentences.Add(s + "\u06D4");
                }
            }
        }

        foreach (string line in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "urdu-sentences.txt")))
        {
            if (line.Length > 0 && line[0] != '#')
            {
                sentences.Add(line);
            }
        }

        return sentences;
    }

    static List<(string, string)> BuildDocuments()
    {
        var docs = new List<(string, string)>();
        int n = Sentences.Count;
        for (int i = 0; i < n; i++)
        {
            docs.Add(($"s{i}", Sentences[i]));
        }

        for (int i = 0; i < n; i++)
        {
            docs.Add(($"p{i}", Sentences[i] + " " + Sentences[(i * 7 + 3) % n]));
        }

        for (int i = 0; i < n; i++)
        {
            string s = Sentences[i];
            string variant = (i % 5) switch
            {
                0 => UrduSpelling.ArabicKeyboard(s),
                1 => UrduSpelling.PresentationForms(s),
                2 => UrduSpelling.Diacritics(s),
                3 => UrduSpelling.KashidaAndBidi(s),
                _ => UrduSpelling.Digits(UrduSpelling.PresentationForms(s), '\u06F0'),
            };
            docs.Add(($"v{i}", variant));
        }

        return docs;
    }
}
