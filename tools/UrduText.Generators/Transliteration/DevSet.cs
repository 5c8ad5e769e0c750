using System.Globalization;

namespace UrduText.Generators.Transliteration;

/// <summary>A Dakshina-format gold set (urdu, spelling, attestations): every attested spelling of a word counts.</summary>
internal static class DevSet
{
    public static Dictionary<string, HashSet<string>> Read(string path)
    {
        var gold = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (urdu, latin, _) in TrainingData.ReadDakshina(path))
        {
            if (!gold.TryGetValue(urdu, out var set))
            {
                gold[urdu] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(TrainingData.LatinKey(latin));
        }

        return gold;
    }

    /// <summary>Exact match (any attested spelling) and CER against the closest one, after folding to lower-case letters.</summary>
    public static string Score(Dictionary<string, HashSet<string>> gold, Func<string, string> system)
    {
        int exact = 0;
        long edits = 0, chars = 0;
        foreach (var (urdu, references) in gold)
        {
            string hyp = TrainingData.LatinKey(system(urdu));
            if (references.Contains(hyp))
            {
                exact++;
            }

            int best = int.MaxValue, length = 1;
            foreach (string r in references)
            {
                int d = Distance(hyp, r);
                if (d < best)
                {
                    (best, length) = (d, Math.Max(1, r.Length));
                }
            }

            edits += best;
            chars += length;
        }

        return string.Create(CultureInfo.InvariantCulture, $"n={gold.Count} exact {100.0 * exact / gold.Count:F1}% CER {100.0 * edits / chars:F1}%");
    }

    static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
