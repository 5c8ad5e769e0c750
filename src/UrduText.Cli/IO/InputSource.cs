namespace UrduText.Cli.IO;

/// <summary>Opens the input a command names: a file, or standard input for <c>-</c> or no argument.</summary>
internal static class InputSource
{
    public static Stream Open(string? path)
    {
        if (path is null or "-")
        {
            return Console.OpenStandardInput();
        }

        if (Directory.Exists(path))
        {
            throw new CliException($"'{path}' is a directory, not a file");
        }

        if (!File.Exists(path))
        {
            throw new CliException($"file not found: '{path}'");
        }

        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (UnauthorizedAccessException)
        {
            throw new CliException($"cannot read '{path}': permission denied");
        }
    }

    /// <summary>
    /// Opens the input like <see cref="Open"/>, wrapped so that a progress bar shows on standard error for inputs larger than
    /// a few MB when standard error is a terminal and <paramref name="quiet"/> is off.
    /// </summary>
    public static Stream OpenWithProgress(string? path, bool quiet)
    {
        Stream stream = Open(path);
        long? total = stream.CanSeek ? stream.Length : null;
        ProgressReporter? reporter = ProgressReporter.ForConsole(total, quiet);
        return reporter is null ? stream : new ProgressStream(stream, reporter);
    }

    /// <summary>Opens the input as streamed UTF-8 text (see <see cref="Utf8TextReader"/>), with the progress bar.</summary>
    public static Utf8TextReader OpenText(string? path, bool replaceInvalid, bool quiet) =>
        new(OpenWithProgress(path, quiet), replaceInvalid);

    /// <summary>Standard output as UTF-8 without a byte-order mark, buffered.</summary>
    public static TextWriter OpenOutput() =>
        new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), bufferSize: 1 << 16) { NewLine = "\n" };
}
