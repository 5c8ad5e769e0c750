using System.Buffers;
using System.CommandLine;
using System.Globalization;
using UrduText.Cli.IO;

namespace UrduText.Cli.Commands;

/// <summary><c>urdutext translit</c>: Urdu to Latin line by line, the reverse of the Reversible scheme, Roman Urdu to Urdu (<c>--to urdu</c>), or ranked candidates for a word.</summary>
internal static class TranslitCommand
{
    public static Command Create()
    {
        var command = new Command("translit", "Transliterate Urdu into Latin script, line by line (Readable by default: names as the world writes them).");
        Option<string> scheme = CommonOptions.Choice("--scheme", "readable: names as the world writes them; ala-lc: the library romanization; reversible: lossless ASCII.",
            "readable", "ala-lc", "reversible");
        Option<string> model = CommonOptions.Choice("--model",
            "Readable only. data: the model trained on the Dakshina Urdu romanization data (UrduText.Data, CC BY-SA 4.0); builtin: the core package's permissive model.",
            "data", "builtin");
        Option<string> to = CommonOptions.Choice("--to",
            "latin: Urdu script to Latin (the default); urdu: Roman Urdu (aap kaise hain) to Urdu script, with --model data (default) or builtin (rules only).",
            "latin", "urdu");
        var reverse = new Option<bool>("--reverse") { Description = "Decode Reversible-scheme text back into Urdu (only with --scheme reversible)." };
        var candidates = new Option<int?>("--candidates") { Description = "Print up to N ranked spellings with scores for the WORD(s) given as arguments." };
        var replaceInvalid = CommonOptions.ReplaceInvalid();
        Option<bool> quiet = CommonOptions.Quiet();
        var input = new Argument<string[]>("FILE")
        {
            Description = "Input files (UTF-8), read one after the other like cat; omit them or pass - for standard input. With --candidates: the word or name.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        command.Options.Add(scheme);
        command.Options.Add(model);
        command.Options.Add(to);
        command.Options.Add(reverse);
        command.Options.Add(candidates);
        command.Options.Add(replaceInvalid);
        command.Options.Add(quiet);
        command.Arguments.Add(input);
        command.SetAction(parse =>
        {
            string[] args = parse.GetValue(input) ?? [];
            TransliterationScheme s = parse.GetValue(scheme) switch
            {
                "ala-lc" => TransliterationScheme.AlaLc,
                "reversible" => TransliterationScheme.Reversible,
                _ => TransliterationScheme.Readable,
            };
            bool builtin = parse.GetValue(model) == "builtin";
            if (parse.GetValue(to) == "urdu")
            {
                return RunToUrdu(builtin ? RomanUrduConverter.Default : UrduTextData.RomanUrduConverter, args, parse.GetValue(candidates),
                    parse.GetValue(reverse), parse.GetValue(quiet), parse.GetValue(replaceInvalid));
            }

            UrduTransliterator readable = builtin ? UrduTransliterator.Default : UrduTextData.Transliterator;
            using TextWriter output = InputSource.OpenOutput();
            if (parse.GetValue(candidates) is int k)
            {
                CheckCandidates(k, args, "--candidates needs the word or name to spell, e.g. translit --candidates 5 عمران");
                WriteCandidates(output, readable.Candidates(string.Join(' ', args), k));
                return CliRunner.Success;
            }

            bool back = parse.GetValue(reverse);
            if (back && s != TransliterationScheme.Reversible)
            {
                throw new CliException("--reverse decodes the reversible scheme: use it with --scheme reversible");
            }

            var transliterator = s == TransliterationScheme.Readable ? readable : new UrduTransliterator(s);
            Run(InputSource.OpenWithProgress(args, parse.GetValue(quiet)), output, transliterator, back, parse.GetValue(replaceInvalid));
            return CliRunner.Success;
        });
        return command;
    }

    static int RunToUrdu(RomanUrduConverter converter, string[] args, int? candidates, bool reverse, bool quiet, bool replaceInvalid)
    {
        if (reverse)
        {
            throw new CliException("--reverse decodes the reversible scheme: it does not combine with --to urdu");
        }

        using TextWriter output = InputSource.OpenOutput();
        if (candidates is int k)
        {
            CheckCandidates(k, args, "--candidates needs the word to spell, e.g. translit --to urdu --candidates 5 kaise");
            foreach (string word in args)
            {
                WriteCandidates(output, converter.Candidates(word, k));
            }

            return CliRunner.Success;
        }

        RunToUrdu(InputSource.OpenWithProgress(args, quiet), output, converter, replaceInvalid);
        return CliRunner.Success;
    }

    static void CheckCandidates(int count, string[] args, string missingWord)
    {
        if (count < 1)
        {
            throw new CliException("--candidates needs a count of at least 1");
        }

        if (args.Length == 0)
        {
            throw new CliException(missingWord);
        }
    }

    /// <summary>One candidate per line: text, score, source (tab-separated).</summary>
    static void WriteCandidates(TextWriter output, IEnumerable<TransliterationCandidate> candidates)
    {
        foreach (TransliterationCandidate c in candidates)
        {
            output.Write(c.Text);
            output.Write('\t');
            output.Write(c.Score.ToString("0.###", CultureInfo.InvariantCulture));
            output.Write('\t');
            output.WriteLine(c.Source.ToString().ToLowerInvariant());
        }
    }

    /// <summary>Converts every Roman Urdu line of <paramref name="input"/> into Urdu script.</summary>
    internal static void RunToUrdu(Stream input, TextWriter output, RomanUrduConverter converter, bool replaceInvalid) =>
        ConvertLines(input, output, replaceInvalid, converter.Convert);

    /// <summary>Transliterates every line of <paramref name="input"/> into <paramref name="output"/>.</summary>
    internal static void Run(Stream input, TextWriter output, UrduTransliterator transliterator, bool reverse, bool replaceInvalid) =>
        ConvertLines(input, output, replaceInvalid, reverse ? UrduTransliterator.FromReversible : transliterator.Transliterate);

    /// <summary>A span conversion that writes whole units and reports <see cref="OperationStatus.DestinationTooSmall"/>.</summary>
    delegate OperationStatus SpanConversion(ReadOnlySpan<char> source, Span<char> destination, out int charsConsumed, out int charsWritten);

    /// <summary>
    /// Runs <paramref name="convert"/> over every line, reusing one buffer that doubles when not even one unit fits.
    /// </summary>
    static void ConvertLines(Stream input, TextWriter output, bool replaceInvalid, SpanConversion convert)
    {
        using var reader = new Utf8LineReader(input, replaceInvalid);
        char[] buffer = new char[4096];
        while (reader.TryReadLine(out ReadOnlyMemory<char> line))
        {
            ReadOnlySpan<char> rest = line.Span;
            while (true)
            {
                OperationStatus status = convert(rest, buffer, out int consumed, out int written);
                output.Write(buffer, 0, written);
                rest = rest[consumed..];
                if (status == OperationStatus.Done)
                {
                    break;
                }

                if (consumed == 0)
                {
                    buffer = new char[buffer.Length * 2];
                }
            }

            output.Write('\n');
        }
    }
}
