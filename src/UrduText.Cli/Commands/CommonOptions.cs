using System.CommandLine;

namespace UrduText.Cli.Commands;

/// <summary>Arguments and options every text command shares, so they read and fail the same way.</summary>
internal static class CommonOptions
{
    public static Argument<string?> FileArgument() => new("FILE")
    {
        Description = "Input file (UTF-8). Omit it or pass - to read standard input.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public static Option<bool> ReplaceInvalid() => new("--replace-invalid")
    {
        Description = "Replace invalid UTF-8 with U+FFFD instead of stopping with exit code 2.",
    };

    public static Option<bool> Quiet() => new("--quiet", "-q")
    {
        Description = "No progress bar on standard error (it shows only for inputs over 4 MB when standard error is a terminal).",
    };

    /// <summary>True when the surrogate at <paramref name="i"/> has its partner, so it is written as is, not as <c>\uXXXX</c>.</summary>
    public static bool IsPaired(ReadOnlySpan<char> text, int i) =>
        char.IsHighSurrogate(text[i])
            ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
            : i > 0 && char.IsHighSurrogate(text[i - 1]);
}

/// <summary>The output formats of the commands that report ranges (tokenize, sentences).</summary>
internal enum OutputFormat
{
    /// <summary>Plain text: tokens separated by spaces, or one sentence per line.</summary>
    Text,
    /// <summary>Tab-separated offsets and text (tokenize adds the kind).</summary>
    Tsv,
    /// <summary>JSON arrays of objects with offsets and text.</summary>
    Json,
}
