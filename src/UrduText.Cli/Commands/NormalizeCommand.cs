using System.Buffers;
using System.CommandLine;
using UrduText.Cli.IO;

namespace UrduText.Cli.Commands;

/// <summary><c>urdutext normalize [--profile default|search] [--replace-invalid] [FILE...]</c>: canonical Urdu, line by line.</summary>
internal static class NormalizeCommand
{
    public static Command Create()
    {
        var files = CommonOptions.FilesArgument();
        var replaceInvalid = CommonOptions.ReplaceInvalid();
        Option<bool> quiet = CommonOptions.Quiet();
        Option<string> profile = CommonOptions.Choice("--profile",
            "default: meaning-preserving (D1–D8); search: also removes diacritics and ZWNJ, ASCII digits, lower-case Latin.",
            "default", "search");

        var command = new Command("normalize", "Normalize Urdu text (Arabic-keyboard letters, presentation forms, kashida, invisible characters, digits, spaces) line by line.");
        command.Arguments.Add(files);
        command.Options.Add(profile);
        command.Options.Add(replaceInvalid);
        command.Options.Add(quiet);
        command.SetAction(parse =>
        {
            UrduNormalizer normalizer = parse.GetValue(profile) == "search" ? UrduNormalizer.Search : UrduNormalizer.Default;
            using var reader = new Utf8LineReader(InputSource.OpenWithProgress(parse.GetValue(files)!, parse.GetValue(quiet)), parse.GetValue(replaceInvalid));
            using TextWriter output = InputSource.OpenOutput();
            Run(normalizer, reader, output);
            return CliRunner.Success;
        });
        return command;
    }

    /// <summary>Streams: one line in memory at a time, normalized into a pooled buffer (lines are independent under every profile).</summary>
    internal static void Run(UrduNormalizer normalizer, Utf8LineReader reader, TextWriter output)
    {
        char[] buffer = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            while (reader.TryReadLine(out ReadOnlyMemory<char> line))
            {
                int needed = normalizer.GetMaxNormalizedLength(line.Length);
                if (buffer.Length < needed)
                {
                    ArrayPool<char>.Shared.Return(buffer);
                    buffer = ArrayPool<char>.Shared.Rent(needed);
                }

                normalizer.TryNormalize(line.Span, buffer, out int written);
                output.Write(buffer, 0, written);
                output.Write('\n');
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
