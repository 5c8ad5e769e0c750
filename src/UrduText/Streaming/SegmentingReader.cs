using System.Threading;
using System.Threading.Tasks;
using UrduText.Internal;

namespace UrduText.Streaming;

/// <summary>Splits one window of text into ranges (tokens, sentences), as many as <paramref name="ranges"/> holds.</summary>
/// <param name="text">The window.</param>
/// <param name="ranges">Where ranges are written.</param>
/// <param name="resumeAt">-1 when every range of the window was written; 0 when <paramref name="ranges"/> filled up and the core has no
/// resume point; otherwise where the core would resume (the end of the last range written).</param>
/// <returns>How many ranges were written.</returns>
internal delegate int RangeSplitter(ReadOnlySpan<char> text, Span<UrduToken> ranges, out int resumeAt);

/// <summary>True when the core, started over at <paramref name="start"/> (a range start), gives the same ranges as it did for the whole window.</summary>
/// <param name="text">The window.</param>
/// <param name="start">A range start, greater than 0.</param>
internal delegate bool CutFilter(ReadOnlySpan<char> text, int start);

/// <summary>
/// The streaming engine behind <see cref="UrduTokenReader"/> and the sentence reader: it runs a span core over a
/// window of the input and hands out only the ranges that more input cannot change, carrying the rest into the next window.
/// </summary>
/// <remarks>
/// A range is final when it ends at or before a cut point that lies at least <c>lookahead</c> characters before the end of the
/// window and that the core's <see cref="CutFilter"/> accepts (for tokens, right after white space). The span cores look only a few characters ahead and never across white
/// space, so ranges before such a cut are exactly the ranges one-shot processing gives (the property tests check this for
/// random chunk sizes). When no cut exists in a window at its maximum size (a hostile run of text with no white space or no
/// sentence end), the engine cuts at the last range start it has, or splits the range at a code point boundary: memory stays
/// bounded and no text is lost, but that one range comes out in pieces.
/// </remarks>
internal sealed class SegmentingReader
{
    /// <summary>Ranges handed out per batch: enough to amortize a call, small enough (768 KB) that memory stays flat.</summary>
    internal const int MaxRangesPerBatch = 1 << 16;

    readonly CharWindow _window;
    readonly RangeSplitter _splitter;
    readonly int _lookahead;
    readonly CutFilter _canCutBefore;
    UrduToken[] _ranges;
    int _count;
    int _index = -1;
    int _batchBufferStart;
    long _batchOffset;
    bool _done;

