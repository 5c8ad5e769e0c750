using System.Text;

namespace UrduText.Benchmarks;

/// <summary>
/// The ~1 MB (UTF-16) Urdu corpus every benchmark shares: the news article in benchmarks/Data plus the mixed web
/// lines (URLs, numbers in three digit systems, Latin, emoji, quotes), interleaved deterministically until the
/// target size is reached.
/// </summary>
public static class BenchmarkCorpus
{
    /// <summary>Target size in UTF-16 code units (512K chars = 1 MiB).</summary>
    public const int TargetChars = 512 * 1024;

    static string? s_canonical;

    /// <summary>Canonical Urdu news text with web noise, about 1 MiB of UTF-16.</summary>
    public static string Canonical => s_canonical ??= Build(TargetChars);

    /// <summary>Builds a corpus of at least <paramref name="targetChars"/> characters.</summary>
    public static string Build(int targetChars)
    {
        string dir = Path.Combine(AppContext.BaseDirectory, "Data");
        string[] article = File.ReadAllLines(Path.Combine(dir, "independent-urdu-putin-kim.txt"));
        string[] mixed = File.ReadAllLines(Path.Combine(dir, "mixed-web.txt"));
        var sb = new StringBuilder(targetChars + 8192);
        int m = 0;
        while (sb.Length < targetChars)
        {
            foreach (string line in article)
            {
                sb.Append(line).Append('\n');
                if (line.Length > 0 && sb.Length % 3 == 0)
                {
                    sb.Append(mixed[m++ % mixed.Length]).Append('\n');
                }
            }
        }

        return sb.ToString();
    }
}
