using System.Threading;
using System.Threading.Tasks;
using UrduText.Segmentation;
using UrduText.Streaming;

namespace UrduText;

/// <summary>
/// Reads the sentences of a <see cref="TextReader"/> one at a time with bounded memory. Sentences come out exactly as
/// <see cref="UrduSentenceSegmenter.EnumerateSentences"/> gives them for the whole text, however the reader splits its input.
/// </summary>
/// <remarks>
/// The reader keeps one window of text (16 K characters, growing up to <see cref="UrduStreaming.MaxWindowLength"/> when a sentence needs it).
/// A single sentence longer than that (a hostile megabyte without a terminator or line break) is handed out in pieces;
/// docs/reliability.md lists this limit. Not thread-safe: one reader per input.
/// </remarks>
public sealed class UrduSentenceReader
{
    /// <summary>How far past a cut the segmenter's decisions must be visible (it looks past a terminator for quotes and the next word).</summary>
    internal const int Lookahead = 1024;

    readonly SegmentingReader _core;
    readonly UrduSentenceSegmenter _segmenter;

    /// <summary>Creates a sentence reader over <paramref name="reader"/>. The reader is not disposed by this instance.</summary>
    /// <param name="reader">The text to split.</param>
    /// <param name="segmenter">The segmenter to use; <see langword="null"/> for <see cref="UrduSentenceSegmenter.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    public UrduSentenceReader(TextReader reader, UrduSentenceSegmenter? segmenter = null)
        : this(reader, segmenter, UrduStreaming.InitialWindowLength, UrduStreaming.MaxWindowLength)
    {
    }

    internal UrduSentenceReader(TextReader reader, UrduSentenceSegmenter? segmenter, int initialWindowLength, int maxWindowLength)
    {
        _segmenter = segmenter ?? UrduSentenceSegmenter.Default;
        _core = new SegmentingReader(reader, Split, Lookahead, ResumePoints.IsSafe, initialWindowLength, maxWindowLength);
    }

    /// <summary>Offset of the current sentence from the start of the input, in UTF-16 code units.</summary>
    public long Start => _core.CurrentStart;

    /// <summary>Length of the current sentence in UTF-16 code units.</summary>
    public int Length => _core.Current.Length;

    /// <summary>The text of the current sentence; valid until the next <see cref="Read"/> or <see cref="ReadAsync"/>.</summary>
    public ReadOnlySpan<char> Text => _core.CurrentText.Span;

    /// <summary>The text of the current sentence as memory; valid until the next <see cref="Read"/> or <see cref="ReadAsync"/>.</summary>
    public ReadOnlyMemory<char> TextMemory => _core.CurrentText;

    /// <summary>Advances to the next sentence, reading more input when needed.</summary>
    /// <returns><see langword="false"/> at the end of the input.</returns>
    public bool Read() => _core.MoveNext();

    /// <summary>Advances to the next sentence, reading more input asynchronously when needed.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns><see langword="false"/> at the end of the input.</returns>
    public ValueTask<bool> ReadAsync(CancellationToken cancellationToken = default) => _core.MoveNextAsync(cancellationToken);

    int Split(ReadOnlySpan<char> text, Span<UrduToken> ranges, out int resumeAt)
    {
        int n = 0;
        foreach (UrduSentence sentence in _segmenter.EnumerateSentences(text))
        {
            if (n == ranges.Length)
            {
                resumeAt = 0;
                return n;
            }

            ranges[n++] = new UrduToken(sentence.Start, sentence.Length, default);
        }

        resumeAt = -1;
        return n;
    }
}
