using System.Buffers;
using BenchmarkDotNet.Attributes;
using ICU4N.Globalization;
using ICU4N.Text;

namespace UrduText.Benchmarks;

/// <summary>
/// Sentence segmentation of each <see cref="Corpus"/>, side by side with ICU4N's sentence BreakIterator (locale ur) and a
/// naive scan that only counts ۔ ؟ ! ? . and line breaks (the ceiling: it does no rule work at all).
/// Min and Median are shown next to the mean because the shared machine preempts runs.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
[Config(typeof(CorpusConfig))]
public class SegmenterBenchmarks
{
    /// <summary>The corpus every row of one table runs on.</summary>
    [ParamsSource(nameof(Corpora))]
    public Corpus Corpus { get; set; }

    /// <summary>The corpora of the table.</summary>
    public static IEnumerable<Corpus> Corpora => BenchmarkCorpus.Real;

    static readonly SearchValues<char> s_naiveStops = SearchValues.Create(".!?\u06D4\u061F\n\r");

    string _text = "";
    BreakIterator _icu = null!;
    UrduSentenceSegmenter _joinLines = null!;
    UrduSentenceSegmenter _ignoreSpacedDashes = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkCorpus.Text(Corpus);
        _icu = BreakIterator.GetSentenceInstance(new UCultureInfo("ur"));
        _joinLines = new UrduSentenceSegmenter(UrduSegmentationOptions.JoinLines);
        _ignoreSpacedDashes = new UrduSentenceSegmenter(UrduSegmentationOptions.IgnoreSpacedDashes);
    }

    /// <summary>UrduText with default options: counts the sentences (the enumerator allocates nothing).</summary>
    [Benchmark(Baseline = true)]
    public int EnumerateSentences() => Count(UrduSentenceSegmenter.Default, _text);

    /// <summary>UrduText with <see cref="UrduSegmentationOptions.JoinLines"/> (every line break needs a blank-line check).</summary>
    [Benchmark]
    public int EnumerateSentencesJoinLines() => Count(_joinLines, _text);

    /// <summary>
    /// UrduText without the spaced-dash rule (<see cref="UrduSegmentationOptions.IgnoreSpacedDashes"/>): the scan no longer
    /// stops at dashes, so the difference to <see cref="EnumerateSentences"/> is what the rule costs.
    /// </summary>
    [Benchmark]
    public int EnumerateSentencesIgnoreSpacedDashes() => Count(_ignoreSpacedDashes, _text);

    // One counting loop for every UrduText row, so that the rows differ only in the options.
    static int Count(UrduSentenceSegmenter segmenter, string text)
    {
        int count = 0;
        foreach (UrduSentence sentence in segmenter.EnumerateSentences(text))
        {
            count += sentence.Length > 0 ? 1 : 0;
        }

        return count;
    }

    /// <summary>ICU4N's sentence BreakIterator for locale ur: counts the boundaries.</summary>
    [Benchmark]
    public int Icu4nBreakIterator()
    {
        BreakIterator bi = _icu;
        bi.SetText(_text);
        int count = 0;
        while (bi.Next() != BreakIterator.Done)
        {
            count++;
        }

        return count;
    }

    /// <summary>The ceiling: a vectorized search that counts ۔ ؟ ! ? . and line breaks and applies no rule.</summary>
    [Benchmark]
    public int NaiveTerminatorScan()
    {
        ReadOnlySpan<char> text = _text;
        int count = 0;
        int i = 0;
        while (true)
        {
            int found = text[i..].IndexOfAny(s_naiveStops);
            if (found < 0)
            {
                return count;
            }

            count++;
            i += found + 1;
        }
    }
}
