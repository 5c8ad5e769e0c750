using BenchmarkDotNet.Attributes;
using ICU4N.Text;
using UrduText.Tests.Properties;

namespace UrduText.Benchmarks;

/// <summary>
/// The transliterator's worst case (issue 18): words no list knows, so every one goes through the model's decoder.
/// The input is <see cref="Words"/> random words of 8–30 Urdu letters, drawn with a fixed seed, one line; the word memos
/// are emptied before every iteration, so nothing is served from memory. ICU4N <c>Any-Latin</c> gets the same text.
/// </summary>
[MemoryDiagnoser]
public class UnknownWordsBenchmarks
{
    /// <summary>Number of random words (fewer under CI's dry run: <c>URDUTEXT_BENCH_MAX_CHARS</c>).</summary>
    public static int Words => int.TryParse(Environment.GetEnvironmentVariable("URDUTEXT_BENCH_MAX_CHARS"), out int max) && max > 0 ? 100 : 2000;

    string _text = "";
    char[] _destination = [];
    Transliterator _icu = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = RandomLetterWords.Text(seed: 18, count: Words);
        _destination = new char[UrduTransliterator.Default.GetMaxTransliteratedLength(_text.Length)];
        _icu = Transliterator.GetInstance("Any-Latin");
        UrduTransliterator.Default.Transliterate("کم جونگ اُن");
        UrduTextData.Transliterator.Transliterate("کم جونگ اُن");
    }

    [IterationSetup]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "BenchmarkDotNet calls setups on the instance")]
    public void EmptyMemos() => TransliterateBenchmarks.EmptyWordMemos();

    [Benchmark(Baseline = true, Description = "ICU4N Any-Latin")]
    public int Icu() => _icu.Transliterate(_text).Length;

    [Benchmark(Description = "Readable (span)")]
    public int Readable()
    {
        UrduTransliterator.Default.Transliterate(_text, _destination, out _, out int written);
        return written;
    }

    [Benchmark(Description = "Readable + UrduText.Data (span)")]
    public int Data()
    {
        UrduTextData.Transliterator.Transliterate(_text, _destination, out _, out int written);
        return written;
    }
}
