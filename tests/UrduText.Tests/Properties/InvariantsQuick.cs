namespace UrduText.Tests.Properties;

/// <summary>The cheap subset of the invariants, for high-throughput fuzzing (the full set runs on a sample of inputs).</summary>
public static partial class Invariants
{
    static long s_quickCounter;

    /// <summary>Run <see cref="CheckAll"/> on one input in this many; the others get <see cref="CheckQuick"/>.</summary>
    public static int FullEvery { get; set; } = 1;

    /// <summary>Full checks on a sample, quick checks otherwise.</summary>
    public static void CheckSampled(string text, Random random)
    {
        if (FullEvery <= 1 || Interlocked.Increment(ref s_quickCounter) % FullEvery == 0)
        {
            CheckAll(text, random);
        }
        else
        {
            CheckQuick(text);
        }
    }

    /// <summary>Totality, idempotence, bounds, order, coverage and round-trip checks, without the chunked and streamed re-runs.</summary>
    public static void CheckQuick(string text)
    {
        foreach (UrduNormalizer normalizer in Normalizers)
        {
            string once = normalizer.Normalize(text);
            string twice = normalizer.Normalize(once);
            Require(twice == once, "Normalize is not idempotent", normalizer, text, once, twice);
            Require(normalizer.IsNormalized(once), "IsNormalized(Normalize(x)) is false", normalizer, text, once, null);
            Require(once.Length <= normalizer.GetMaxNormalizedLength(text.Length), "output longer than GetMaxNormalizedLength", normalizer, text, once, null);
        }

        int previousEnd = 0;
        int count = 0;
        foreach (UrduToken t in UrduTokenizer.EnumerateTokens(text))
        {
            if (t.Length < 1 || t.Start < previousEnd || t.End > text.Length)
            {
                throw new InvariantException($"token {t} out of order or bounds in {Escape(text)}");
            }

            CheckGap(text, previousEnd, t.Start);
            CheckBoundary(text, t.Start, "start");
            previousEnd = t.End;
            count++;
        }

        CheckGap(text, previousEnd, text.Length);
        if (UrduTokenizer.CountTokens(text) != count)
        {
            throw new InvariantException($"CountTokens differs from EnumerateTokens for {Escape(text)}");
        }

        previousEnd = 0;
        foreach (UrduSentence s in UrduSentenceSegmenter.Default.EnumerateSentences(text))
        {
            if (s.Length < 1 || s.Start < previousEnd || s.End > text.Length || IsWhite(text[s.Start]) || IsWhite(text[s.End - 1]))
            {
                throw new InvariantException($"sentence {s} out of order, bounds or untrimmed in {Escape(text)}");
            }

            CheckSentenceGap(text, previousEnd, s.Start, UrduSentenceSegmenter.Default);
            previousEnd = s.End;
        }

        CheckSentenceGap(text, previousEnd, text.Length, UrduSentenceSegmenter.Default);
        string reversible = Transliterators[2].Transliterate(text);
        if (UrduTransliterator.FromReversible(reversible) != text)
        {
            throw new InvariantException($"FromReversible(Transliterate(x)) != x for {Escape(text)}");
        }

        _ = Transliterators[1].Transliterate(text);
    }
}
