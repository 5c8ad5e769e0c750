using System.Buffers;
using System.CommandLine;
using UrduText.Cli.IO;

namespace UrduText.Cli.Commands;

/// <summary><c>urdutext normalize [--profile default|search] [--repair-spacing [--join-split-words]] [--replace-invalid] [FILE...]</c>: canonical Urdu, line by line.</summary>
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

        var repairSpacing = new Option<bool>("--repair-spacing")
        {
            Description = "Also restore the spaces left out after non-joining letters (کرلیا → کر لیا), with the UrduText.Data spacing model (docs/spacing.md).",
        };

        var joinSplitWords = new Option<bool>("--join-split-words")
        {
            Description = "With --repair-spacing: also join a word written in two pieces (پاکستا نی → پاکستانی; a compound whose first part ends in a joining letter gets a ZWNJ). Off by default (docs/spacing.md).",
        };

        var command = new Command("normalize", "Normalize Urdu text (Arabic-keyboard letters, presentation forms, kashida, invisible characters, digits, spaces) line by line.");
        command.Arguments.Add(files);
        command.Options.Add(profile);
        command.Options.Add(repairSpacing);
        command.Options.Add(joinSplitWords);
        command.Options.Add(replaceInvalid);
        command.Options.Add(quiet);
        command.SetAction(parse =>
        {
            if (parse.GetValue(joinSplitWords) && !parse.GetValue(repairSpacing))
            {
                throw new CliException("--join-split-words needs --repair-spacing");
            }

            UrduNormalizer normalizer = parse.GetValue(profile) == "search" ? UrduNormalizer.Search : UrduNormalizer.Default;
            using var reader = new Utf8LineReader(InputSource.OpenWithProgress(parse.GetValue(files)!, parse.GetValue(quiet)), parse.GetValue(replaceInvalid));
            using TextWriter output = InputSource.OpenOutput();
            UrduSpacingRepairer? repairer = !parse.GetValue(repairSpacing) ? null
                : parse.GetValue(joinSplitWords) ? new UrduSpacingRepairer(UrduTextData.SpacingModel, joinSplitWords: true)
                : UrduTextData.SpacingRepairer;
            Run(normalizer, repairer, reader, output);
            return CliRunner.Success;
        });
        return command;
    }

    /// <summary>
    /// Streams: one line in memory at a time, normalized into a pooled buffer (lines are independent under every profile,
    /// and the spacing repair's word context restarts at every line), then optionally repaired into a second one.
    /// </summary>
    internal static void Run(UrduNormalizer normalizer, UrduSpacingRepairer? repairer, Utf8LineReader reader, TextWriter output)
    {
        char[] buffer = ArrayPool<char>.Shared.Rent(4096);
        char[] repaired = ArrayPool<char>.Shared.Rent(repairer is null ? 0 : 4096);
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
                if (repairer is null)
                {
                    output.Write(buffer, 0, written);
                }
                else
                {
                    int max = UrduSpacingRepairer.GetMaxRepairedLength(written);
                    if (repaired.Length < max)
                    {
                        ArrayPool<char>.Shared.Return(repaired);
                        repaired = ArrayPool<char>.Shared.Rent(max);
                    }

                    repairer.Repair(buffer.AsSpan(0, written), repaired, out _, out int repairedLength);
                    output.Write(repaired, 0, repairedLength);
                }

                output.Write('\n');
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
            ArrayPool<char>.Shared.Return(repaired);
        }
    }
}
