using System.Buffers;
using System.Threading;
using System.Threading.Tasks;
using UrduText.Streaming;

namespace UrduText;

/// <summary>
/// Reads the tokens of a <see cref="TextReader"/> one at a time with bounded memory, for input too large to hold
/// (a multi-gigabyte dump). Tokens come out exactly as <see cref="UrduTokenizer.EnumerateTokens(ReadOnlySpan{char})"/> gives them for the whole
/// text, however the reader splits its input.
/// </summary>
/// <remarks>
/// The reader keeps one window of text (16 K characters, growing up to <see cref="UrduStreaming.MaxWindowLength"/> when a run of text without
/// white space needs it). A single token longer than that (a hostile line of 2 MB without a space) is handed out in pieces
/// rather than buffered whole; docs/reliability.md lists this limit. Not thread-safe: one reader per input.
/// </remarks>
public sealed class UrduTokenReader
{

    /// <summary>How far past a cut the tokenizer's decisions must be visible; it looks only a few characters ahead.</summary>
    internal const int Lookahead = 256;

    readonly SegmentingReader _core;

    /// <summary>Creates a token reader over <paramref name="reader"/>. The reader is not disposed by this instance.</summary>
    /// <param name="reader">The text to tokenize.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    public UrduTokenReader(TextReader reader)
        : this(reader, UrduStreaming.InitialWindowLength, UrduStreaming.MaxWindowLength)
    {
    }

    internal UrduTokenReader(TextReader reader, int initialWindowLength, int maxWindowLength)
    {
        _core = new SegmentingReader(reader, Split, Lookahead, SegmentingReader.AfterWhiteSpace, initialWindowLength, maxWindowLength);
    }

    /// <summary>
    /// Starts reading <paramref name="reader"/> from its beginning, reusing this instance's buffers: a pooled token reader
    /// (one per Lucene tokenizer, one per worker) allocates nothing per input. <paramref name="reader"/> is not disposed.
    /// </summary>
    /// <param name="reader">The next text to tokenize.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    public void Reset(TextReader reader) => _core.Reset(reader);

    /// <summary>Offset of the current token from the start of the input, in UTF-16 code units.</summary>
    public long Start => _core.CurrentStart;

    /// <summary>Length of the current token in UTF-16 code units.</summary>
    public int Length => _core.Current.Length;

    /// <summary>What the current token is.</summary>
    public UrduTokenKind Kind => _core.Current.Kind;

    /// <summary>The text of the current token; valid until the next <see cref="Read"/> or <see cref="ReadAsync"/>.</summary>
    public ReadOnlySpan<char> Text => _core.CurrentText.Span;

    /// <summary>The text of the current token as memory; valid until the next <see cref="Read"/> or <see cref="ReadAsync"/>.</summary>
    public ReadOnlyMemory<char> TextMemory => _core.CurrentText;

    /// <summary>Advances to the next token, reading more input when needed.</summary>
    /// <returns><see langword="false"/> at the end of the input.</returns>
    public bool Read() => _core.MoveNext();

    /// <summary>Advances to the next token, reading more input asynchronously when needed.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns><see langword="false"/> at the end of the input.</returns>
    public ValueTask<bool> ReadAsync(CancellationToken cancellationToken = default) => _core.MoveNextAsync(cancellationToken);

    static int Split(ReadOnlySpan<char> text, Span<UrduToken> ranges, out int resumeAt)
    {
        OperationStatus status = UrduTokenizer.Tokenize(text, ranges, out int consumed, out int written);
        resumeAt = status == OperationStatus.DestinationTooSmall ? consumed : -1;
        return written;
    }
}
