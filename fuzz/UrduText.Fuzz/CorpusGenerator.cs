using System.Globalization;
using System.Text;

namespace UrduText.Fuzz;

/// <summary>
/// Writes a large UTF-8 Urdu file for the streaming measurements: the sentences of the sample article and the mixed web
/// lines (benchmarks/Data), shuffled, with varied numbers in all three digit systems, so that no two lines repeat exactly
/// and the CLI has realistic work (names, quotes, URLs, emoji, numbers). Deterministic for a given size.
/// </summary>
internal static class CorpusGenerator
{
    public static int Run(string path, long megabytes, TextWriter log)
    {
        string root = FindRepositoryRoot();
        var sources = new List<string>();
        foreach (string file in new[] { "benchmarks/Data/independent-urdu-putin-kim.txt", "benchmarks/Data/mixed-web.txt" })
        {
            foreach (string source in File.ReadLines(Path.Combine(root, file)))
            {
                if (source.Trim().Length > 0)
                {
                    sources.Add(source.Trim());
                }
            }
        }

        long target = megabytes * 1_000_000;
        var random = new Random(1_000_000_007);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
        var line = new StringBuilder();
        long lines = 0;
        while (stream.Position < target)
        {
            line.Clear();
            int sentences = 1 + random.Next(4);
            for (int s = 0; s < sentences; s++)
            {
                line.Append(s == 0 ? "" : " ").Append(sources[random.Next(sources.Count)]);
            }

            line.Append(' ').Append(Number(random)).Append(random.Next(3) == 0 ? "۔" : "");
            writer.WriteLine(line);
            if (++lines % 3 == 0 && random.Next(4) == 0)
            {
                writer.WriteLine();
            }
        }

        writer.Flush();
        log.WriteLine($"generate: {path}, {stream.Length:N0} bytes, {lines:N0} lines");
        return 0;
    }

    static string Number(Random random)
    {
        string ascii = random.Next(1_000_000).ToString(CultureInfo.InvariantCulture);
        return random.Next(3) switch
        {
            0 => ascii,
            1 => Map(ascii, '\u06F0'),
            _ => Map(ascii, '\u0660'),
        };

        static string Map(string digits, char zero) => string.Create(digits.Length, (digits, zero), (span, state) =>
        {
            for (int i = 0; i < span.Length; i++)
            {
                span[i] = (char)(state.zero + (state.digits[i] - '0'));
            }
        });
    }

    static string FindRepositoryRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "UrduText.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? Directory.GetCurrentDirectory();
    }
}
