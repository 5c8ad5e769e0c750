using System.Buffers;
using System.CommandLine;
using System.Globalization;
using UrduText.Cli.IO;

namespace UrduText.Cli.Commands;

/// <summary>
/// <c>urdutext sentences [FILE...]</c>: one sentence per output line. Streams paragraph by paragraph (a paragraph ends at a
/// blank line, which always ends a sentence), so the result equals segmenting the whole input at once.
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

            using var reader = new Utf8LineReader(InputSource.OpenWithProgress(parse.GetValue(files)!, parse.GetValue(quiet)), parse.GetValue(replaceInvalid));
            using TextWriter output = InputSource.OpenOutput();
            Run(reader, output, new UrduSentenceSegmenter(options), CommonOptions.ToFormat(parse.GetValue(format)));
            return CliRunner.Success;
        });
        return command;
    }

    internal static void Run(Utf8LineReader reader, TextWriter output, UrduSentenceSegmenter segmenter, OutputFormat format)
    {
        char[] paragraph = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            int length = 0;
            long paragraphOffset = 0;
            long offset = 0;
            bool first = true;
            if (format == OutputFormat.Json)
            {
                output.Write('[');
            }

            while (reader.TryReadLine(out ReadOnlyMemory<char> memory))
            {
                ReadOnlySpan<char> line = memory.Span;
                if (IsBlank(line))
                {
                    // A blank line always ends a sentence, so what came before can be written now.
                    Flush(paragraph.AsSpan(0, length), paragraphOffset, output, segmenter, format, ref first);
                    length = 0;
                    offset += line.Length + 1;
                    paragraphOffset = offset;
                    continue;
                }

                int needed = length + line.Length + 1;
                if (needed > paragraph.Length)
                {
                    char[] bigger = ArrayPool<char>.Shared.Rent(Math.Max(needed, paragraph.Length * 2));
                    paragraph.AsSpan(0, length).CopyTo(bigger);
                    ArrayPool<char>.Shared.Return(paragraph);
                    paragraph = bigger;
                }

                line.CopyTo(paragraph.AsSpan(length));
                length += line.Length;
                paragraph[length++] = '\n';
                offset += line.Length + 1;
            }

            Flush(paragraph.AsSpan(0, length), paragraphOffset, output, segmenter, format, ref first);
            if (format == OutputFormat.Json)
            {
                output.Write(first ? "]\n" : "\n]\n");
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(paragraph);
        }
    }

    /// <summary>
    /// Only space separators and tabs: the segmenter treats such a line between two line breaks as a paragraph break.
    /// (Not <see cref="char.IsWhiteSpace(char)"/>: it includes controls U+001C–U+001F, which are text to the segmenter.)
    /// </summary>
    static bool IsBlank(ReadOnlySpan<char> line)
    {
        foreach (char c in line)
        {
            if (c != '\t' && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.SpaceSeparator)
            {
                return false;
            }
        }

        return true;
    }

    static void Flush(ReadOnlySpan<char> text, long baseOffset, TextWriter output, UrduSentenceSegmenter segmenter, OutputFormat format, ref bool first)
    {
        foreach (UrduSentence sentence in segmenter.EnumerateSentences(text))
        {
            WriteSentence(text.Slice(sentence.Start, sentence.Length), baseOffset + sentence.Start, output, format, first);
            first = false;
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
