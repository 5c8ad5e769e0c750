using System.Globalization;
using System.Text;

namespace UrduText.TranslitEval;

/// <summary>
/// Scores transliterations against a gold TSV (<c>urdu&lt;TAB&gt;latin[|alternative…]</c>, <c>#</c> comments): exact match
/// and character error rate, both after folding case, accents, spaces and punctuation away (only letters and digits are
/// compared), each item against its closest reference. Shared by <c>urdutext eval-translit</c> and the peer comparison
/// tool (tools/UrduText.TranslitEval), so every system is scored by the same code.
/// </summary>
internal static class TranslitScorer
{
    /// <summary>Reads a gold file: (urdu, references). Lines without a tab are skipped.</summary>
    public static List<(string Urdu, string[] References)> ReadGold(string path, bool firstReferenceOnly = false)
    {
        var gold = new List<(string, string[])>();
        foreach (string line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] fields = line.Split('\t');
            if (fields.Length < 2 || fields[0].Length == 0 || fields[1].Length == 0)
            {
                continue;
            }

            string[] references = fields[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            gold.Add((fields[0], firstReferenceOnly ? references[..1] : references));
        }

        return gold;
    }

    /// <summary>
    /// Reads a Dakshina lexicon split (urdu, spelling, attestations): one item per word, every attested spelling a
    /// reference, most attested first.
    /// </summary>
    public static List<(string Urdu, string[] References)> ReadDakshina(string path)
    {
        var words = new Dictionary<string, List<(string Latin, int Count)>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (string line in File.ReadLines(path))
        {
            string[] f = line.Split('\t');
            if (f.Length < 3 || f[0].Length == 0)
            {
                continue;
            }

            if (!words.TryGetValue(f[0], out var list))
            {
                words[f[0]] = list = [];
                order.Add(f[0]);
            }

            list.Add((f[1], int.Parse(f[2], CultureInfo.InvariantCulture)));
        }

        return [.. order.Select(u => (u, words[u].OrderByDescending(s => s.Count).Select(s => s.Latin).ToArray()))];
    }

    /// <summary>Lower-case letters and digits only, accents removed (é → e, ā → a).</summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    /// <summary>Levenshtein distance.</summary>
    public static int Distance(string a, string b)
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
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>Scores one system over a gold set.</summary>
    public static Score Evaluate(List<(string Urdu, string[] References)> gold, Func<string, string> system, Func<string, IReadOnlyList<string>>? candidates = null, int top = 0, TextWriter? errors = null, int maxErrors = 0)
    {
        int exact = 0, topHits = 0, shown = 0;
        long edits = 0, refChars = 0;
        foreach (var (urdu, references) in gold)
        {
            string hyp = Fold(system(urdu));
            int bestDistance = int.MaxValue, bestLength = 1;
            foreach (string r in references)
            {
                string reference = Fold(r);
                int d = Distance(hyp, reference);
                if (d < bestDistance)
                {
                    bestDistance = d;
                    bestLength = Math.Max(1, reference.Length);
                }
            }

            edits += bestDistance;
            refChars += bestLength;
            if (bestDistance == 0)
            {
                exact++;
            }
            else if (errors is not null && shown < maxErrors)
            {
                errors.WriteLine($"{urdu}\t{system(urdu)}\t{string.Join('|', references)}");
                shown++;
            }

            if (candidates is not null && top > 0)
            {
                var folded = new HashSet<string>(references.Select(Fold));
                if (candidates(urdu).Take(top).Any(c => folded.Contains(Fold(c))))
                {
                    topHits++;
                }
            }
        }

        return new Score(gold.Count, exact, topHits, edits, refChars);
    }

    /// <summary>The scores of one system on one gold set.</summary>
    public readonly record struct Score(int Items, int Exact, int TopHits, long Edits, long ReferenceChars)
    {
        public double ExactPercent => Items == 0 ? 0 : 100.0 * Exact / Items;

        public double TopPercent => Items == 0 ? 0 : 100.0 * TopHits / Items;

        public double CerPercent => ReferenceChars == 0 ? 0 : 100.0 * Edits / ReferenceChars;

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"n={Items} exact={ExactPercent:F1}% CER={CerPercent:F1}%");
    }
}
