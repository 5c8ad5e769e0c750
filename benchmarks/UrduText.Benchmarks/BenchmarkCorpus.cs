using System.Collections.Concurrent;
using System.Text;

namespace UrduText.Benchmarks;

/// <summary>The texts the benchmarks run on (see docs/performance.md, "The corpora").</summary>
public enum Corpus
{
    /// <summary>
    /// 600,131 UTF-16 chars of Urdu Wikipedia (7,051 lines, none repeated; Dakshina v1.0, CC BY-SA 4.0, see
    /// benchmarks/Data/ur-wikipedia-dakshina.SOURCE.md). Targets are judged on this corpus.
    /// </summary>
    Wikipedia,

    /// <summary>One Independent Urdu news article (3,333 chars), once.</summary>
    News,

    /// <summary>The seven web-noise lines (585 chars: URLs, e-mail, numbers in three digit systems, Latin, mentions, emoji), once.</summary>
    Web,

    /// <summary>
    /// The old corpus, kept only to show how it misleads: the news article repeated ~150 times with web lines mixed in
    /// (525,299 chars). The branch predictor and the caches learn it; never quote a target from it.
    /// </summary>
    RepeatedNews,
}

/// <summary>Loads the <see cref="Corpus"/> texts from benchmarks/Data (copied next to the benchmark binary).</summary>
public static class BenchmarkCorpus
{
    static readonly ConcurrentDictionary<Corpus, string> s_texts = new();

    /// <summary>The real, non-repeating corpora: what every benchmark class runs on.</summary>
    public static IEnumerable<Corpus> Real => Selected([Corpus.Wikipedia, Corpus.News, Corpus.Web]);

    /// <summary>The real corpora plus the old repeated one, for the rows that show the difference.</summary>
    public static IEnumerable<Corpus> RealAndRepeated => Selected([Corpus.Wikipedia, Corpus.News, Corpus.Web, Corpus.RepeatedNews]);

    /// <summary>
    /// <paramref name="corpora"/>, or only the one named by the environment variable <c>URDUTEXT_BENCH_CORPUS</c> when it
    /// is set (<c>URDUTEXT_BENCH_CORPUS=Wikipedia</c>: the target rows alone, for runs of every class such as
    /// benchmarks/results/scalar.md).
    /// </summary>
    static Corpus[] Selected(Corpus[] corpora) =>
        Enum.TryParse(Environment.GetEnvironmentVariable("URDUTEXT_BENCH_CORPUS"), out Corpus only) ? Array.FindAll(corpora, c => c == only) : corpora;

    /// <summary>
    /// The text of <paramref name="corpus"/> (loaded once per process). When the environment variable
    /// <c>URDUTEXT_BENCH_MAX_CHARS</c> is set (CI's dry run sets it, since ICU4N's Any-Latin takes half a minute per
    /// pass over the Wikipedia corpus), each corpus is cut after the last whole line within that many chars; the
    /// <c>Chars</c> column then shows the cut size.
    /// </summary>
    public static string Text(Corpus corpus) => s_texts.GetOrAdd(corpus, c => Cut(Load(c)));

    static string Cut(string text)
    {
        if (!int.TryParse(Environment.GetEnvironmentVariable("URDUTEXT_BENCH_MAX_CHARS"), out int max) || max <= 0 || text.Length <= max)
        {
            return text;
        }

        int end = text.LastIndexOf('\n', max - 1);
        return text[..(end > 0 ? end + 1 : max)];
    }

    static string Load(Corpus corpus) => corpus switch
    {
        Corpus.Wikipedia => Read("ur-wikipedia-dakshina.txt"),
        Corpus.News => Read("independent-urdu-putin-kim.txt"),
        Corpus.Web => Read("mixed-web.txt"),
        Corpus.RepeatedNews => BuildRepeated(512 * 1024),
        _ => throw new ArgumentOutOfRangeException(nameof(corpus)),
    };

    static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", name));

    /// <summary>The old corpus: the news article repeated, with a web line after every third line, until <paramref name="targetChars"/>.</summary>
    static string BuildRepeated(int targetChars)
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
