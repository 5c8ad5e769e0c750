using System.IO.Compression;
using System.Text;

namespace UrduText.Internal;

/// <summary>The container the UrduText trainers write their models in: deflate, then a five-byte magic naming the format.</summary>
internal static class ModelFile
{
    /// <summary>
    /// A reader over the inflated <paramref name="stream"/> (left open when the reader is disposed), positioned after the
    /// magic; throws <see cref="InvalidDataException"/> with <paramref name="notThisFormat"/> when the magic differs and
    /// <see cref="EndOfStreamException"/> when the stream ends before it.
    /// </summary>
    public static BinaryReader Open(Stream stream, ReadOnlySpan<byte> magic, string notThisFormat)
    {
        var reader = new BinaryReader(new BufferedStream(new DeflateStream(stream, CompressionMode.Decompress, leaveOpen: true), 1 << 16), Encoding.UTF8);
        try
        {
            Span<byte> read = stackalloc byte[magic.Length];
            reader.BaseStream.ReadExactly(read);
            if (!read.SequenceEqual(magic))
            {
                throw new InvalidDataException(notThisFormat);
            }

            return reader;
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }
}
