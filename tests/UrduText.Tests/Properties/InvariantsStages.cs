using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using UrduText.Internal;

namespace UrduText.Tests.Properties;

/// <summary>Invariants of the sentence segmenter and the transliterator (see <see cref="Invariants"/>).</summary>
public static partial class Invariants
{
    /// <summary>The segmenters checked: the shared default and every option.</summary>
    public static readonly UrduSentenceSegmenter[] Segmenters =
    [
        UrduSentenceSegmenter.Default,
        new(UrduSegmentationOptions.JoinLines),
        new(UrduSegmentationOptions.SplitClauses | UrduSegmentationOptions.JoinLines),
    ];

    /// <summary>The transliterators checked: the shared Readable one and the two other schemes.</summary>
    public static readonly UrduTransliterator[] Transliterators =
    [
        UrduTransliterator.Default,
        new(TransliterationScheme.AlaLc),
        new(TransliterationScheme.Reversible),
    ];

    static long s_readableCounter;

    /// <summary>
    /// Check the Readable transliterator on one input in this many. Its statistical decoder costs tens of milliseconds per
    /// unseen word, which would cut the fuzzer's throughput a hundredfold; the other schemes are checked every time.
    /// </summary>
    public static int ReadableEvery { get; set; } = 1;

    static void CheckSegmentersAndTransliterators(string text, Random random)
    {
        foreach (UrduSentenceSegmenter segmenter in Segmenters)
        {
            CheckSegmenter(segmenter, text, random);
        }

        foreach (UrduTransliterator transliterator in Transliterators)
        {
            if (transliterator.Scheme != TransliterationScheme.Readable || Interlocked.Increment(ref s_readableCounter) % ReadableEvery == 0)
            {
                CheckTransliterator(transliterator, text, random);
            }
        }
    }

    /// <summary>Segmenter: sentences trimmed, in order, covering every non-white-space character once; overloads agree; streaming == one-shot.</summary>
    public static void CheckSegmenter(UrduSentenceSegmenter segmenter, string text, Random random)
    {
        var sentences = new List<UrduSentence>();
        foreach (UrduSentence s in segmenter.EnumerateSentences(text))
        {
            sentences.Add(s);
        }

        int previousEnd = 0;
        foreach (UrduSentence s in sentences)
        {
            if (s.Length < 1 || s.Start < previousEnd || s.End > text.Length)
            {
                throw new InvariantException($"sentence {s} out of order or bounds (previous end {previousEnd}) [{segmenter.Options}] in {Escape(text)}");
            }

            if (IsWhite(text[s.Start]) || IsWhite(text[s.End - 1]))
            {
                throw new InvariantException($"sentence {s} is not trimmed [{segmenter.Options}] in {Escape(text)}");
            }

            CheckSentenceGap(text, previousEnd, s.Start, segmenter);
            CheckBoundary(text, s.Start, "sentence start");
            CheckBoundary(text, s.End, "sentence end");
            previousEnd = s.End;
        }

        CheckSentenceGap(text, previousEnd, text.Length, segmenter);

        UrduSentence[] segmented = segmenter.Segment(text);
        if (!segmented.AsSpan().SequenceEqual(CollectionsMarshal.AsSpan(sentences)) || segmenter.CountSentences(text) != sentences.Count)
        {
            throw new InvariantException($"Segment/CountSentences disagree with EnumerateSentences ({segmented.Length}, {sentences.Count}) [{segmenter.Options}] in {Escape(text)}");
        }

        CheckSegmentSpanSmallDestination(segmenter, text, sentences, random.Next(1, 4));

        if (!Sampled())
        {
            return;
        }

        var reader = new UrduSentenceReader(new ChunkedReader(text, random.Next()), segmenter, initialWindowLength: 2100 + random.Next(0, 300), maxWindowLength: 1 << 16);
        int k = 0;
        while (reader.Read())
        {
            UrduSentence? expected = k < sentences.Count ? sentences[k] : null;
            if (expected is not UrduSentence e || e.Start != reader.Start || e.Length != reader.Length || !reader.Text.SequenceEqual(text.AsSpan(e.Start, e.Length)))
            {
                throw new InvariantException($"UrduSentenceReader differs from EnumerateSentences at sentence {k}: expected {expected}, actual ({reader.Start}, {reader.Length}) [{segmenter.Options}] in {Escape(text)}");
            }

            k++;
        }

        if (k != sentences.Count)
        {
            throw new InvariantException($"UrduSentenceReader gave {k} sentences, EnumerateSentences {sentences.Count} [{segmenter.Options}] in {Escape(text)}");
        }
    }

