using System.Text;
using UrduText.Cli.IO;

namespace UrduText.Tests.Reliability;

/// <summary>The CLI's shared streaming pieces: UTF-8 decoding across reads, errors with byte offsets, the progress bar text.</summary>
public sealed class CliStreamingTests
{
    /// <summary>A stream that returns one byte per read, so every multi-byte sequence is split across reads.</summary>
    sealed class TrickleStream(byte[] data) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, 1)]);
    }

    [Fact]
    public void Utf8TextReader_SequencesSplitAcrossReads_DecodesLikeOneShot()
    {
        string text = "روسی صدر 👍🏽 پوتن\u200C\n" + new string('ب', 70_000) + " 🇵🇰";
        using var reader = new Utf8TextReader(new TrickleStream(Encoding.UTF8.GetBytes(text)), replaceInvalid: false);
        reader.ReadToEnd().Should().Be(text);
    }

    [Fact]
    public void Utf8TextReader_CrLf_IsReadAsLfEvenAcrossReads()
    {
        // One byte per read: the CR of each CRLF arrives alone, and must wait for the byte after it.
        using var reader = new Utf8TextReader(new TrickleStream(Encoding.UTF8.GetBytes("اردو\r\nب\r\r\nc\r")), replaceInvalid: false);
        reader.ReadToEnd().Should().Be("اردو\nب\r\nc\r", "a CR that no LF follows is text");
    }

    [Fact]
    public void Utf8TextReader_ByteOrderMark_IsSkipped()
    {
        using var reader = new Utf8TextReader(new TrickleStream([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("اردو")]), replaceInvalid: false);
        reader.ReadToEnd().Should().Be("اردو");
    }

    [Fact]
    public void Utf8TextReader_InvalidByte_ReportsItsOffset()
    {
        byte[] data = [.. Encoding.UTF8.GetBytes(new string('a', 70_000) + "اردو"), 0xFF, .. "x"u8];
        using var reader = new Utf8TextReader(new MemoryStream(data), replaceInvalid: false);
        Action read = () => reader.ReadToEnd();
        read.Should().Throw<CliException>().WithMessage("invalid UTF-8 at byte offset 70008 *");
    }

    [Fact]
    public void Utf8TextReader_TruncatedSequenceAtEnd_ReplacedWhenAsked()
    {
        byte[] data = [.. Encoding.UTF8.GetBytes("اردو"), 0xD8];
        using var reader = new Utf8TextReader(new TrickleStream(data), replaceInvalid: true);
        reader.ReadToEnd().Should().Be("اردو\uFFFD");
    }

    [Fact]
    public void Utf8TextReader_TruncatedSequenceAtEnd_ReportsOffset()
    {
        byte[] data = [.. Encoding.UTF8.GetBytes("اردو"), 0xD8];
        using var reader = new Utf8TextReader(new TrickleStream(data), replaceInvalid: false);
        Action read = () => reader.ReadToEnd();
        read.Should().Throw<CliException>().WithMessage("invalid UTF-8 at byte offset 8 *");
    }

    [Fact]
    public void ProgressFormat_KnownTotal_ShowsBytesRateAndEta()
    {
        string bar = ProgressReporter.Format(500_000_000, 1_000_000_000, TimeSpan.FromSeconds(10));
        bar.Should().Contain("500.0 MB / 1,000.0 MB").And.Contain("50.0 MB/s").And.Contain("ETA 0:10").And.StartWith("[##########..........]");
    }

    [Fact]
    public void ProgressFormat_UnknownTotal_ShowsBytesAndRateOnly()
    {
        string bar = ProgressReporter.Format(8_000_000, null, TimeSpan.FromSeconds(2));
        bar.Should().Contain("8.0 MB").And.Contain("4.0 MB/s").And.NotContain("ETA");
    }

    [Fact]
    public void ProgressStream_ReadsThrough_DrawsAndClearsTheBar()
    {
        var error = new StringWriter();
        var reporter = new ProgressReporter(error, 10_000_000);
        using var stream = new ProgressStream(new MemoryStream(new byte[10_000_000]), reporter);
        stream.CopyTo(Stream.Null, 1 << 20);
        error.ToString().Should().Contain("MB/s").And.EndWith("\r\u001B[K");
    }

    [Fact]
    public void ProgressReporter_QuietOrSmallInput_IsOff()
    {
        ProgressReporter.ForConsole(100_000_000, quiet: true).Should().BeNull();
        ProgressReporter.ForConsole(1_000, quiet: false).Should().BeNull();
    }
}
