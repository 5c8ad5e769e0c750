using System.Buffers;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using UrduText.Internal;
using UrduText.Streaming;

namespace UrduText;

/// <summary>
/// Streaming over input too large to hold: normalize a <see cref="TextReader"/> into a <see cref="TextWriter"/>, enumerate
/// tokens and sentences of a <see cref="TextReader"/>. Memory is bounded (a window of at most 1 M characters), and chunk
/// boundaries never change a result: what spans two reads comes out exactly as one-shot processing gives it.
/// </summary>
public static class UrduStreaming
{
    /// <summary>
    /// The largest window, in UTF-16 code units, any streaming reader or method here ever holds (1 M characters, 2 MB):
    /// <see cref="UrduTokenReader"/>, <see cref="UrduSentenceReader"/> and the methods of this class.
    /// </summary>
    public const int MaxWindowLength = 1 << 20;

    /// <summary>The window every streaming reader starts with (16 K characters); it grows only when a token or sentence needs it.</summary>
    internal const int InitialWindowLength = 1 << 14;

    /// <summary>How much text is kept after a forced cut, so that the normalizer still sees the context it reads.</summary>
    const int ForcedCutMargin = 1024;

    /// <summary>Normalizes everything <paramref name="reader"/> holds into <paramref name="writer"/> with bounded memory.</summary>
    /// <param name="normalizer">The normalizer to apply.</param>
    /// <param name="reader">The text to normalize; read to its end, not disposed.</param>
    /// <param name="writer">Where the normalized text goes; not flushed or disposed.</param>
    /// <returns>How many characters were written.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>The output equals <c>normalizer.Normalize(reader.ReadToEnd())</c> unless a single run the normalizer cannot
    /// decide (a base letter followed by more than a million marks) exceeds the window; docs/reliability.md lists that limit.</remarks>
    public static long Normalize(this UrduNormalizer normalizer, TextReader reader, TextWriter writer)
    {
        var state = new NormalizeState(normalizer, reader, writer);
        while (true)
        {
            state.Window.Fill();
            while (state.Step())
            {
                writer.Write(state.Output, 0, state.OutputLength);
            }

            writer.Write(state.Output, 0, state.OutputLength);
            if (state.IsDone)
            {
                return state.Total;
            }
        }
    }

    /// <summary>Normalizes everything <paramref name="reader"/> holds into <paramref name="writer"/> asynchronously, with bounded memory.</summary>
    /// <param name="normalizer">The normalizer to apply.</param>
    /// <param name="reader">The text to normalize; read to its end, not disposed.</param>
    /// <param name="writer">Where the normalized text goes; not flushed or disposed.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>How many characters were written.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static async Task<long> NormalizeAsync(this UrduNormalizer normalizer, TextReader reader, TextWriter writer, CancellationToken cancellationToken = default)
    {
        var state = new NormalizeState(normalizer, reader, writer);
        while (true)
        {
            await state.Window.FillAsync(cancellationToken).ConfigureAwait(false);
            while (state.Step())
            {
                await writer.WriteAsync(state.Output.AsMemory(0, state.OutputLength), cancellationToken).ConfigureAwait(false);
            }

            await writer.WriteAsync(state.Output.AsMemory(0, state.OutputLength), cancellationToken).ConfigureAwait(false);
            if (state.IsDone)
            {
                return state.Total;
            }
        }
    }

    /// <summary>Enumerates the tokens of <paramref name="reader"/> with bounded memory (one string per token).</summary>
    /// <param name="reader">The text to tokenize; read to its end, not disposed.</param>
    /// <returns>The tokens in order, with their offsets in the input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <remarks>For no allocation per token, use <see cref="UrduTokenReader"/> directly.</remarks>
    public static IEnumerable<UrduStreamToken> EnumerateTokens(TextReader reader)
    {
        var tokens = new UrduTokenReader(reader);
        return Iterate(tokens);

        static IEnumerable<UrduStreamToken> Iterate(UrduTokenReader tokens)
        {
            while (tokens.Read())
            {
                yield return new UrduStreamToken(tokens.Start, tokens.Text.ToString(), tokens.Kind);
            }
        }
    }

    /// <summary>Enumerates the tokens of <paramref name="reader"/> asynchronously with bounded memory (one string per token).</summary>
    /// <param name="reader">The text to tokenize; read to its end, not disposed.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The tokens in order, with their offsets in the input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    public static IAsyncEnumerable<UrduStreamToken> EnumerateTokensAsync(TextReader reader, CancellationToken cancellationToken = default)
    {
        var tokens = new UrduTokenReader(reader);
        return Iterate(tokens, cancellationToken);

        static async IAsyncEnumerable<UrduStreamToken> Iterate(UrduTokenReader tokens, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            while (await tokens.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return new UrduStreamToken(tokens.Start, tokens.Text.ToString(), tokens.Kind);
            }
        }
    }

