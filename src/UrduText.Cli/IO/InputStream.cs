namespace UrduText.Cli.IO;

/// <summary>
/// The bytes of one or more inputs read one after the other, as <c>cat</c> joins them, each opened only when the one
/// before it is used up. The first bytes of every input are checked for UTF-16, which would otherwise fail as
/// "invalid UTF-8 at byte offset 0" (with a byte-order mark) or decode silently into control characters (without);
/// a UTF-8 byte-order mark at the start of a later input is dropped like the first input's.
/// </summary>
internal sealed class InputStream(IReadOnlyList<string?> paths) : ReadOnlyStream
{
    Stream? _current;
    int _next;
    bool _atStart;

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        while (true)
        {
            if (_current is null)
            {
                if (_next == paths.Count)
                {
                    return 0;
                }

                _current = InputSource.OpenOne(paths[_next++]);
                _atStart = true;
            }

            int read = _current.Read(buffer);
            if (read == 0)
            {
                _current.Dispose();
                _current = null;
                continue;
            }

            if (_atStart)
            {
                _atStart = false;
                read = CheckStart(buffer, read);
                if (read == 0)
                {
                    continue;
                }
            }

            return read;
        }
    }

    // Returns how many of the first bytes of an input to pass on.
    int CheckStart(Span<byte> buffer, int read)
    {
        if (read < 2 && buffer.Length >= 2)
        {
            // Two bytes are needed to see a UTF-16 byte-order mark.
            read += _current!.Read(buffer[read..2]);
        }

        string? path = paths[_next - 1];
        string name = path is null or "-" ? "standard input" : $"'{path}'";
        if (Utf16Signature(buffer[..read]) is (string encoding, string reason))
        {
            string file = path is null or "-" ? "FILE" : path.Contains('\'', StringComparison.Ordinal) ? "FILE" : $"'{path}'";
            throw new CliException($"{name} looks like UTF-16 ({reason}), not UTF-8; convert it first: iconv -f {encoding} -t UTF-8 {file} > converted.txt");
        }

        if (_next > 1 && buffer[..read].StartsWith("\uFEFF"u8))
        {
            buffer[3..read].CopyTo(buffer);
            return read - 3;
        }

        return read;
    }

    /// <summary>
    /// The encoding (as iconv names it) that <paramref name="head"/>, the first bytes of an input, look like and why,
    /// or <see langword="null"/> when they do not look like UTF-16.
    /// Without a byte-order mark: half or more of the bytes at odd (little-endian) or even (big-endian) positions are
    /// 0x00 or 0x06, the high byte of ASCII and of the Arabic block; UTF-8 text almost never contains either.
    /// </summary>
    internal static (string Encoding, string Reason)? Utf16Signature(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return ("UTF-16", "it starts with the byte-order mark FF FE");
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return ("UTF-16", "it starts with the byte-order mark FE FF");
        }

        int pairs = head.Length / 2;
        if (pairs < 4)
        {
            return null;
        }

        int high0 = 0; // big-endian: the high byte comes first
        int high1 = 0;
        for (int i = 0; i + 1 < head.Length; i += 2)
        {
            high0 += head[i] is 0x00 or 0x06 ? 1 : 0;
            high1 += head[i + 1] is 0x00 or 0x06 ? 1 : 0;
        }

        const string reason = "every other byte is 00 or 06";
        return high1 * 2 >= pairs ? ("UTF-16LE", reason) : high0 * 2 >= pairs ? ("UTF-16BE", reason) : null;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _current?.Dispose();
            _current = null;
            _next = paths.Count;
        }

        base.Dispose(disposing);
    }
}
