using System.Diagnostics;
using System.Globalization;

namespace UrduText.Cli.IO;

/// <summary>
/// A one-line progress bar on standard error (bytes done, MB/s, ETA) for inputs larger than a few MB. It draws only when
/// standard error is a terminal and <c>--quiet</c> is off, so redirected or piped runs never see it.
/// </summary>
internal sealed class ProgressReporter
{
    /// <summary>Inputs smaller than this finish before a bar would help.</summary>
    public const long Threshold = 4 * 1024 * 1024;

    static readonly long s_interval = Stopwatch.Frequency / 4;

    readonly TextWriter _output;
    readonly long? _total;
    readonly long _started = Stopwatch.GetTimestamp();
    long _lastDrawn;
    bool _drawn;

    public ProgressReporter(TextWriter output, long? totalBytes)
    {
        _output = output;
        _total = totalBytes;
    }

    /// <summary>A reporter for this process, or <see langword="null"/> when the bar must stay off.</summary>
    public static ProgressReporter? ForConsole(long? totalBytes, bool quiet)
    {
        if (quiet || Console.IsErrorRedirected || totalBytes is < Threshold || Environment.GetEnvironmentVariable("TERM") == "dumb")
        {
            return null;
        }

        return new ProgressReporter(Console.Error, totalBytes);
    }

    /// <summary>Called as bytes are read; redraws at most four times a second.</summary>
    public void Report(long bytesDone)
    {
        long now = Stopwatch.GetTimestamp();
        if (now - _lastDrawn < s_interval || bytesDone < Threshold)
        {
            return;
        }

        _lastDrawn = now;
        _output.Write('\r');
        _output.Write(Format(bytesDone, _total, Stopwatch.GetElapsedTime(_started, now)));
        _output.Flush();
        _drawn = true;
    }

    /// <summary>Clears the bar so that the shell prompt (or an error message) starts on a clean line.</summary>
    public void Complete()
    {
        if (_drawn)
        {
            _output.Write("\r\u001B[K");
            _output.Flush();
            _drawn = false;
        }
    }

    /// <summary>The bar's text: <c>[#####.....]  512.0 MB / 1,000.0 MB  85.3 MB/s  ETA 0:06</c> (no ETA when the size is unknown).</summary>
    internal static string Format(long bytesDone, long? total, TimeSpan elapsed)
    {
        double mb = bytesDone / 1_000_000.0;
        double rate = elapsed.TotalSeconds > 0 ? mb / elapsed.TotalSeconds : 0;
        if (total is long t && t > 0)
        {
            double fraction = Math.Clamp((double)bytesDone / t, 0, 1);
            int filled = (int)(fraction * 20);
            string eta = rate > 0 ? FormatTime(TimeSpan.FromSeconds((t - bytesDone) / 1_000_000.0 / rate)) : "?";
            return string.Create(CultureInfo.InvariantCulture,
                $"[{new string('#', filled)}{new string('.', 20 - filled)}] {mb,9:N1} MB / {t / 1_000_000.0:N1} MB  {rate,6:N1} MB/s  ETA {eta}   ");
        }

        return string.Create(CultureInfo.InvariantCulture, $"{mb,9:N1} MB  {rate,6:N1} MB/s   ");
    }

    static string FormatTime(TimeSpan t) => t.TotalHours >= 1
        ? t.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture)
        : t.ToString(@"m\:ss", CultureInfo.InvariantCulture);
}
