using System.Threading;
using System.Threading.Tasks;

namespace UrduText.Streaming;

/// <summary>
/// A growable window of characters read from a <see cref="TextReader"/>: the undecided tail of one read stays at the front
/// and the next read appends to it. Memory is bounded by <see cref="MaxCapacity"/>, not by the input.
/// </summary>
internal sealed class CharWindow
{
    TextReader _reader;
    char[] _buffer;
    int _start;
    int _end;

    public CharWindow(TextReader reader, int initialCapacity, int maxCapacity)
    {
        if (reader is null)
        {
            Internal.ThrowHelper.ThrowArgumentNull(nameof(reader));
        }

        _reader = reader;
        MaxCapacity = Math.Max(initialCapacity, maxCapacity);
        _buffer = new char[initialCapacity];
    }

    public int MaxCapacity { get; }

    /// <summary>Starts over on <paramref name="reader"/>, keeping the buffer (a reused reader allocates nothing).</summary>
    /// <param name="reader">The next input.</param>
    public void Reset(TextReader reader)
    {
        if (reader is null)
        {
            Internal.ThrowHelper.ThrowArgumentNull(nameof(reader));
        }

        _reader = reader;
        _start = _end = 0;
        Offset = 0;
        IsEndOfInput = false;
    }

    /// <summary>The characters read but not yet consumed.</summary>
    public ReadOnlySpan<char> Span => _buffer.AsSpan(_start, _end - _start);

    /// <summary>The buffer behind <see cref="Span"/>; its contents stay put until the next <see cref="Fill"/>.</summary>
    public char[] Buffer => _buffer;

    /// <summary>Index of <see cref="Span"/> in <see cref="Buffer"/>.</summary>
    public int Start => _start;

    /// <summary>How many characters <see cref="Span"/> holds.</summary>
    public int Length => _end - _start;

    /// <summary>Offset of the first character of <see cref="Span"/> from the start of the input, in UTF-16 code units.</summary>
    public long Offset { get; private set; }

    /// <summary>True once the reader has reported the end of its input.</summary>
    public bool IsEndOfInput { get; private set; }

    /// <summary>True when the window holds as much as it ever may.</summary>
    public bool IsAtMaxCapacity => _buffer.Length >= MaxCapacity;

    /// <summary>Marks <paramref name="count"/> characters at the front as consumed.</summary>
    public void Advance(int count)
    {
        _start += count;
        Offset += count;
    }

    /// <summary>Reads until the buffer is full or the input ends.</summary>
    public void Fill()
    {
        Compact();
        while (_end < _buffer.Length && !IsEndOfInput)
        {
            int read = _reader.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                IsEndOfInput = true;
            }

            _end += read;
        }
    }

    /// <summary>Reads until the buffer is full or the input ends, without blocking a thread.</summary>
    public async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        Compact();
        while (_end < _buffer.Length && !IsEndOfInput)
        {
            int read = await _reader.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                IsEndOfInput = true;
            }

            _end += read;
        }
    }

    /// <summary>Doubles the buffer (up to <see cref="MaxCapacity"/>) so that the next fill can read past an undecided tail.</summary>
    /// <returns><see langword="false"/> when the buffer is already at its maximum.</returns>
    public bool TryGrow()
    {
        if (_buffer.Length >= MaxCapacity)
        {
            return false;
        }

        var bigger = new char[(int)Math.Min((long)_buffer.Length * 2, MaxCapacity)];
        _buffer.AsSpan(_start, _end - _start).CopyTo(bigger);
        _end -= _start;
        _start = 0;
        _buffer = bigger;
        return true;
    }

    void Compact()
    {
        if (_start == 0)
        {
            return;
        }

        _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
        _end -= _start;
        _start = 0;
    }
}
