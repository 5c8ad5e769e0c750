using System.Globalization;
using System.Text;

namespace UrduText.Tests.Properties;

/// <summary>
/// Every public operation as a function from text to a comparable string, so that the concurrency hammer (in the tests
/// and, from a cold start, in the fuzz tool) can compare many-thread results with single-thread results.
/// </summary>
public static partial class SharedOperations
{
    public static IReadOnlyList<(string Name, Func<string, string> Run)> All =>
    [
        ("normalize-default", UrduNormalizer.Default.Normalize),
        ("normalize-search", UrduNormalizer.Search.Normalize),
        ("tokenize", Tokens),
        ("sentences", Sentences),
        ("translit-readable", UrduTransliterator.Default.Transliterate),
        ("translit-candidates", Candidates),
        ("translit-alalc", s_alaLc.Transliterate),
        ("translit-reversible", s_reversible.Transliterate),
    ];

    static string Tokens(string text)
    {
        var sb = new StringBuilder();
        foreach (UrduToken t in UrduTokenizer.EnumerateTokens(text))
        {
            sb.Append(t.Start.ToString(CultureInfo.InvariantCulture)).Append(':').Append(t.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append((int)t.Kind).Append(' ');
        }

        return sb.ToString();
    }

    /// <summary>Random hard text from the pieces, for tools that do not use CsCheck.</summary>
    public static string RandomText(Random random, int maxPieces)
    {
        var sb = new StringBuilder();
        int n = random.Next(maxPieces + 1);
        for (int i = 0; i < n; i++)
        {
            string[] category = HardPieces.All[random.Next(HardPieces.All.Length)];
            sb.Append(random.Next(3) == 0 ? " " : "").Append(category[random.Next(category.Length)]);
        }

        return sb.ToString();
    }
}
