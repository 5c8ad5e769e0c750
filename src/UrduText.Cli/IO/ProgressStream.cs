namespace UrduText.Cli.IO;

/// <summary>A read-only wrapper that tells a <see cref="ProgressReporter"/> how many bytes have been read.</summary>
internal sealed class ProgressStream(Stream inner, ProgressReporter reporter) : ReadOnlyStream
{
    long _read;

    public override long Length => inner.Length;

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    int Count(int n)
    {
        _read += n;
        if (n == 0)
        {
            reporter.Complete();
        }
        else
        {
            reporter.Report(_read);
        }

        return n;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            reporter.Complete();
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
