using System.CommandLine;
using System.CommandLine.Parsing;
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
            ParseResult result = root.Parse(args);
            if (UsageErrors(result) is { Count: > 0 } errors)
            {
                // The error and where to look, on standard error; the whole help would bury the error and pollute standard output.
                foreach (string error in errors)
                {
                    Console.Error.WriteLine($"urdutext: {error}");
                }

                Console.Error.WriteLine($"Try '{CommandPath(result.CommandResult)} --help' for more information.");
                return InputError;
            }

            // The default handler would print user errors (CliException) with a stack trace and exit code 1.
            return result.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
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

    /// <summary>
    /// What is wrong with the command line. A word that starts with <c>-</c> and is not an option of the command is an
    /// unrecognized option, also where the command would take it as a FILE (<c>--</c> ends the options, so
    /// <c>urdutext normalize -- -odd-name.txt</c> still reads that file). Those come first and alone: the other errors
    /// they cause (a file named <c>--bogus</c> not found) would only mislead.
    /// </summary>
    internal static List<string> UsageErrors(ParseResult result)
    {
        var unknown = new List<string>();
        var operands = result.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).ToList();
        foreach (Token token in result.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                break;
            }

            if (token.Type == TokenType.Argument && token.Value.Length > 1 && token.Value[0] == '-'
                && (operands.Any(o => ReferenceEquals(o, token)) || result.UnmatchedTokens.Contains(token.Value)))
            {
                unknown.Add($"unrecognized option '{token.Value}'");
            }
        }

        return unknown.Count > 0 ? unknown : [.. result.Errors.Select(e => Lowercase(e.Message))];
    }

    // System.CommandLine writes "Unrecognized command or argument 'x'."; our messages are lower-case clauses.
    static string Lowercase(string message) =>
        message.Length > 1 && char.IsUpper(message[0]) && !char.IsUpper(message[1])
            ? char.ToLowerInvariant(message[0]) + message[1..].TrimEnd('.')
            : message.TrimEnd('.');

    static string CommandPath(CommandResult command) =>
        command.Parent is CommandResult parent ? $"{CommandPath(parent)} {command.Command.Name}" : "urdutext";
}
