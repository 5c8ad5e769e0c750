using System.Globalization;
using System.CommandLine;

namespace UrduText.Cli.Commands;

/// <summary>Arguments and options every text command shares, so they read and fail the same way.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> FilesArgument() => new("FILE")
    {
        Description = "Input files (UTF-8), read one after the other like cat. Omit them or pass - to read standard input.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>
    /// An option that takes one of a few lower-case names, matched without regard to case (<c>--format JSON</c> is
    /// <c>json</c>); its value is the name as listed, and the first name is the default. Help shows the names as listed.
    /// </summary>
    public static Option<string> Choice(string name, string description, params string[] names)
    {
        string list = string.Join('|', names);
        var option = new Option<string>(name)
        {
            Description = description,
            HelpName = list,
            DefaultValueFactory = _ => names[0],
            CustomParser = result =>
            {
                if (result.Tokens.Count == 0)
                {
                    return names[0];
                }

                string given = result.Tokens[^1].Value;
                foreach (string candidate in names)
                {
                    if (string.Equals(candidate, given, StringComparison.OrdinalIgnoreCase))
                    {
                        return candidate;
                    }
                }

                result.AddError($"{name} takes {string.Join(", ", names[..^1])} or {names[^1]}, not '{given}'");
                return names[0];
            },
        };
        option.CompletionSources.Add(names);
        return option;
    }

    /// <summary>The <c>--format</c> option of the commands that report ranges: <c>text</c>, <c>tsv</c> or <c>json</c>.</summary>
    public static Option<string> Format(string description) => Choice("--format", description, "text", "tsv", "json");

    /// <summary>The <see cref="OutputFormat"/> a <see cref="Format"/> value names.</summary>
    public static OutputFormat ToFormat(string? name) => name switch
    {
        "tsv" => OutputFormat.Tsv,
        "json" => OutputFormat.Json,
        _ => OutputFormat.Text,
    };

    public static Option<bool> ReplaceInvalid() => new("--replace-invalid")
    {
        Description = "Replace invalid UTF-8 with U+FFFD instead of stopping with exit code 2.",
    };

    public static Option<bool> Quiet() => new("--quiet", "-q")
    {
        Description = "No progress bar on standard error (it shows only for inputs over 4 MB when standard error is a terminal).",
    };

    /// <summary>True when the surrogate at <paramref name="i"/> has its partner, so it is written as is, not as <c>\uXXXX</c>.</summary>
    public static bool IsPaired(ReadOnlySpan<char> text, int i) =>
        char.IsHighSurrogate(text[i])
            ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
            : i > 0 && char.IsHighSurrogate(text[i - 1]);

    /// <summary>
    /// Writes a token or a sentence on one line: line breaks inside it become spaces (JSON keeps them as <c>\n</c>), tabs
    /// become spaces in text and TSV, other controls and lone surrogates are written as <c>\uXXXX</c> so nothing is
    /// silently replaced. (Tokens never hold whitespace, so for them only the last rule and JSON quoting apply.)
    /// </summary>
    public static void WriteEscaped(TextWriter output, ReadOnlySpan<char> text, OutputFormat format)
    {
        int clean = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            // The core's line breaks (CharPredicates.IsLineBreak: the CLI sees only UrduText's public API, as every package
            // that is not UrduText itself does); CharPredicatesTests holds this list to that predicate.
            bool lineBreak = c is '\n' or '\r' or '\v' or '\f' or '\u0085' or '\u2028' or '\u2029';
            bool escape = lineBreak || c < ' ' || c == '\u007F' || (char.IsSurrogate(c) && !CommonOptions.IsPaired(text, i))
                || (format == OutputFormat.Json && c is '"' or '\\');
            if (!escape)
            {
                continue;
            }

            output.Write(text[clean..i]);
            clean = i + 1;
            if (format == OutputFormat.Json)
            {
                switch (c)
                {
                    case '"' or '\\':
                        output.Write('\\');
                        output.Write(c);
                        continue;
                    case '\n':
                        output.Write("\\n");
                        continue;
                    case '\r':
                        output.Write("\\r");
                        continue;
                    case '\t':
                        output.Write("\\t");
                        continue;
                }
            }
            else if (lineBreak || c == '\t')
            {
                // CRLF inside a joined sentence is one line break, hence one space.
                if (!(c == '\n' && i > 0 && text[i - 1] == '\r'))
                {
                    output.Write(' ');
                }

                continue;
            }

            output.Write("\\u");
            output.Write(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }

        output.Write(text[clean..]);
    }
}

/// <summary>The output formats of the commands that report ranges (tokenize, sentences).</summary>
internal enum OutputFormat
{
    /// <summary>Plain text: tokens separated by spaces, or one sentence per line.</summary>
    Text,
    /// <summary>Tab-separated offsets and text (tokenize adds the kind).</summary>
    Tsv,
    /// <summary>JSON arrays of objects with offsets and text.</summary>
    Json,
}
