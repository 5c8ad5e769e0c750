namespace UrduText.Cli.IO;

/// <summary>Opens the input a command names: files read one after the other, or standard input for <c>-</c> or no argument.</summary>
internal static class InputSource
{
    /// <summary>
    /// Opens <paramref name="paths"/> as one stream, joined like <c>cat</c> (see <see cref="InputStream"/>); no path reads
    /// standard input. Every file is checked before any is read, so a wrong name fails before output starts.
    /// </summary>
    public static Stream Open(IReadOnlyList<string> paths)
    {
        foreach (string path in paths)
        {
            Check(path);
        }

        return new InputStream(paths.Count == 0 ? [null] : [.. paths]);
    }

    /// <summary>Opens one input: a file, or standard input for <c>-</c> or <see langword="null"/>.</summary>
    internal static Stream OpenOne(string? path)
    {
        if (path is null or "-")
        {
            return Console.OpenStandardInput();
        }

        Check(path);
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (UnauthorizedAccessException)
        {
            throw new CliException($"cannot read '{path}': permission denied");
        }
    }

    static void Check(string path)
    {
        if (path == "-")
        {
            return;
        }

        if (Directory.Exists(path))
        {
            throw new CliException($"'{path}' is a directory, not a file");
        }

        if (!File.Exists(path))
        {
            throw new CliException($"file not found: '{path}'");
        }
    }

    /// <summary>
    /// Opens the inputs like <see cref="Open"/>, wrapped so that a progress bar shows on standard error when they add up
    /// to more than a few MB, standard error is a terminal and <paramref name="quiet"/> is off.
    /// </summary>
    public static Stream OpenWithProgress(IReadOnlyList<string> paths, bool quiet)
    {
        Stream stream = Open(paths);
        long? total = paths.Count > 0 && !paths.Contains("-") ? paths.Sum(p => new FileInfo(p).Length) : null;
        ProgressReporter? reporter = ProgressReporter.ForConsole(total, quiet);
        return reporter is null ? stream : new ProgressStream(stream, reporter);
    }

    /// <summary>Opens the inputs as streamed UTF-8 text (see <see cref="Utf8TextReader"/>), with the progress bar.</summary>
    public static Utf8TextReader OpenText(IReadOnlyList<string> paths, bool replaceInvalid, bool quiet) =>
        new(OpenWithProgress(paths, quiet), replaceInvalid);

    /// <summary>Standard output as UTF-8 without a byte-order mark, buffered.</summary>
    public static TextWriter OpenOutput() =>
        new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), bufferSize: 1 << 16) { NewLine = "\n" };
}
