using System.Buffers;

namespace UrduText.Lucene;

/// <summary>
/// The tokenizer's input as its <see cref="UrduTokenReader"/> reads it: counts the characters read (Lucene's final
/// offset) and, when asked, remembers where the line breaks are until the tokens reach them (the spacing repair's word
/// context ends at a line break: LF, CR, U+2028, U+2029, as <see cref="UrduSpacingRepairer"/> reads it).
/// </summary>
/// <remarks>
/// The token reader reads ahead by at most its window, so the line breaks remembered are those of one window; they are
/// forgotten as soon as a token after them is asked about. Reused for every input of its tokenizer.
/// </remarks>
internal sealed class InputTracker(bool trackLineBreaks) : TextReader
{
    static readonly SearchValues<char> s_lineBreaks = SearchValues.Create("\n\r\u2028\u2029");

    TextReader _inner = Null;
    long[] _breaks = new long[16]; // offsets of line breaks not yet passed, a ring
    int _first;
    int _count;

    /// <summary>Characters read so far.</summary>
    public long Position { get; private set; }

    /// <summary>Starts over on <paramref name="inner"/>.</summary>
    /// <param name="inner">The next input.</param>
    public void Reset(TextReader inner)
    {
        _inner = inner;
        Position = 0;
        _first = _count = 0;
    }

    /// <summary>
    /// Whether a line break lies before <paramref name="offset"/> and after the offset last asked about (tokens hold no
    /// line break, so for a token's start this says whether one lies between it and the token before).
    /// </summary>
    /// <param name="offset">A token's start; offsets asked about never decrease.</param>
    public bool HasLineBreakBefore(long offset)
    {
        bool any = false;
        while (_count > 0 && _breaks[_first] < offset)
        {
            any = true;
            _first = (_first + 1) % _breaks.Length;
            _count--;
        }

        return any;
    }

    /// <inheritdoc/>
    public override int Read(char[] buffer, int index, int count) => Track(buffer.AsSpan(index, _inner.Read(buffer, index, count)));

    /// <inheritdoc/>
    public override int Read(Span<char> buffer) => Track(buffer[.._inner.Read(buffer)]);

    /// <inheritdoc/>
    public override int Read()
    {
        int c = _inner.Read();
        if (c >= 0)
        {
            Span<char> one = [(char)c];
            Track(one);
        }

        return c;
    }

    /// <inheritdoc/>
    public override int Peek() => _inner.Peek();

    int Track(ReadOnlySpan<char> read)
    {
        if (trackLineBreaks)
        {
            int i = 0;
            int k;
            while ((k = read[i..].IndexOfAny(s_lineBreaks)) >= 0)
            {
                Add(Position + i + k);
                i += k + 1;
            }
        }

        Position += read.Length;
        return read.Length;
    }

    void Add(long offset)
    {
        if (_count == _breaks.Length)
        {
            long[] bigger = new long[_breaks.Length * 2];
            for (int k = 0; k < _count; k++)
            {
                bigger[k] = _breaks[(_first + k) % _breaks.Length];
            }

            _breaks = bigger;
            _first = 0;
        }

        _breaks[(_first + _count) % _breaks.Length] = offset;
        _count++;
    }
}
