using System.Buffers;
using System.Text.Unicode;

namespace UrduText.Cli.IO;

/// <summary>
/// A <see cref="TextReader"/> over UTF-8 bytes for the streaming commands: constant memory whatever the line lengths,
/// a leading byte-order mark skipped, invalid UTF-8 reported with its byte offset (exit 2) or replaced with U+FFFD, and
/// CRLF read as LF (so a line break counts as one character in offsets, as <see cref="Utf8LineReader"/> counts it).
/// </summary>
internal sealed class Utf8TextReader : TextReader
{
    const int ChunkSize = 1 << 16;

    readonly Stream _stream;
    readonly bool _replaceInvalid;
    readonly byte[] _bytes = new byte[ChunkSize];
    readonly char[] _chars = new char[ChunkSize];
    int _byteStart;
    int _byteEnd;
    long _offsetOfBuffer;
    int _charStart;
    int _charEnd;
    bool _endOfStream;
    bool _first = true;

    public Utf8TextReader(Stream stream, bool replaceInvalid)
    {
        _stream = stream;
        _replaceInvalid = replaceInvalid;
    }

    /// <summary>Bytes decoded so far.</summary>
    public long BytesRead => _offsetOfBuffer + _byteStart;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (_charStart == _charEnd && !Decode())
        {
            return 0;
        }

        int n = Math.Min(buffer.Length, _charEnd - _charStart);
        _chars.AsSpan(_charStart, n).CopyTo(buffer);
        _charStart += n;
        return n;
    }

    public override int Peek() => _charStart < _charEnd || Decode() ? _chars[_charStart] : -1;

    public override int Read() => _charStart < _charEnd || Decode() ? _chars[_charStart++] : -1;

    /// <summary>Decodes the next chunk into <see cref="_chars"/>; false at the end of the stream.</summary>
    bool Decode()
    {
        _charStart = 0;
        _charEnd = 0;
        while (true)
        {
            if (_byteStart < _byteEnd || _endOfStream)
            {
                // A CR at the end of the bytes read so far waits for the next byte: it may start a CRLF.
                int available = _byteEnd - _byteStart;
                if (!_endOfStream && available > 0 && _bytes[_byteEnd - 1] == (byte)'\r')
                {
                    available--;
                }

                OperationStatus status = Utf8.ToUtf16(_bytes.AsSpan(_byteStart, available), _chars, out int read, out int written,
                    _replaceInvalid, isFinalBlock: _endOfStream);
                if (status == OperationStatus.InvalidData)
                {
                    throw new CliException($"invalid UTF-8 at byte offset {BytesRead + read} (use --replace-invalid to substitute U+FFFD)");
                }

                _byteStart += read;
                _charEnd = FoldCrLf(_chars.AsSpan(0, written));
                if (_charEnd > 0)
                {
                    return true;
                }

                if (_endOfStream)
                {
                    return false;
                }
            }

            Fill();
        }
    }

    /// <summary>Removes each CR that a LF follows, in place; returns the new length.</summary>
    static int FoldCrLf(Span<char> chars)
    {
        int at = chars.IndexOf("\r\n");
        if (at < 0)
        {
            return chars.Length;
        }

        int length = at;
        for (int i = at; i < chars.Length; i++)
        {
            if (chars[i] != '\r' || i + 1 >= chars.Length || chars[i + 1] != '\n')
            {
                chars[length++] = chars[i];
            }
        }

        return length;
    }

    void Fill()
    {
        int kept = _byteEnd - _byteStart;
        Buffer.BlockCopy(_bytes, _byteStart, _bytes, 0, kept);
        _offsetOfBuffer += _byteStart;
        _byteStart = 0;
        _byteEnd = kept;
        int read = _stream.Read(_bytes, _byteEnd, _bytes.Length - _byteEnd);
        if (read == 0)
        {
            _endOfStream = true;
            return;
        }

        _byteEnd += read;
        _first &= _offsetOfBuffer == 0;
        if (_first && _offsetOfBuffer == 0 && _byteEnd >= 3)
        {
            _first = false;
            if (_bytes[0] == 0xEF && _bytes[1] == 0xBB && _bytes[2] == 0xBF)
            {
                // A UTF-8 byte-order mark is an encoding signature, not text.
                _byteStart = 3;
            }
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _stream.Dispose();
        }

        base.Dispose(disposing);
    }
}