    public SegmentingReader(TextReader reader, RangeSplitter splitter, int lookahead, CutFilter canCutBefore, int initialCapacity, int maxCapacity)
    {
        if (initialCapacity <= lookahead * 2)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(initialCapacity), "The window must be larger than twice the lookahead.");
        }

        _window = new CharWindow(reader, initialCapacity, maxCapacity);
        _splitter = splitter;
        _lookahead = lookahead;
        _canCutBefore = canCutBefore;
        _ranges = new UrduToken[Math.Min(MaxRangesPerBatch, initialCapacity)];
    }

    /// <summary>Starts over on <paramref name="reader"/>, keeping the window and the range buffer.</summary>
    /// <param name="reader">The next input.</param>
    public void Reset(TextReader reader)
    {
        _window.Reset(reader);
        _count = 0;
        _index = -1;
        _batchBufferStart = 0;
        _batchOffset = 0;
        _done = false;
    }

    /// <summary>The current range, relative to <see cref="CurrentText"/>'s buffer start.</summary>
    public UrduToken Current => _ranges[_index];

    /// <summary>Offset of the current range from the start of the input.</summary>
    public long CurrentStart => _batchOffset + _ranges[_index].Start;

    /// <summary>The text of the current range; valid until the next call to <see cref="MoveNext"/>.</summary>
    public ReadOnlyMemory<char> CurrentText
    {
        get
        {
            UrduToken r = _ranges[_index];
            return _window.Buffer.AsMemory(_batchBufferStart + r.Start, r.Length);
        }
    }

    public bool MoveNext()
    {
        bool? next;
        while ((next = TryAdvance()) is null)
        {
            _window.Fill();
            Process();
        }

        return next.Value;
    }

    public async ValueTask<bool> MoveNextAsync(CancellationToken cancellationToken)
    {
        bool? next;
        while ((next = TryAdvance()) is null)
        {
            await _window.FillAsync(cancellationToken).ConfigureAwait(false);
            Process();
        }

        return next.Value;
    }

    // True: moved to the next range found so far; false: the end; null: the window must be filled and cut again.
    bool? TryAdvance()
    {
        if (_index + 1 < _count)
        {
            _index++;
            return true;
        }

        return _done ? false : null;
    }

    void Process()
    {
        _count = 0;
        _index = -1;
        ReadOnlySpan<char> text = _window.Span;
        if (text.Length == 0 && _window.IsEndOfInput)
        {
            _done = true;
            return;
        }

        int n = _splitter(text, _ranges, out int resumeAt);
        int cut;
        int emit;
        if (resumeAt > 0 && (_window.IsEndOfInput || resumeAt <= text.Length - _lookahead))
        {
            // The batch is full: the core itself resumes there, and everything after it is at least a lookahead away.
            cut = resumeAt;
            emit = n;
        }
        else if (_window.IsEndOfInput && resumeAt < 0)
        {
            cut = text.Length;
            emit = n;
        }
        else if (_window.IsEndOfInput && n > 0 && resumeAt == 0 && TryFindCut(text, n, text.Length, out cut, out emit))
        {
            // Nothing more will arrive, so every range written is final; the rest is decided in the next batch, which
            // must start where the core gives the same ranges again.
        }
        else if (!TryFindCut(text, n, text.Length - _lookahead, out cut, out emit))
        {
            if (_window.TryGrow())
            {
                return;
            }

            ForceCut(text, n, out cut, out emit);
        }

        _count = emit;
        _batchBufferStart = _window.Start;
        _batchOffset = _window.Offset;
        _window.Advance(cut);
    }

    bool TryFindCut(ReadOnlySpan<char> text, int n, int limit, out int cut, out int emit)
    {
        for (int i = n - 1; i >= 0; i--)
        {
            int start = _ranges[i].Start;
            if (start > limit)
            {
                continue;
            }

            if (start == 0)
            {
                break;
            }

            if (_canCutBefore(text, start))
            {
                cut = start;
                emit = i;
                return true;
            }
        }

        cut = 0;
        emit = 0;
        return false;
    }

    void ForceCut(ReadOnlySpan<char> text, int n, out int cut, out int emit)
    {
        int limit = text.Length - _lookahead;
        for (int i = n - 1; i >= 0; i--)
        {
            int start = _ranges[i].Start;
            if (start > 0 && start <= limit)
            {
                cut = start;
                emit = i;
                return;
            }
        }

        // One range covers the whole window: split it where no surrogate pair, mark sequence or emoji sequence breaks.
        cut = SafeSplitPoint(text, limit);
        if (n > 0 && _ranges[0].Start < cut)
        {
            UrduToken first = _ranges[0];
            _ranges[0] = first with { Length = Math.Min(first.Length, cut - first.Start) };
            emit = 1;
        }
        else
        {
            emit = 0;
        }
    }

    /// <summary>The <see cref="CutFilter"/> of cores that look no further back than the white space before a range.</summary>
    public static bool AfterWhiteSpace(ReadOnlySpan<char> text, int start) => CharPredicates.IsWhiteSpace(text[start - 1]);

    /// <summary>The last index at or before <paramref name="index"/> that does not separate a character from what extends it.</summary>
    internal static int SafeSplitPoint(ReadOnlySpan<char> text, int index)
    {
        int i = index;
        while (i > 1 && IsExtending(text, i))
        {
            i--;
        }

        return i > 1 ? i : index;
    }

    static bool IsExtending(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        if (char.IsLowSurrogate(c) && char.IsHighSurrogate(text[i - 1]))
        {
            return true;
        }

        CharClass cls = CharClasses.At(text, i, out _);
        return CharPredicates.IsWordJoiner(cls) || cls is CharClass.CombiningMark or CharClass.VariationSelector
            or CharClass.EmojiModifier or CharClass.EmojiTag or CharClass.Tatweel
            || CharClasses.Of(text[i - 1]) == CharClass.ZeroWidthJoiner;
    }
}
