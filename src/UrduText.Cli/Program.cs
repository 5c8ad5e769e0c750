using System.CommandLine;
using UrduText.Cli.Commands;

namespace UrduText.Cli;

/// <summary>Entry point of the <c>urdutext</c> tool.</summary>
internal static class Program
{
    internal static int Main(string[] args)
    {
        var root = new RootCommand(
            """
            urdutext: canonical Urdu text from the command line.
            With no command, runs every stage on a built-in sample (a news article).

            Exit codes: 0 success; 1 unexpected internal error; 2 bad input (missing or unreadable file,
            a directory, invalid UTF-8 without --replace-invalid, bad arguments).
            """);
        // In the order of the pipeline, as help lists them.
        root.Subcommands.Add(NormalizeCommand.Create());
        root.Subcommands.Add(TokenizeCommand.Create());
        root.Subcommands.Add(SentencesCommand.Create());
        root.Subcommands.Add(TranslitCommand.Create());
        SampleCommand.Configure(root);
        return CliRunner.Run(root, args);
    }
}