    /// <summary>
    /// The span overload through a small destination, resumed at <c>charsConsumed</c>, gives the enumerator's sentences;
    /// a call that makes no progress (no resume point within the destination) is retried with a larger one.
    /// </summary>
    static void CheckSegmentSpanSmallDestination(UrduSentenceSegmenter segmenter, string text, List<UrduSentence> expected, int destinationLength)
    {
        var destination = new UrduSentence[destinationLength];
        var all = new List<UrduSentence>();
        int offset = 0;
        for (int guard = 0; guard <= 2 * (text.Length + 2); guard++)
        {
            OperationStatus status = segmenter.Segment(text.AsSpan(offset), destination, out int consumed, out int written);
            for (int k = 0; k < written; k++)
            {
                all.Add(destination[k] with { Start = destination[k].Start + offset });
            }

            if (status == OperationStatus.Done)
            {
                if (!all.SequenceEqual(expected))
                {
                    throw new InvariantException($"Segment(span) resumed after DestinationTooSmall differs from EnumerateSentences [{segmenter.Options}] in {Escape(text)}");
                }

                return;
            }

            if (status != OperationStatus.DestinationTooSmall || (consumed == 0) != (written == 0))
            {
                throw new InvariantException($"Segment(span) returned {status}, {consumed} consumed, {written} written [{segmenter.Options}] in {Escape(text)}");
            }

            if (written == 0)
            {
                destination = new UrduSentence[destination.Length * 2];
            }

            offset += consumed;
        }

        throw new InvariantException($"Segment(span) made no progress [{segmenter.Options}] in {Escape(text)}");
    }

    static bool IsWhite(char c) => CharClasses.Of(c) is CharClass.Space or CharClass.LineBreak;

    static void CheckSentenceGap(string text, int from, int to, UrduSentenceSegmenter segmenter)
    {
        for (int k = from; k < to; k++)
        {
            if (!IsWhite(text[k]))
            {
                throw new InvariantException($"U+{(int)text[k]:X4} at {k} is in no sentence [{segmenter.Options}] in {Escape(text)}");
            }
        }
    }

    /// <summary>Transliterator: total, sized by GetMaxTransliteratedLength, span == string, resumable through DestinationTooSmall, Reversible round-trips.</summary>
    public static void CheckTransliterator(UrduTransliterator transliterator, string text, Random random)
    {
        string latin = transliterator.Transliterate(text);
        int max = transliterator.GetMaxTransliteratedLength(text.Length);
        if (latin.Length > max)
        {
            throw new InvariantException($"Transliterate [{transliterator.Scheme}] wrote {latin.Length} chars, GetMaxTransliteratedLength says {max}, for {Escape(text)}");
        }

        if (latin == text && !ReferenceEquals(latin, text))
        {
            throw new InvariantException($"Transliterate [{transliterator.Scheme}] returned an equal copy instead of the same instance for {Escape(text)}");
        }

        var destination = new char[max];
        OperationStatus status = transliterator.Transliterate(text, destination, out int consumed, out int written);
        string span = new(destination, 0, written);
        if (status != OperationStatus.Done || consumed != text.Length || span != latin)
        {
            throw new InvariantException($"span Transliterate [{transliterator.Scheme}] returned {status}, {Escape(span)}; string gave {Escape(latin)}, for {Escape(text)}");
        }

        string resumed = TransliterateWithSmallDestination(transliterator, text, random.Next(8, 64));
        if (resumed != latin)
        {
            throw new InvariantException($"Transliterate [{transliterator.Scheme}] through DestinationTooSmall gave {Escape(resumed)}, one pass {Escape(latin)}, for {Escape(text)}");
        }

        if (transliterator.Scheme == TransliterationScheme.Reversible)
        {
            string back = UrduTransliterator.FromReversible(latin);
            if (back != text)
            {
                throw new InvariantException($"FromReversible(Transliterate(x)) != x: {Escape(latin)} decodes to {Escape(back)}, for {Escape(text)}");
            }
        }

        if (text.Length < 64 && transliterator.Scheme == TransliterationScheme.Readable)
        {
            _ = transliterator.Candidates(text, 1 + random.Next(5));
        }
    }

    static string TransliterateWithSmallDestination(UrduTransliterator transliterator, string text, int destinationLength)
    {
        var output = new StringBuilder();
        var destination = new char[destinationLength];
        ReadOnlySpan<char> rest = text;
        for (int guard = 0; guard <= text.Length + 64; guard++)
        {
            OperationStatus status = transliterator.Transliterate(rest, destination, out int consumed, out int written);
            output.Append(destination, 0, written);
            rest = rest[consumed..];
            if (status == OperationStatus.Done)
            {
                return output.ToString();
            }

            if (consumed == 0 && written == 0)
            {
                destination = new char[destination.Length * 2];
            }
        }

        throw new InvariantException($"Transliterate [{transliterator.Scheme}] made no progress with a small destination for {Escape(text)}");
    }
}
