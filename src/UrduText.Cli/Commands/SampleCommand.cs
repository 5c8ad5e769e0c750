using System.CommandLine;
using System.Reflection;
using UrduText.Cli.IO;

namespace UrduText.Cli.Commands;

/// <summary>The default action: runs every stage on the built-in sample article.</summary>
internal static class SampleCommand
{
    public static void Configure(RootCommand root)
    {
        root.SetAction(_ =>
        {
            using TextWriter output = InputSource.OpenOutput();
            Run(LoadSample(), output);
            return CliRunner.Success;
        });
    }

    /// <summary>The sample: an Urdu news article (Independent Urdu) with names, quotes, numbers and web boilerplate.</summary>
    public static string LoadSample()
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("UrduText.Cli.Sample.txt")
            ?? throw new InvalidOperationException("The built-in sample is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    internal static void Run(string sample, TextWriter output)
    {
        output.WriteLine("== Sample: an Urdu news article ==");
        output.WriteLine(sample.TrimEnd());

        // Normalization: the article as an Arabic keyboard and a PDF would deliver it, then canonical again.
        output.WriteLine();
        output.WriteLine("== Normalized (UrduNormalizer.Default) ==");
        string firstParagraph = sample.TrimStart().Split('\n', 2)[0];
        string dirty = firstParagraph.Replace('\u06CC', '\u064A').Replace('\u06A9', '\u0643').Replace("\u06BE", "\u0647", StringComparison.Ordinal);
        output.WriteLine($"input  (Arabic keyboard: ي ك ه): {dirty}");
        output.WriteLine($"output (canonical Urdu):         {UrduNormalizer.Default.Normalize(dirty)}");
        string normalized = UrduNormalizer.Default.Normalize(sample);
        output.WriteLine(ReferenceEquals(normalized, sample)
            ? "The whole article is already canonical: Normalize returned the same string instance."
            : $"The whole article: {sample.Length} chars in, {normalized.Length} chars out.");
        output.WriteLine();
        output.WriteLine("== Tokens ==");
        output.WriteLine(TokenizeCommand.Summarize(sample));
        ReadOnlySpan<char> firstLine = sample.AsSpan().TrimStart();
        int newline = firstLine.IndexOfAny('\r', '\n');
        TokenizeCommand.WriteLine(newline < 0 ? firstLine : firstLine[..newline], output, OutputFormat.Text);

        output.WriteLine();
        output.WriteLine("== Sentences ==");
        int number = 0;
        foreach (UrduSentence sentence in UrduSentenceSegmenter.Default.EnumerateSentences(sample))
        {
            output.Write((++number).ToString(System.Globalization.CultureInfo.InvariantCulture));
            output.Write(". ");
            SentencesCommand.WriteSentence(sample.AsSpan(sentence.Start, sentence.Length), sentence.Start, output, OutputFormat.Text, number == 1);
        }

        WriteTransliteratedNames(sample, output);
    }

    /// <summary>The "transliterated names" section: the article's names in Readable Latin, then one paragraph in full.</summary>
    static void WriteTransliteratedNames(string sample, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("== Transliterated names (Readable scheme) ==");
        string[] names =
        [
            "\u0648\u0644\u0627\u062F\u06CC \u0645\u06CC\u0631 \u067E\u0648\u062A\u0646", // ولادی میر پوتن
            "\u06A9\u0645 \u062C\u0648\u0646\u06AF \u0627\u064F\u0646",                       // کم جونگ اُن
            "\u067E\u06CC\u0627\u0646\u06AF \u06CC\u0627\u0646\u06AF",                       // پیانگ یانگ
            "\u0648\u0648\u0633\u0679\u0648\u0686\u0646\u06CC \u06A9\u0627\u0633\u0645\u0648\u0688\u0631\u0648\u0645", // ووسٹوچنی کاسموڈروم
            "\u06CC\u0648\u06A9\u0648 \u06A9\u0627\u0645\u06CC\u06A9\u0627\u0648\u0627", // یوکو کامیکاوا
            "\u0627\u06D2 \u0627\u06CC\u0641 \u067E\u06CC",                                   // اے ایف پی
        ];
        foreach (string name in names)
        {
            if (sample.Contains(name, StringComparison.Ordinal))
            {
                output.WriteLine($"{name} \u2192 {UrduTextData.Transliterator.Transliterate(name)}");
            }
        }

        string[] paragraphs = sample.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (paragraphs.Length > 3)
        {
            output.WriteLine();
            output.WriteLine(UrduTextData.Transliterator.Transliterate(paragraphs[3]));
        }
    }
}
