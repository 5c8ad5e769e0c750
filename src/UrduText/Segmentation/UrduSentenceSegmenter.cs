using System.Buffers;
using UrduText.Internal;
using UrduText.Segmentation;

namespace UrduText;

/// <summary>
/// Splits Urdu text into sentences by punctuation and layout (no grammar-word guessing), without allocating and without
/// ever dropping text: the sentences, in order, cover every non-whitespace character exactly once.
/// </summary>
/// <remarks>
/// The rules (terminators, quotes, abbreviations, numbers and URLs, list markers, line structure) are documented with
/// examples in <c>docs/segmentation.md</c>. Sentences are ranges over the input (<see cref="UrduSentence"/>), as tokens
/// are (<see cref="UrduToken"/>). Instances are immutable and thread-safe; every member is allocation-free except
/// <see cref="Segment(string)"/>, which returns a new array.
/// </remarks>
public sealed class UrduSentenceSegmenter
{
    const UrduSegmentationOptions AllOptions =
        UrduSegmentationOptions.JoinLines | UrduSegmentationOptions.SplitClauses | UrduSegmentationOptions.IgnoreSpacedDashes;

    /// <summary>Creates a segmenter with the given layout options.</summary>
    /// <param name="options">Layout choices; <see cref="UrduSegmentationOptions.None"/> is the default behaviour.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> contains undefined flags.</exception>
    public UrduSentenceSegmenter(UrduSegmentationOptions options)
    {
        if ((options & ~AllOptions) != 0)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(options), "Undefined UrduSegmentationOptions flags.");
        }

        Options = options;
    }

    /// <summary>The shared segmenter with default options: every line break ends a sentence, clauses are not split. Thread-safe.</summary>
    public static UrduSentenceSegmenter Default { get; } = new(UrduSegmentationOptions.None);

    /// <summary>The layout options this instance applies.</summary>
    public UrduSegmentationOptions Options { get; }

    /// <summary>Enumerates the sentences of <paramref name="text"/> in order (usable in <c>foreach</c>, no allocation).</summary>
    /// <param name="text">The text to split.</param>
    /// <returns>An enumerator of sentence ranges into <paramref name="text"/>, trimmed of surrounding whitespace.</returns>
    public SentenceEnumerator EnumerateSentences(ReadOnlySpan<char> text) => new(text, Options);

    /// <summary>Counts the sentences of <paramref name="text"/> without materializing them.</summary>
    /// <param name="text">The text to split.</param>
    /// <returns>The number of sentences.</returns>
    public int CountSentences(ReadOnlySpan<char> text)
    {
        int count = 0;
        foreach (UrduSentence _ in EnumerateSentences(text))
        {
            count++;
        }

        return count;
    }

    /// <summary>Segments <paramref name="text"/> into a new array of sentence ranges.</summary>
    /// <param name="text">The text to split.</param>
    /// <returns>The sentences in order, trimmed of surrounding whitespace (empty for empty or all-whitespace text); slice the text with <c>text[sentence.Range]</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public UrduSentence[] Segment(string text)
    {
        if (text is null)
        {
            ThrowHelper.ThrowArgumentNull(nameof(text));
        }

        if (text.Length == 0)
        {
            return [];
        }

        // Urdu sentences run to about 100 chars; start a little above that count and grow rarely.
        using var buffer = new PooledBuffer<UrduSentence>((text.Length / 64) + 16);
        var scanner = new SentenceScanner<NoProbe>(Options);
        UrduSentence sentence;
        while ((sentence = scanner.Read(text)).Length != 0)
        {
            buffer.Add(sentence);
        }

        return buffer.ToArray();
    }

    /// <summary>Writes the sentences of <paramref name="text"/> into <paramref name="destination"/>.</summary>
    /// <param name="text">The text to split.</param>
    /// <param name="destination">Where sentences are written; their positions are relative to <paramref name="text"/>.</param>
    /// <param name="charsConsumed">
    /// How much of <paramref name="text"/> is done: the end of the last sentence written, or the whole length when the
    /// status is <see cref="OperationStatus.Done"/>. To resume, call again with <c>text[charsConsumed..]</c> (the next
    /// sentences' positions are then relative to that slice); the sentences are the same as in one call.
    /// </param>
    /// <param name="sentencesWritten">How many sentences were written.</param>
    /// <returns>
    /// <see cref="OperationStatus.Done"/> when every sentence was written, or
    /// <see cref="OperationStatus.DestinationTooSmall"/> when <paramref name="destination"/> filled up first.
    /// </returns>
    /// <remarks>
    /// Unlike tokens, a sentence can depend on the text before it, so the segmenter stops only where resuming gives the
    /// same sentences: after a sentence that white space separates from the next (not <c>ہے?ہاں</c>), unless the next
    /// one starts like a list marker (<c>1۔</c>, <c>a.</c>) on the same line. It may therefore write fewer sentences
    /// than <paramref name="destination"/> holds, and none when no such point lies within it (a run such as
    /// <c>ہے?ہاں?نہیں</c> longer than the destination): then <paramref name="charsConsumed"/> is 0 and a larger
    /// destination is needed.
    /// </remarks>
    public OperationStatus Segment(ReadOnlySpan<char> text, Span<UrduSentence> destination, out int charsConsumed, out int sentencesWritten)
    {
        int count = 0;
        int resumeCount = 0;
        int resumeAt = 0;
        var scanner = new SentenceScanner<NoProbe>(Options);
        UrduSentence sentence;
        while ((sentence = scanner.Read(text)).Length != 0)
        {
            if (count > 0 && ResumePoints.IsSafe(text, sentence.Start))
            {
                resumeCount = count;
                resumeAt = destination[count - 1].End;
            }

            if (count == destination.Length)
            {
                charsConsumed = resumeAt;
                sentencesWritten = resumeCount;
                return OperationStatus.DestinationTooSmall;
            }

            destination[count++] = sentence;
        }

        charsConsumed = text.Length;
        sentencesWritten = count;
        return OperationStatus.Done;
    }

    /// <summary>Splits <paramref name="text"/> into sentence strings, trimmed of surrounding whitespace.</summary>
    /// <param name="text">The text to split.</param>
    /// <returns>The sentences in order (empty for empty or all-whitespace text).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    [Obsolete("Use Segment(string), which returns the sentences as ranges (slice the text with text[sentence.Range]), as UrduTokenizer.Tokenize(string) returns tokens.")]
    public string[] Split(string text)
    {
        UrduSentence[] sentences = Segment(text);
        string[] strings = new string[sentences.Length];
        for (int i = 0; i < sentences.Length; i++)
        {
            strings[i] = text[sentences[i].Range];
        }

        return strings;
    }
}
