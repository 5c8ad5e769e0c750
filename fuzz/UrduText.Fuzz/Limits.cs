using System.Diagnostics;
using System.Globalization;
using UrduText.Tests.Properties;

namespace UrduText.Fuzz;

/// <summary>
/// The hostile inputs of issue 6 at full size: a 100 MB line without spaces, 1 M combining marks on one letter, 10 M emoji,
/// a text of only punctuation. Each runs through the streaming APIs (and the one-shot string APIs where the input fits in a
/// string) at half and full size; the report gives time, throughput, the time ratio (linear ≈ 2) and peak memory.
/// </summary>
internal static class Limits
{
    sealed record Case(string Name, string Prefix, string Unit, long FullChars, bool OneShot);

    public static int Run(bool full, TextWriter log)
    {
        long scale = full ? 1 : 16;
        Case[] cases =
        [
            new("100 MB line, Urdu letters, no spaces", "", "\u067E\u0627\u06A9\u0633\u062A\u0627\u0646", 50_000_000 / scale, false),
            new("100 MB line, words and punctuation, no spaces", "", "\u0627\u0631\u062F\u0648\u060C\u0632\u0628\u0627\u0646\u06D4", 50_000_000 / scale, false),
            new("1 M combining marks on one letter", "\u0628", "\u064E\u0651\u0650", 1_000_001 / (full ? 1 : 4), true),
            new("10 M emoji", "", "\U0001F44D\U0001F3FD", 10_000_000 * 4 / scale, false),
            new("only punctuation", "", "\u06D4\u061F!\u060C\u2026\"'()", 50_000_000 / scale, false),
        ];

        int failures = 0;
        foreach (Case c in cases)
        {
            foreach ((string operation, Func<TextReader, long> run) in Operations())
            {
                double half = Measure(c, c.FullChars / 2, run, out _);
                double whole = Measure(c, c.FullChars, run, out long units);
                log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{c.Name,-48} {operation,-22} {c.FullChars * 2 / 1_000_000.0,8:F1} MB  {whole,7:F2} s  {c.FullChars * 2 / 1_000_000.0 / whole,7:F1} MB/s  ratio full/half {whole / half,4:F2}  units {units,10}  peak WS {Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576,5} MiB"));
            }

            if (c.OneShot)
            {
                string text = c.Prefix + string.Concat(Enumerable.Repeat(c.Unit, (int)((c.FullChars - c.Prefix.Length) / c.Unit.Length)));
                var clock = Stopwatch.StartNew();
                string normalized = UrduNormalizer.Default.Normalize(text);
                int tokens = UrduTokenizer.CountTokens(text);
                bool isNormalized = UrduNormalizer.Default.IsNormalized(text);
                OneShotOthers(text);
                log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{c.Name,-48} {"one-shot string APIs",-22} {text.Length * 2 / 1_000_000.0,8:F1} MB  {clock.Elapsed.TotalSeconds,7:F2} s  normalized {normalized.Length} chars, {tokens} tokens, IsNormalized {isNormalized}"));
            }
        }

        failures += RandomWords(full ? 100_000 : 6_250, log);
        return failures;
    }

    /// <summary>
    /// Transliteration's worst case (issue 18): random words of 8–30 Urdu letters, which no list knows, so every one is
    /// decoded by the model. Half and full size, memos emptied first, through the string API and through the span API
    /// with a fixed 4,096-char destination (which must make progress on every call). Fails when a letter costs more than
    /// <see cref="MaxMicrosecondsPerLetter"/> (ten times the documented figure: a wide margin for shared machines) or the
    /// time grows faster than the input.
    /// </summary>
    static int RandomWords(int words, TextWriter log)
    {
        int failures = 0;
        foreach ((string name, UrduTransliterator t, TransliterationModel model) in new[]
        {
            ("built-in model", UrduTransliterator.Default, TransliterationModel.BuiltIn),
            ("UrduText.Data model", UrduTextData.Transliterator, UrduTextData.TransliterationModel),
        })
        {
            double half = TimeRandomWords(words / 2, t, model, out _);
            double whole = TimeRandomWords(words, t, model, out int letters);
            double perLetter = whole * 1e6 / letters;
            bool ok = perLetter <= MaxMicrosecondsPerLetter && whole / half < 3;
            failures += ok ? 0 : 1;
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{"random 8-30 letter words, translit " + name,-48} {words,8} words  {whole,7:F2} s  {perLetter,6:F2} us/letter  ratio full/half {whole / half,4:F2}  {(ok ? "ok" : "FAIL")}"));
        }

        return failures;
    }

    /// <summary>The failure threshold of <see cref="RandomWords"/>, in microseconds per letter.</summary>
    const double MaxMicrosecondsPerLetter = 50;

    static double TimeRandomWords(int words, UrduTransliterator t, TransliterationModel model, out int letters)
    {
        string input = RandomLetterWords.Text(seed: words, count: words, out letters);
        model.ClearMemos();
        var clock = Stopwatch.StartNew();
        string oneShot = t.Transliterate(input);
        model.ClearMemos();
        var destination = new char[4096];
        ReadOnlySpan<char> rest = input;
        long written = 0;
        while (t.Transliterate(rest, destination, out int consumed, out int n) != System.Buffers.OperationStatus.Done)
        {
            if (consumed == 0)
            {
                throw new InvalidOperationException("a 4,096-char destination made no progress");
            }

            rest = rest[consumed..];
            written += n;
        }

        if (written == 0 || oneShot.Length == 0)
        {
            throw new InvalidOperationException("no output");
        }

        return clock.Elapsed.TotalSeconds / 2;
    }

    static double Measure(Case c, long chars, Func<TextReader, long> run, out long units)
    {
        var clock = Stopwatch.StartNew();
        units = run(new RepeatReader(c.Prefix, c.Unit, chars));
        return clock.Elapsed.TotalSeconds;
    }

    static IEnumerable<(string, Func<TextReader, long>)> Operations()
    {
        yield return ("stream normalize", reader => UrduNormalizer.Default.Normalize(reader, TextWriter.Null));
        yield return ("stream tokens", reader => CountReads(new UrduTokenReader(reader).Read));
        yield return ("stream sentences", reader => CountReads(new UrduSentenceReader(reader).Read));
    }

    static long CountReads(Func<bool> read)
    {
        long n = 0;
        while (read())
        {
            n++;
        }

        return n;
    }

    // The one-shot APIs not covered above, on the same string: they must finish and stay linear too.
    static void OneShotOthers(string text)
    {
        int sentences = 0;
        foreach (UrduSentence _ in UrduSentenceSegmenter.Default.EnumerateSentences(text))
        {
            sentences++;
        }

        _ = UrduTransliterator.Default.Transliterate(text);
        _ = sentences;
    }

    /// <summary>Keeps the shared-file type referenced so the linked sources stay in use.</summary>
    internal static string Describe(string text) => Invariants.Escape(text);
}
