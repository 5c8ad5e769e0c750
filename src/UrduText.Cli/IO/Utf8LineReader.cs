using System.Buffers;
using System.Text.Unicode;

namespace UrduText.Cli.IO;

/// <summary>
/// Reads UTF-8 lines from a stream without loading it whole, and reports invalid UTF-8 with its byte offset
/// (or replaces it with U+FFFD when asked). A line's terminator (LF, or CRLF) is not part of the line.
/// </summary>
internal sealed class Utf8LineReader : IDisposable
{
    const int ChunkSize = 1 << 16;

    readonly Stream _stream;
    readonly bool _replaceInvalid;
    byte[] _bytes = ArrayPool<byte>.Shared.Rent(ChunkSize);
    char[] _chars = ArrayPool<char>.Shared.Rent(ChunkSize);
    int _start;
    int _end;
    long _offsetOfStart;
    bool _eof;
    bool _first = true;

    public Utf8LineReader(Stream stream, bool replaceInvalid)
    {
        _stream = stream;
        _replaceInvalid = replaceInvalid;
    }

    /// <summary>Bytes consumed so far (for progress reporting).</summary>
    public long BytesRead => _offsetOfStart;

    /// <summary>Reads the next line into a buffer owned by the reader; valid until the next call.</summary>
    public bool TryReadLine(out ReadOnlyMemory<char> line)
    {
        int scanFrom = _start;
        while (true)
        {
            int nl = _bytes.AsSpan(scanFrom, _end - scanFrom).IndexOf((byte)'\n');
            if (nl >= 0)
            {
                int lineEnd = scanFrom + nl;
                line = Decode(_start, lineEnd - _start, trimCr: true);
                _offsetOfStart += lineEnd + 1 - _start;
                _start = lineEnd + 1;
                return true;
            }

            if (_eof)
            {
                if (_start == _end)
                {
                    line = default;
                    return false;
                }

                line = Decode(_start, _end - _start, trimCr: false);
                _offsetOfStart += _end - _start;
                _start = _end;
                return true;
            }

            scanFrom = _end;
            Fill(ref scanFrom);
        }
    }

    void Fill(ref int scanFrom)
    {
        if (_start > 0)
        {
            int kept = _end - _start;
            Buffer.BlockCopy(_bytes, _start, _bytes, 0, kept);
            scanFrom -= _start;
            _end = kept;
            _start = 0;
        }

        if (_end == _bytes.Length)
        {
            byte[] bigger = ArrayPool<byte>.Shared.Rent(_bytes.Length * 2);
            Buffer.BlockCopy(_bytes, 0, bigger, 0, _end);
            ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = bigger;
        }

        int read = _stream.Read(_bytes, _end, _bytes.Length - _end);
        if (read == 0)
        {
            _eof = true;
            return;
        }

        if (_first)
        {
            _first = false;
            if (read >= 3 && _bytes[0] == 0xEF && _bytes[1] == 0xBB && _bytes[2] == 0xBF)
            {
                // A UTF-8 byte-order mark is an encoding signature, not text.
                _start = 3;
                _offsetOfStart = 3;
                scanFrom = Math.Max(scanFrom, 3);
            }
        }

        _end += read;
    }

    ReadOnlyMemory<char> Decode(int start, int length, bool trimCr)
    {
        if (trimCr && length > 0 && _bytes[start + length - 1] == (byte)'\r')
        {
            length--;
        }

        if (_chars.Length < length)
        {
            ArrayPool<char>.Shared.Return(_chars);
            _chars = ArrayPool<char>.Shared.Rent(length);
        }

        var status = Utf8.ToUtf16(_bytes.AsSpan(start, length), _chars, out int bytesRead, out int charsWritten, _replaceInvalid);
        if (status == OperationStatus.InvalidData)
        {
            throw new CliException($"invalid UTF-8 at byte offset {_offsetOfStart + bytesRead} (use --replace-invalid to substitute U+FFFD)");
        }

        return _chars.AsMemory(0, charsWritten);
    }

    public void Dispose()
    {
        _stream.Dispose();
        ArrayPool<byte>.Shared.Return(_bytes);
        ArrayPool<char>.Shared.Return(_chars);
    }
}
