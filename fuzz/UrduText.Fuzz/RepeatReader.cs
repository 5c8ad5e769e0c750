namespace UrduText.Fuzz;

/// <summary>A reader of <paramref name="unit"/> repeated up to <paramref name="totalChars"/> chars, without holding the text.</summary>
internal sealed class RepeatReader(string prefix, string unit, long totalChars) : TextReader
{
    long _position;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        int written = 0;
        while (written < buffer.Length && _position < totalChars)
        {
            char c = _position < prefix.Length ? prefix[(int)_position] : unit[(int)((_position - prefix.Length) % unit.Length)];
            buffer[written++] = c;
            _position++;
        }

        return written;
    }

    public override int Read() => Read(new char[1]) == 1 ? 0 : -1;
}
