using BenchmarkDotNet.Attributes;
using ICU4N.Text;

namespace UrduText.Benchmarks;

/// <summary>
/// Transliteration throughput on running Urdu text (each <see cref="Corpus"/>), span
/// overloads into a preallocated buffer, against ICU4N's <c>Any-Latin</c> (the baseline the issue measures). The
/// "warm" rows run with the model's word memo filled by the setup (a server's steady state on text it has seen); the
/// "cold" rows empty the memo before every iteration, so each word the gazetteer and lexicon do not know is decoded
/// (what a first pass over new text costs).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(CorpusConfig))]
public class TransliterateBenchmarks
{
    /// <summary>The corpus every row of one table runs on.</summary>
    [ParamsSource(nameof(Corpora))]
    public Corpus Corpus { get; set; }

    /// <summary>The corpora of the table.</summary>
    public static IEnumerable<Corpus> Corpora => BenchmarkCorpus.Real;

    string _text = "";
    char[] _destination = [];
    Transliterator _icu = null!;
    readonly UrduTransliterator _readable = UrduTransliterator.Default;
    readonly UrduTransliterator _data = UrduTextData.Transliterator;
    readonly UrduTransliterator _alaLc = new(TransliterationScheme.AlaLc);
    readonly UrduTransliterator _reversible = new(TransliterationScheme.Reversible);

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkCorpus.Text(Corpus);
        _destination = new char[_alaLc.GetMaxTransliteratedLength(_text.Length) * 2];
        _icu = Transliterator.GetInstance("Any-Latin");
        _readable.Transliterate(_text, _destination, out _, out _);
        _data.Transliterate(_text, _destination, out _, out _);
    }

    /// <summary>Empties both models' word memos, so the cold rows decode every unknown word.</summary>
    [IterationSetup(Targets = [nameof(ReadableCold), nameof(DataCold)])]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "BenchmarkDotNet calls setups on the instance")]
    public void EmptyMemos() => EmptyWordMemos();

    /// <summary>Empties the word memos of both transliteration models (the cold rows here and in <see cref="UnknownWordsBenchmarks"/>).</summary>
    internal static void EmptyWordMemos()
    {
        TransliterationModel.BuiltIn.ClearMemos();
        UrduTextData.TransliterationModel.ClearMemos();
    }

    [Benchmark(Baseline = true, Description = "ICU4N Any-Latin")]
    public int Icu() => _icu.Transliterate(_text).Length;

    [Benchmark(Description = "Readable (span, warm)")]
    public int Readable()
    {
        _readable.Transliterate(_text, _destination, out _, out int written);
        return written;
    }

    // The cold rows run the same call as the warm ones; only their iteration setup (EmptyMemos) differs.
    [Benchmark(Description = "Readable (span, cold)")]
    public int ReadableCold() => Readable();

    [Benchmark(Description = "Readable + UrduText.Data (span, warm)")]
    public int Data()
    {
        _data.Transliterate(_text, _destination, out _, out int written);
        return written;
    }

    [Benchmark(Description = "Readable + UrduText.Data (span, cold)")]
    public int DataCold() => Data();

    [Benchmark(Description = "AlaLc (span)")]
    public int AlaLc()
    {
        _alaLc.Transliterate(_text, _destination, out _, out int written);
        return written;
    }

    [Benchmark(Description = "Reversible (span)")]
    public int Reversible()
    {
        _reversible.Transliterate(_text, _destination, out _, out int written);
        return written;
    }

    /// <summary>
    /// A load-robust cross-check for a busy machine: runs the rows round-robin on one corpus (so load swings hit all rows
    /// alike) and prints each row's minimum time, MB/s and its ratio to ICU4N:
    /// <c>dotnet run -c Release --project benchmarks/UrduText.Benchmarks -- --translit-interleaved [rounds] [corpus]</c>.
    /// ICU4N runs every fifth round only (it takes longer than all other rows together).
    /// </summary>
    public static void PrintInterleavedMinimums(int rounds, Corpus corpus)
    {
        var b = new TransliterateBenchmarks { Corpus = corpus };
        b.Setup();
        (string Name, bool Cold, Func<int> Run)[] rows =
        [
            ("ICU4N Any-Latin", false, b.Icu),
            ("Readable (span, warm)", false, b.Readable),
            ("Readable (span, cold)", true, b.Readable),
            ("Readable + UrduText.Data (span, warm)", false, b.Data),
            ("Readable + UrduText.Data (span, cold)", true, b.Data),
            ("AlaLc (span)", false, b.AlaLc),
        ];
        var best = new double[rows.Length];
        Array.Fill(best, double.MaxValue);
        for (int round = 0; round < rounds; round++)
        {
            for (int r = 0; r < rows.Length; r++)
            {
                if (r == 0 && round % 5 != 0)
                {
                    continue;
                }

                if (rows[r].Cold)
                {
                    EmptyWordMemos();
                }

                long start = System.Diagnostics.Stopwatch.GetTimestamp();
                rows[r].Run();
                best[r] = Math.Min(best[r], System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                if (rows[r].Cold)
                {
                    // Leave the memos as a warm row expects them.
                    b.Readable();
                    b.Data();
                }
            }
        }

        Console.WriteLine($"{corpus}: {b._text.Length:N0} chars, {rounds} rounds");
        Console.WriteLine("| Method | Min | MB/s | × ICU4N |");
        Console.WriteLine("|---|---:|---:|---:|");
        for (int r = 0; r < rows.Length; r++)
        {
            Console.WriteLine(FormattableString.Invariant(
                $"| {rows[r].Name} | {best[r]:F1} ms | {b._text.Length * 2.0 / 1e3 / best[r]:F1} | {best[0] / best[r]:F1} |"));
        }
    }
}
