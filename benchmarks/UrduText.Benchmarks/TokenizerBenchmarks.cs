using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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
/// UrduText's tokenizer against its peers and two ceilings on each <see cref="Corpus"/> (the old repeated corpus
/// included, labelled, to show how it misleads), in one run. Every method returns the number of tokens it found, so
/// the work cannot be optimized away and tokens/s can be computed from the table.
/// Run: <c>dotnet run -c Release --project benchmarks/UrduText.Benchmarks -- --filter '*Tokenizer*'</c>.
/// </summary>
/// <remarks>
/// Min and Median are shown next to the mean because the shared 2-core machine preempts runs: the minimum of many
/// iterations is the most stable figure to take ratios from there.
/// </remarks>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
[Config(typeof(CorpusConfig))]
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

    /// <summary>The corpus every row of one table runs on.</summary>
    [ParamsSource(nameof(Corpora))]
    public Corpus Corpus { get; set; }

    /// <summary>The corpora of the table.</summary>
    public static IEnumerable<Corpus> Corpora => BenchmarkCorpus.RealAndRepeated;

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkCorpus.Text(Corpus);
        _destination = new UrduToken[4096];
        _icu = BreakIterator.GetWordInstance(new UCultureInfo("ur"));
        _ml = PreTokenizer.CreateWordOrPunctuation();
    }

    /// <summary>
    /// Prints how many tokens each row finds on each corpus (for tokens/s in the results header):
    /// <c>dotnet run -c Release --project benchmarks/UrduText.Benchmarks -- --tokenizer-counts</c>.
    /// </summary>
    public static void PrintTokenCounts()
    {
        foreach (Corpus corpus in Corpora)
        {
            var b = new TokenizerBenchmarks { Corpus = corpus };
            b.Setup();
            Console.WriteLine($"{corpus}: {b._text.Length} chars");
            foreach ((string name, Func<int> run) in b.Rows())
            {
                Console.WriteLine($"  {name}\t{run()}");
            }
        }
    }

    /// <summary>
    /// A load-robust cross-check for a busy machine: runs every row round-robin on one corpus (so load swings hit all
    /// rows alike) and prints each row's minimum time, MB/s and its ratio to EnumerateTokens:
    /// <c>dotnet run -c Release --project benchmarks/UrduText.Benchmarks -- --tokenizer-interleaved [rounds] [corpus]</c>.
    /// </summary>
    public static void PrintInterleavedMinimums(int rounds, Corpus corpus)
    {
        var b = new TokenizerBenchmarks { Corpus = corpus };
        b.Setup();
        (string Name, Func<int> Run)[] rows = b.Rows();
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
        Console.WriteLine($"{corpus}: {b._text.Length:N0} chars, {rounds} rounds, Vector256 accelerated: {Vector256.IsHardwareAccelerated}");
        Console.WriteLine("| Method | Min | MB/s | × EnumerateTokens |");
        Console.WriteLine("|---|---:|---:|---:|");
        for (int r = 0; r < rows.Length; r++)
        {
            Console.WriteLine(FormattableString.Invariant(
                $"| {rows[r].Name} | {best[r]:F3} ms | {bytes / 1e3 / best[r]:F0} | {best[r] / best[0]:F2} |"));
        }
    }

    /// <summary>
    /// Where the vector path hands over to the scalar scanner on a corpus, by cause (the first code unit a block did not
    /// know, or the rule that refused it): <c>dotnet run -c Release --project benchmarks/UrduText.Benchmarks -- --tokenizer-fallbacks [corpus]</c>.
    /// </summary>
    public static void PrintFallbacks(Corpus corpus)
    {
        string text = BenchmarkCorpus.Text(corpus);
        ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
        int blocks = 0, fallbacks = 0, scalarTokens = 0, settledSum = 0, i = 0;
        var causes = new Dictionary<string, int>();
        while (i <= text.Length - TokenBlocks.BlockLength)
        {
            blocks++;
            TokenBlocks.Decode<TokenBlock128>(ref first, i, out _, out _, out int settled, out int unknown);
            settledSum += settled;
            if (unknown < 0)
            {
                i += settled;
                continue;
            }

            fallbacks++;
            char u = text[i + unknown];
            char after = i + unknown + 1 < text.Length ? text[i + unknown + 1] : ' ';
            string cause = TokenBlocks.IsWordUnit(u) ? "a word starts with a mark"
                : TokenBlocks.IsPunctuationUnit(u) ? "punctuation after punctuation"
                : TokenBlocks.IsDigitUnit(u) ? $"a number followed by U+{(int)after:X4} {after}"
                : $"U+{(int)u:X4} {u}";
            causes[cause] = causes.GetValueOrDefault(cause) + 1;
            int until = i + unknown;
            i += settled;
            do
            {
                if (!TokenScanner.TryRead(text, i, out UrduToken token))
                {
                    i = text.Length;
                    break;
                }

                scalarTokens++;
                i = token.End;
            }
            while (i <= until);
        }

        Console.WriteLine(FormattableString.Invariant(
            $"{corpus}: {text.Length:N0} chars, {blocks:N0} blocks (mean {settledSum / (double)blocks:F1} code units settled), {fallbacks:N0} hand-overs, {scalarTokens:N0} tokens read by the scalar scanner"));
        foreach ((string cause, int n) in causes.OrderByDescending(kv => kv.Value).Take(20))
        {
            Console.WriteLine(FormattableString.Invariant($"  {n,6}  {cause}"));
        }
    }

    (string Name, Func<int> Run)[] Rows() =>
    [
        (nameof(EnumerateTokens), EnumerateTokens), (nameof(CountTokens), CountTokens), (nameof(TokenizeSpan), TokenizeSpan),
        (nameof(NaiveTableScanner), NaiveTableScanner), (nameof(VectorBitmaskScan), VectorBitmaskScan),
        (nameof(Icu4nBreakIterator), Icu4nBreakIterator), (nameof(LuceneStandardTokenizer), LuceneStandardTokenizer),
        (nameof(RegexCompiled), RegexCompiled), (nameof(RegexSourceGenerated), RegexSourceGenerated), (nameof(MlWordOrPunctuation), MlWordOrPunctuation),
    ];

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

    /// <summary>
    /// The vector ceiling (the Sep / simdjson approach with nothing else): Vector256 compares mark Arabic letters and
    /// marks (U+0620–U+06D3) and spaces/line feeds 16 code units at a time; every token start (a letter after a
    /// non-letter, or any other non-space code unit) is walked with TrailingZeroCount and its length taken from the
    /// letter mask, as an enumerator must. It knows nothing else, so it is wrong on numbers, Latin words, URLs, emoji,
    /// joiners and surrogate pairs. Returns the token count; the lengths go into a checksum so the walk stays.
    /// </summary>
    [Benchmark]
    public int VectorBitmaskScan()
    {
        ReadOnlySpan<char> text = _text;
        ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        int count = 0;
        int lengths = 0;
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            // Letter and start masks cover 16 code units plus the carry of the letter run from the block before.
            uint letterBefore = 0;
            for (; i <= text.Length - 32; i += 16)
            {
                Vector256<ushort> v = Vector256.LoadUnsafe(ref first, (nuint)i);
                Vector256<ushort> next = Vector256.LoadUnsafe(ref first, (nuint)i + 16);
                uint letters = Letters(v) | (Letters(next) << 16);
                uint spaces = (Vector256.Equals(v, Vector256.Create((ushort)' ')) | Vector256.Equals(v, Vector256.Create((ushort)'\n'))).ExtractMostSignificantBits();
                uint starts = ((letters & ~((letters << 1) | letterBefore)) | ~(letters | spaces)) & 0xFFFF;
                while (starts != 0)
                {
                    int bit = BitOperations.TrailingZeroCount(starts);
                    starts &= starts - 1;
                    lengths += Math.Max(1, BitOperations.TrailingZeroCount(~(letters >> bit))); // runs past 32 are cut: a ceiling
                    count++;
                }

                letterBefore = (letters >> 15) & 1;
            }
        }

        for (; i < text.Length; i++)
        {
            char c = text[i];
            bool letter = (uint)(c - 0x0620) <= 0x06D3 - 0x0620;
            bool previousLetter = i > 0 && (uint)(text[i - 1] - 0x0620) <= 0x06D3 - 0x0620;
            count += (letter && !previousLetter) || (!letter && c != ' ' && c != '\n') ? 1 : 0;
        }

        return count + (lengths & 0x40000000);

        static uint Letters(Vector256<ushort> v) =>
            Vector256.LessThanOrEqual(v - Vector256.Create((ushort)0x0620), Vector256.Create((ushort)(0x06D3 - 0x0620))).ExtractMostSignificantBits();
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
