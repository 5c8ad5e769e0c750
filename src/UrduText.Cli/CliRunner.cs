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
            return root.Parse(args).Invoke();
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
