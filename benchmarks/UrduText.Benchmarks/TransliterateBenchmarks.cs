using BenchmarkDotNet.Attributes;
using ICU4N.Text;

namespace UrduText.Benchmarks;

/// <summary>
/// Transliteration throughput on running Urdu text (each <see cref="Corpus"/>), span
/// overloads into a preallocated buffer, against ICU4N's <c>Any-Latin</c> (the baseline the issue measures). The
/// Readable model cache is warmed in the setup: steady state is what a server sees.
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
    readonly UrduTransliterator _alaLc = new(TransliterationScheme.AlaLc);
    readonly UrduTransliterator _reversible = new(TransliterationScheme.Reversible);

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkCorpus.Text(Corpus);
        _destination = new char[_alaLc.GetMaxTransliteratedLength(_text.Length) * 2];
        _icu = Transliterator.GetInstance("Any-Latin");
        _readable.Transliterate(_text, _destination, out _, out _);
    }

    [Benchmark(Baseline = true, Description = "ICU4N Any-Latin")]
    public int Icu() => _icu.Transliterate(_text).Length;

    [Benchmark(Description = "Readable (span)")]
    public int Readable()
    {
        _readable.Transliterate(_text, _destination, out _, out int written);
        return written;
    }

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
}
