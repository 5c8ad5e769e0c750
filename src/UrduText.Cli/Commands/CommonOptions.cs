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
}
