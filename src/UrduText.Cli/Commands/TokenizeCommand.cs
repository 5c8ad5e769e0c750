using System.CommandLine;
using System.Globalization;
using System.Text;
using UrduText.Cli.IO;

namespace UrduText.Cli.Commands;

/// <summary><c>urdutext tokenize [FILE...]</c>: one output line (or block) of tokens per input line, streamed.</summary>
internal static class TokenizeCommand
{
    public static Command Create()
    {
        Argument<string[]> files = CommonOptions.FilesArgument();
        Option<bool> replaceInvalid = CommonOptions.ReplaceInvalid();
        Option<bool> quiet = CommonOptions.Quiet();
        Option<string> format = CommonOptions.Format(
            "Output format: text (tokens separated by spaces), tsv (start, length, kind, text per token) or json (one array per line).");
        var command = new Command("tokenize", "Split each input line into tokens: words, numbers, punctuation, URLs, e-mails, mentions, hashtags, emoji.")
        {
            files,
            replaceInvalid,
            quiet,
            format,
        };
        command.SetAction(parse =>
        {
            using var reader = new Utf8LineReader(InputSource.OpenWithProgress(parse.GetValue(files)!, parse.GetValue(quiet)), parse.GetValue(replaceInvalid));
            using TextWriter output = InputSource.OpenOutput();
            Run(reader, output, CommonOptions.ToFormat(parse.GetValue(format)));
            return CliRunner.Success;
        });
        return command;
    }

    internal static void Run(Utf8LineReader reader, TextWriter output, OutputFormat format)
    {
        bool first = true;
        while (reader.TryReadLine(out ReadOnlyMemory<char> line))
        {
            if (format == OutputFormat.Tsv && !first)
            {
                output.Write('\n');
            }

            first = false;
            WriteLine(line.Span, output, format);
        }
    }

    internal static void WriteLine(ReadOnlySpan<char> line, TextWriter output, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Text:
            {
                bool separate = false;
                foreach (UrduToken token in UrduTokenizer.EnumerateTokens(line))
                {
                    if (separate)
                    {
                        output.Write(' ');
                    }

                    CommonOptions.WriteEscaped(output, line.Slice(token.Start, token.Length), format);
                    separate = true;
                }

                output.Write('\n');
                break;
            }

            case OutputFormat.Tsv:
                foreach (UrduToken token in UrduTokenizer.EnumerateTokens(line))
                {
                    output.Write(token.Start.ToString(CultureInfo.InvariantCulture));
                    output.Write('\t');
                    output.Write(token.Length.ToString(CultureInfo.InvariantCulture));
                    output.Write('\t');
                    output.Write(KindName(token.Kind));
                    output.Write('\t');
                    CommonOptions.WriteEscaped(output, line.Slice(token.Start, token.Length), format);
                    output.Write('\n');
                }

                break;

            case OutputFormat.Json:
            {
                output.Write('[');
                bool separate = false;
                foreach (UrduToken token in UrduTokenizer.EnumerateTokens(line))
                {
                    output.Write(separate ? ",{\"start\":" : "{\"start\":");
                    output.Write(token.Start.ToString(CultureInfo.InvariantCulture));
                    output.Write(",\"length\":");
                    output.Write(token.Length.ToString(CultureInfo.InvariantCulture));
                    output.Write(",\"kind\":\"");
                    output.Write(KindName(token.Kind));
                    output.Write("\",\"text\":\"");
                    CommonOptions.WriteEscaped(output, line.Slice(token.Start, token.Length), OutputFormat.Json);
                    output.Write("\"}");
                    separate = true;
                }

                output.Write("]\n");
                break;
            }
        }
    }

    internal static string KindName(UrduTokenKind kind) => kind switch
    {
        UrduTokenKind.Word => "Word",
        UrduTokenKind.LatinWord => "LatinWord",
        UrduTokenKind.Number => "Number",
        UrduTokenKind.Punctuation => "Punctuation",
        UrduTokenKind.Symbol => "Symbol",
        UrduTokenKind.Url => "Url",
        UrduTokenKind.Email => "Email",
        UrduTokenKind.Mention => "Mention",
        UrduTokenKind.Hashtag => "Hashtag",
        UrduTokenKind.Emoji => "Emoji",
        _ => "Other",
    };

    /// <summary>Appends a short token summary for the sample command.</summary>
    internal static string Summarize(string text)
    {
        Span<int> counts = stackalloc int[(int)UrduTokenKind.Other + 1];
        counts.Clear();
        foreach (UrduToken token in UrduTokenizer.EnumerateTokens(text))
        {
            counts[(int)token.Kind]++;
        }

        var sb = new StringBuilder();
        int total = 0;
        for (int k = 0; k < counts.Length; k++)
        {
            if (counts[k] > 0)
            {
                sb.Append(sb.Length == 0 ? "" : ", ").Append(KindName((UrduTokenKind)k)).Append(' ').Append(counts[k].ToString(CultureInfo.InvariantCulture));
                total += counts[k];
            }
        }

        return $"{total.ToString(CultureInfo.InvariantCulture)} tokens: {sb}";
    }
}
