using System.CommandLine;
using System.Globalization;
using UrduText.Cli.IO;

namespace UrduText.Cli.Commands;

/// <summary>
/// <c>urdutext sentences [FILE...]</c>: one sentence per output line, streamed through <see cref="UrduSentenceReader"/>
/// in bounded memory; the result equals segmenting the whole input at once.
/// </summary>
internal static class SentencesCommand
{
    public static Command Create()
    {
        Argument<string[]> files = CommonOptions.FilesArgument();
        Option<bool> replaceInvalid = CommonOptions.ReplaceInvalid();
        Option<bool> quiet = CommonOptions.Quiet();
        Option<string> format = CommonOptions.Format(
            "Output format: text (one sentence per line), tsv (start, length, text) or json (an array of {start, length, text}). "
                + "Offsets count UTF-16 code units of the input, each line break (LF or CRLF) counting as one.");
        var joinLines = new Option<bool>("--join-lines")
        {
            Description = "Read single line breaks as spaces (hard-wrapped text); only blank lines and terminators end sentences.",
        };
        var splitClauses = new Option<bool>("--split-clauses")
        {
            Description = "Also split at the Arabic comma and semicolon (، ؛).",
        };
        var ignoreSpacedDashes = new Option<bool>("--ignore-spaced-dashes")
        {
            Description = "Never end a sentence at a spaced dash (by default \" - \" after Urdu words ends one in text that spaces its full stops, as treebank text does).",
        };
        var command = new Command("sentences", "Split the input into sentences, one per output line (Urdu terminators, quotes, abbreviations, numbers and URLs handled).")
        {
            files,
            replaceInvalid,
            quiet,
            format,
            joinLines,
            splitClauses,
            ignoreSpacedDashes,
        };
        command.SetAction(parse =>
        {
            var options = UrduSegmentationOptions.None;
            if (parse.GetValue(joinLines))
            {
                options |= UrduSegmentationOptions.JoinLines;
            }

            if (parse.GetValue(splitClauses))
            {
                options |= UrduSegmentationOptions.SplitClauses;
            }

            if (parse.GetValue(ignoreSpacedDashes))
            {
                options |= UrduSegmentationOptions.IgnoreSpacedDashes;
            }

            using Utf8TextReader reader = InputSource.OpenText(parse.GetValue(files)!, parse.GetValue(replaceInvalid), parse.GetValue(quiet));
            using TextWriter output = InputSource.OpenOutput();
            Run(reader, output, new UrduSentenceSegmenter(options), CommonOptions.ToFormat(parse.GetValue(format)));
            return CliRunner.Success;
        });
        return command;
    }

    internal static void Run(TextReader input, TextWriter output, UrduSentenceSegmenter segmenter, OutputFormat format)
    {
        // UrduSentenceReader keeps a bounded window (UrduStreaming.MaxWindowLength), so memory does not grow with
        // the input, blank lines or not.
        var sentences = new UrduSentenceReader(input, segmenter);
        bool first = true;
        if (format == OutputFormat.Json)
        {
            output.Write('[');
        }

        while (sentences.Read())
        {
            WriteSentence(sentences.Text, sentences.Start, output, format, first);
            first = false;
        }

        if (format == OutputFormat.Json)
        {
            output.Write(first ? "]\n" : "\n]\n");
        }
    }

    internal static void WriteSentence(ReadOnlySpan<char> sentence, long start, TextWriter output, OutputFormat format, bool first)
    {
        switch (format)
        {
            case OutputFormat.Text:
                CommonOptions.WriteEscaped(output, sentence, OutputFormat.Text);
                output.Write('\n');
                break;
            case OutputFormat.Tsv:
                output.Write(start.ToString(CultureInfo.InvariantCulture));
                output.Write('\t');
                output.Write(sentence.Length.ToString(CultureInfo.InvariantCulture));
                output.Write('\t');
                CommonOptions.WriteEscaped(output, sentence, OutputFormat.Tsv);
                output.Write('\n');
                break;
            default:
                output.Write(first ? "\n{\"start\":" : ",\n{\"start\":");
                output.Write(start.ToString(CultureInfo.InvariantCulture));
                output.Write(",\"length\":");
                output.Write(sentence.Length.ToString(CultureInfo.InvariantCulture));
                output.Write(",\"text\":\"");
                CommonOptions.WriteEscaped(output, sentence, OutputFormat.Json);
                output.Write("\"}");
                break;
        }
    }
}
