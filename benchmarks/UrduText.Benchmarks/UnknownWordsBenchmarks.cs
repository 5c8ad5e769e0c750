using System.Text;
using BenchmarkDotNet.Attributes;
using ICU4N.Text;

namespace UrduText.Benchmarks;

/// <summary>
/// The transliterator's worst case (issue 18): words no list knows, so every one goes through the model's decoder.
/// The input is <see cref="Words"/> random words of 8–30 Urdu letters, drawn with a fixed seed, one line; the word memos
/// are emptied before every iteration, so nothing is served from memory. ICU4N <c>Any-Latin</c> gets the same text.
/// </summary>
[MemoryDiagnoser]
public class UnknownWordsBenchmarks
{
    const string Letters = "ابپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنوہیے";

    /// <summary>Number of random words (fewer under CI's dry run: <c>URDUTEXT_BENCH_MAX_CHARS</c>).</summary>
    public static int Words => int.TryParse(Environment.GetEnvironmentVariable("URDUTEXT_BENCH_MAX_CHARS"), out int max) && max > 0 ? 100 : 2000;

    string _text = "";
    char[] _destination = [];
    Transliterator _icu = null!;

    /// <summary>The random words, separated by spaces (seed 18).</summary>
    public static string RandomWords(int count, int seed = 18)
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        for (int w = 0; w < count; w++)
        {
            if (w > 0)
            {
                text.Append(' ');
            }

            int length = random.Next(8, 31);
            for (int i = 0; i < length; i++)
            {
                text.Append(Letters[random.Next(Letters.Length)]);
            }
        }

        return text.ToString();
    }

    [GlobalSetup]
    public void Setup()
    {
        _text = RandomWords(Words);
        _destination = new char[UrduTransliterator.Default.GetMaxTransliteratedLength(_text.Length)];
        _icu = Transliterator.GetInstance("Any-Latin");
        UrduTransliterator.Default.Transliterate("کم جونگ اُن");
        UrduTextData.Transliterator.Transliterate("کم جونگ اُن");
    }

    [IterationSetup]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "BenchmarkDotNet calls setups on the instance")]
    public void EmptyMemos()
    {
        TransliterationModel.BuiltIn.Model.Memo.Clear();
        UrduTextData.TransliterationModel.Model.Memo.Clear();
    }

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
