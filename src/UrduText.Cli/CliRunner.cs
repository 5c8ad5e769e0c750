using System.CommandLine;
using UrduText.Cli.IO;

namespace UrduText.Cli;

/// <summary>Runs a parsed command and turns user errors into one-line messages and exit codes, never stack traces.</summary>
internal static class CliRunner
{
    public const int Success = 0;
    public const int InternalError = 1;
    public const int InputError = 2;

    public static int Run(RootCommand root, string[] args)
    {
        try
        {
            // The default handler would print user errors (CliException) with a stack trace and exit code 1.
            ParseResult result = root.Parse(args);
            int code = result.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
            return result.Errors.Count > 0 ? InputError : code;
        }
        catch (CliException e)
        {
            Console.Error.WriteLine($"urdutext: {e.Message}");
            return InputError;
        }
        catch (IOException e) when (e is not EndOfStreamException)
        {
            Console.Error.WriteLine($"urdutext: {e.Message}");
            return InputError;
        }
        catch (UnauthorizedAccessException e)
        {
            Console.Error.WriteLine($"urdutext: {e.Message}");
            return InputError;
        }
    }
}
