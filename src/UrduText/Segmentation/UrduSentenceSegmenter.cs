using UrduText.Internal;

namespace UrduText;

/// <summary>
/// Splits Urdu text into sentences by punctuation and layout (no grammar-word guessing), without allocating and without
/// ever dropping text: the sentences, in order, cover every non-whitespace character exactly once.
/// </summary>
/// <remarks>
/// The rules (terminators, quotes, abbreviations, numbers and URLs, list markers, line structure) are documented with
/// examples in <c>docs/segmentation.md</c>. Instances are immutable and thread-safe.
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

    /// <summary>Splits <paramref name="text"/> into sentence strings, trimmed of surrounding whitespace.</summary>
    /// <param name="text">The text to split.</param>
    /// <returns>The sentences in order (empty for empty or all-whitespace text).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public string[] Split(string text)
    {
        if (text is null)
        {
            ThrowHelper.ThrowArgumentNull(nameof(text));
        }

        var sentences = new List<string>();
        foreach (UrduSentence sentence in EnumerateSentences(text))
        {
            sentences.Add(text[sentence.Range]);
        }

        return sentences.ToArray();
    }
}
