using System.Globalization;
using System.Text;

namespace UrduText.Generators.Transliteration;

/// <summary>One training pair: the Urdu word, its graphemes, a Latin spelling (lower-case ASCII letters) and a weight.</summary>
internal sealed record TrainingPair(string Urdu, int[] Graphemes, string Latin, double Weight);

/// <summary>
/// Loads the training pairs of the two models:
/// <list type="bullet">
/// <item><b>dakshina</b> (the UrduText.Data package, CC BY-SA 4.0): the Dakshina Urdu romanization lexicon's TRAIN split,
/// each (word, spelling) weighted by how many annotators wrote that spelling;</item>
/// <item><b>permissive</b> (the core package): Wikidata name tokens (CC0) and Google's ar2en names (Apache-2.0) in Arabic
/// orthography, the curated gazetteer's single-word names, loanwords and common words, and the training-only list of
/// Pakistani given names (all MIT, written by the team).</item>
/// </list>
/// </summary>
internal static class TrainingData
{
    /// <summary>Weight of a curated row (gazetteer, common words, given names) against one corpus pair.</summary>
    public const double CuratedWeight = 5;

    /// <summary>Lower-case ASCII letters only: accents stripped (é → e), everything else dropped.</summary>
    public static string LatinKey(string latin)
    {
        var sb = new StringBuilder(latin.Length);
        foreach (char c in latin.Normalize(NormalizationForm.FormD))
        {
            char l = char.ToLowerInvariant(c);
            if (l is >= 'a' and <= 'z')
            {
                sb.Append(l);
            }
        }

        return sb.ToString();
    }

    static TrainingPair? Pair(string urdu, string latin, double weight)
    {
        string key = LatinKey(latin);
        var graphemes = new int[urdu.Length];
        int n = TranslitGraphemes.Split(urdu, graphemes);
        return key.Length == 0 || n == 0 ? null : new TrainingPair(urdu, graphemes[..n], key, weight);
    }

    /// <summary>Rows of a Dakshina lexicon file: (urdu, spelling, attestations).</summary>
    public static IEnumerable<(string Urdu, string Latin, int Count)> ReadDakshina(string path)
    {
        foreach (string line in File.ReadLines(path))
        {
            string[] f = line.Split('\t');
            if (f.Length >= 3 && f[0].Length > 0)
            {
                yield return (f[0], f[1], int.Parse(f[2], CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>
    /// One pair per letter of the alphabet (and per aspirated consonant), each spelled by its first core, at a small
    /// weight: every letter a word can contain is known to every model, so none is ever skipped for want of a unit.
    /// </summary>
    public static IEnumerable<TrainingPair> Alphabet()
    {
        const double Weight = 0.5;
        for (char c = '\u0621'; c <= '\u06D3'; c++)
        {
            if (!TranslitLetters.IsModelLetter(c) || TranslitLetters.Fold(c) != c)
            {
                continue;
            }

            string[] cores = UnitTable.Cores(c, aspirated: false);
            string? latin = cores.Length > 0 ? cores[0] : c switch
            {
                'ا' or 'ع' => "a",
                'آ' => "aa",
                'و' or 'ؤ' => "o",
                'ی' or 'ئ' => "i",
                'ے' or 'ۓ' => "e",
                'ہ' or 'ھ' => "h",
                'ں' => "n",
                _ => null,
            };
            if (latin is not null && Pair(c.ToString(), latin, Weight) is { } single)
            {
                yield return single;
            }

            if (cores.Length > 0 && Pair(string.Concat(c, TranslitGraphemes.Aspirate), UnitTable.Cores(c, aspirated: true)[0], Weight) is { } aspirated
                && TranslitGraphemes.IsAspirated(aspirated.Graphemes[0]))
            {
                yield return aspirated;
            }
        }
    }

    public static List<TrainingPair> Dakshina(string trainPath, Func<string, bool>? include = null)
    {
        var pairs = new List<TrainingPair>(Alphabet());
        foreach (var (urdu, latin, count) in ReadDakshina(trainPath))
        {
            if ((include is null || include(urdu)) && Pair(urdu, latin, count) is { } p)
            {
                pairs.Add(p);
            }
        }

        return pairs;
    }

    public static List<TrainingPair> Permissive(string root, string sharedData)
    {
        var pairs = new List<TrainingPair>(Alphabet());
        foreach (string line in File.ReadLines(Path.Combine(sharedData, "wikidata-arabic-names", "wd_arabic_80")))
        {
            string[] f = line.Split('\t');
            if (f.Length >= 2 && Pair(f[1].Replace(" ", "", StringComparison.Ordinal), f[0], 1) is { } p)
            {
                pairs.Add(p);
            }
        }

        foreach (string file in new[] { "ar2en-train.txt", "ar2en-eval.txt" })
        {
            foreach (string line in File.ReadLines(Path.Combine(sharedData, "google-ar2en", file)))
            {
                string[] f = line.Split('\t');
                if (f.Length >= 2 && Pair(f[0], f[1], 1) is { } p)
                {
                    pairs.Add(p);
                }
            }
        }

        foreach (var (urdu, latin) in CuratedTokens(root))
        {
            if (Pair(urdu, latin, CuratedWeight) is { } p)
            {
                pairs.Add(p);
            }
        }

        return pairs;
    }

    /// <summary>
    /// Single-word pairs from the curated files: gazetteer rows whose Urdu and Latin sides have the same number of words
    /// (word by word), and the training-only given names.
    /// </summary>
    public static IEnumerable<(string Urdu, string Latin)> CuratedTokens(string root)
    {
        string gazetteer = Path.Combine(root, "src/UrduText/Transliteration/Data/gazetteer");
        foreach (string file in Directory.GetFiles(gazetteer, "*.tsv").Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(file) == "acronym-letters.tsv")
            {
                continue;
            }

            foreach (string line in File.ReadLines(file))
            {
                string[] f = line.Split('\t');
                if (line.StartsWith('#') || f.Length < 2)
                {
                    continue;
                }

                string[] u = f[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                string[] l = f[1].Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
                if (u.Length == l.Length)
                {
                    for (int i = 0; i < u.Length; i++)
                    {
                        yield return (u[i], l[i]);
                    }
                }
            }
        }

        foreach (string line in File.ReadLines(Path.Combine(root, "tools/UrduText.Generators/SourceData/pakistani-given-names.tsv")))
        {
            string[] f = line.Split('\t');
            if (!line.StartsWith('#') && f.Length >= 2)
            {
                yield return (f[0].Trim(), f[1].Trim());
            }
        }
    }
}