    /// <summary>Enumerates the sentences of <paramref name="reader"/> with bounded memory (one string per sentence).</summary>
    /// <param name="reader">The text to split; read to its end, not disposed.</param>
    /// <param name="segmenter">The segmenter to use; <see langword="null"/> for <see cref="UrduSentenceSegmenter.Default"/>.</param>
    /// <returns>The sentences in order, with their offsets in the input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <remarks>For no allocation per sentence, use <see cref="UrduSentenceReader"/> directly.</remarks>
    public static IEnumerable<UrduStreamSentence> EnumerateSentences(TextReader reader, UrduSentenceSegmenter? segmenter = null)
    {
        var sentences = new UrduSentenceReader(reader, segmenter);
        return Iterate(sentences);

        static IEnumerable<UrduStreamSentence> Iterate(UrduSentenceReader sentences)
        {
            while (sentences.Read())
            {
                yield return new UrduStreamSentence(sentences.Start, sentences.Text.ToString());
            }
        }
    }

    /// <summary>Enumerates the sentences of <paramref name="reader"/> asynchronously with bounded memory (one string per sentence).</summary>
    /// <param name="reader">The text to split; read to its end, not disposed.</param>
    /// <param name="segmenter">The segmenter to use; <see langword="null"/> for <see cref="UrduSentenceSegmenter.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The sentences in order, with their offsets in the input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    public static IAsyncEnumerable<UrduStreamSentence> EnumerateSentencesAsync(TextReader reader, UrduSentenceSegmenter? segmenter = null, CancellationToken cancellationToken = default)
    {
        var sentences = new UrduSentenceReader(reader, segmenter);
        return Iterate(sentences, cancellationToken);

        static async IAsyncEnumerable<UrduStreamSentence> Iterate(UrduSentenceReader sentences, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            while (await sentences.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return new UrduStreamSentence(sentences.Start, sentences.Text.ToString());
            }
        }
    }

    /// <summary>The state of one streaming normalization, shared by the synchronous and asynchronous loops.</summary>
    sealed class NormalizeState
    {
        readonly UrduNormalizer _normalizer;

        public NormalizeState(UrduNormalizer normalizer, TextReader reader, TextWriter writer)
        {
            if (normalizer is null)
            {
                ThrowHelper.ThrowArgumentNull(nameof(normalizer));
            }

            if (writer is null)
            {
                ThrowHelper.ThrowArgumentNull(nameof(writer));
            }

            _normalizer = normalizer;
            Window = new CharWindow(reader, InitialWindowLength, MaxWindowLength);
        }

        public CharWindow Window { get; }

        public char[] Output { get; private set; } = new char[InitialWindowLength * 2];

        public int OutputLength { get; private set; }

        public long Total { get; private set; }

        public bool IsDone { get; private set; }

        /// <summary>Normalizes what the window holds into <see cref="Output"/>.</summary>
        /// <returns><see langword="true"/> when <see cref="Output"/> is full and must be written before the next step.</returns>
        public bool Step()
        {
            OutputLength = 0;
            ReadOnlySpan<char> text = Window.Span;
            bool isFinal = Window.IsEndOfInput;
            OperationStatus status = _normalizer.Normalize(text, Output, out int consumed, out int written, isFinal);
            Window.Advance(consumed);
            OutputLength = written;
            Total += written;
            switch (status)
            {
                case OperationStatus.DestinationTooSmall:
                    if (consumed == 0 && written == 0)
                    {
                        // One indivisible unit does not fit the output buffer: make room rather than loop.
                        Output = new char[Output.Length * 2];
                    }

                    return true;
                case OperationStatus.Done when isFinal:
                    IsDone = true;
                    return false;
                case OperationStatus.NeedMoreData when consumed == 0 && Window.Length > 0 && !isFinal:
                    if (!Window.TryGrow())
                    {
                        ForceCut();
                    }

                    return false;
                default:
                    if (isFinal && consumed == 0 && written == 0)
                    {
                        // A final block must make progress; failing loudly beats spinning forever.
                        throw new InvalidOperationException($"The normalizer returned {status} without progress on the final block.");
                    }

                    return false;
            }
        }

        /// <summary>
        /// The window is at its maximum and the normalizer still cannot decide: normalize a prefix as if it were the end of the
        /// input, at a point that splits no surrogate pair or mark sequence. Output can differ from one-shot only here.
        /// </summary>
        void ForceCut()
        {
            ReadOnlySpan<char> text = Window.Span;
            int cut = SegmentingReader.SafeSplitPoint(text, text.Length - ForcedCutMargin);
            OperationStatus status;
            int written;
            do
            {
                status = _normalizer.Normalize(text[..cut], Output.AsSpan(OutputLength), out int consumed, out written, isFinalBlock: true);
                if (status == OperationStatus.DestinationTooSmall)
                {
                    var bigger = new char[Output.Length * 2];
                    Output.AsSpan(0, OutputLength).CopyTo(bigger);
                    Output = bigger;
                    continue;
                }

                Window.Advance(consumed);
                OutputLength += written;
                Total += written;
            }
            while (status == OperationStatus.DestinationTooSmall);
        }
    }
}
