using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using ICU4N.Globalization;
using ICU4N.Text;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using Microsoft.ML.Tokenizers;
using UrduText.Internal;

namespace UrduText.Benchmarks;

/// <summary>
/// UrduText's tokenizer against its peers over the shared ~1 MiB corpus, in one run. Every method returns the
/// number of tokens it found, so the work cannot be optimized away and tokens/s can be computed from the table.
/// Run: <c>dotnet run -c Release --project benchmarks/UrduText.Benchmarks -- --filter '*Tokenizer*'</c>.
/// </summary>
/// <remarks>
/// Min and Median are shown next to the mean because the shared 2-core machine preempts runs: the minimum of many
/// iterations is the most stable figure to take ratios from there.
/// </remarks>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public partial class TokenizerBenchmarks
{
    // What the regex peers match, in the spirit of the UrduText rules: URLs, e-mails, numbers with separators,
    // runs of letters and marks (with ZWNJ and '_'), and any other single non-space character.
    const string Pattern =
        @"(?:https?://|www\.)[^\s،؛۔؟]+[^\s،؛۔؟.,:;!?)]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\d+(?:[.,:/٫٬]\d+)*|[\p{L}\p{M}_\u200C]+|\S";

    static readonly Regex s_compiled = new(Pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant);

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex SourceGenerated();

    string _text = "";
    UrduToken[] _destination = [];
    BreakIterator _icu = null!;
    PreTokenizer _ml = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkCorpus.Canonical;
        _destination = new UrduToken[4096];
        _icu = BreakIterator.GetWordInstance(new UCultureInfo("ur"));
        _ml = PreTokenizer.CreateWordOrPunctuation();
    }

    /// <summary>
    /// Prints how many tokens each row finds on the corpus (for tokens/s in the results header):
    /// <c>dotnet run -c Release --project benchmarks/UrduText.Benchmarks -- --tokenizer-counts</c>.
    /// </summary>
    public static void PrintTokenCounts()
    {
        var b = new TokenizerBenchmarks();
        b.Setup();
        Console.WriteLine($"corpus chars\t{b._text.Length}");
        Console.WriteLine($"{nameof(EnumerateTokens)}\t{b.EnumerateTokens()}");
        Console.WriteLine($"{nameof(CountTokens)}\t{b.CountTokens()}");
        Console.WriteLine($"{nameof(TokenizeSpan)}\t{b.TokenizeSpan()}");
        Console.WriteLine($"{nameof(NaiveTableScanner)}\t{b.NaiveTableScanner()}");
        Console.WriteLine($"{nameof(Icu4nBreakIterator)}\t{b.Icu4nBreakIterator()}");
        Console.WriteLine($"{nameof(LuceneStandardTokenizer)}\t{b.LuceneStandardTokenizer()}");
        Console.WriteLine($"{nameof(RegexCompiled)}\t{b.RegexCompiled()}");
        Console.WriteLine($"{nameof(RegexSourceGenerated)}\t{b.RegexSourceGenerated()}");
        Console.WriteLine($"{nameof(MlWordOrPunctuation)}\t{b.MlWordOrPunctuation()}");
    }

    /// <summary>
    /// A load-robust cross-check for a busy machine: runs every row round-robin (so load swings hit all rows
    /// alike) and prints each row's minimum time and its ratio to the naive scanner and to EnumerateTokens:
    /// <c>dotnet run -c Release --project benchmarks/UrduText.Benchmarks -- --tokenizer-interleaved [rounds]</c>.
    /// </summary>
    public static void PrintInterleavedMinimums(int rounds)
    {
        var b = new TokenizerBenchmarks();
        b.Setup();
        (string Name, Func<int> Run)[] rows =
        [
            (nameof(EnumerateTokens), b.EnumerateTokens), (nameof(CountTokens), b.CountTokens), (nameof(TokenizeSpan), b.TokenizeSpan),
            (nameof(NaiveTableScanner), b.NaiveTableScanner), (nameof(Icu4nBreakIterator), b.Icu4nBreakIterator),
            (nameof(LuceneStandardTokenizer), b.LuceneStandardTokenizer), (nameof(RegexCompiled), b.RegexCompiled),
            (nameof(RegexSourceGenerated), b.RegexSourceGenerated), (nameof(MlWordOrPunctuation), b.MlWordOrPunctuation),
        ];
        var best = new double[rows.Length];
        Array.Fill(best, double.MaxValue);
        for (int round = 0; round < rounds; round++)
        {
            for (int r = 0; r < rows.Length; r++)
            {
                long start = System.Diagnostics.Stopwatch.GetTimestamp();
                rows[r].Run();
                best[r] = Math.Min(best[r], System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }

        double bytes = b._text.Length * 2.0;
        Console.WriteLine("| Method | Min | MB/s | × naive | × EnumerateTokens |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        for (int r = 0; r < rows.Length; r++)
        {
            Console.WriteLine(FormattableString.Invariant(
                $"| {rows[r].Name} | {best[r]:F3} ms | {bytes / 1e3 / best[r]:F0} | {best[r] / best[3]:F2} | {best[r] / best[0]:F2} |"));
        }
    }

    /// <summary>UrduText: the ref struct enumerator in foreach (the API users write).</summary>
    [Benchmark(Baseline = true)]
    public int EnumerateTokens()
    {
        int count = 0;
        foreach (UrduToken token in UrduTokenizer.EnumerateTokens(_text))
        {
            count += (int)token.Kind >= 0 ? 1 : 0;
        }

        return count;
    }

    /// <summary>UrduText: counting without materializing.</summary>
    [Benchmark]
    public int CountTokens() => UrduTokenizer.CountTokens(_text);

    /// <summary>UrduText: the span overload, resumed through a 4096-token destination.</summary>
    [Benchmark]
    public int TokenizeSpan()
    {
        ReadOnlySpan<char> text = _text;
        int count = 0;
        while (true)
        {
            var status = UrduTokenizer.Tokenize(text, _destination, out int consumed, out int written);
            count += written;
            if (status == System.Buffers.OperationStatus.Done)
            {
                return count;
            }

            text = text[consumed..];
        }
    }

    /// <summary>
    /// The ceiling: a naive one-pass scanner over the same 64K table that knows only "whitespace", "letter or mark
    /// run" and "anything else is one token". It gets numbers, URLs, emoji and surrogate pairs wrong.
    /// </summary>
    [Benchmark]
    public int NaiveTableScanner()
    {
        ReadOnlySpan<char> text = _text;
        int count = 0;
        int i = 0;
        while (i < text.Length)
        {
            CharClass cls = CharClasses.Of(text[i]);
            if (cls is CharClass.Space or CharClass.LineBreak)
            {
                i++;
                continue;
            }

            count++;
            i++;
            if (CharClasses.IsLetter(cls))
            {
                while (i < text.Length && (CharClasses.IsLetter(cls = CharClasses.Of(text[i])) || cls == CharClass.CombiningMark))
                {
                    i++;
                }
            }
        }

        return count;
    }

    /// <summary>ICU4N's word BreakIterator for locale ur; counts the segments that are not whitespace.</summary>
    [Benchmark]
    public int Icu4nBreakIterator()
    {
        string text = _text;
        BreakIterator bi = _icu;
        bi.SetText(text);
        int count = 0;
        int start = bi.First();
        for (int end = bi.Next(); end != BreakIterator.Done; start = end, end = bi.Next())
        {
            if (!char.IsWhiteSpace(text[start]))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Lucene.Net's StandardTokenizer (UAX #29 words; drops punctuation).</summary>
    [Benchmark]
    public int LuceneStandardTokenizer()
    {
        using var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, new StringReader(_text));
        var term = tokenizer.AddAttribute<ICharTermAttribute>();
        tokenizer.Reset();
        int count = 0;
        while (tokenizer.IncrementToken())
        {
            count += term.Length > 0 ? 1 : 0;
        }

        tokenizer.End();
        return count;
    }

    /// <summary>A compiled Regex with the URL/e-mail/number/word/other alternatives, counted without allocation.</summary>
    [Benchmark]
    public int RegexCompiled() => s_compiled.Count(_text);

    /// <summary>The same pattern, source-generated.</summary>
    [Benchmark]
    public int RegexSourceGenerated() => SourceGenerated().Count(_text);

    /// <summary>Microsoft.ML.Tokenizers' word-or-punctuation pre-tokenizer (a regex inside).</summary>
    [Benchmark]
    public int MlWordOrPunctuation()
    {
        int count = 0;
        foreach ((int Offset, int Length) _ in _ml.PreTokenize(_text.AsSpan()))
        {
            count++;
        }

        return count;
    }
}
