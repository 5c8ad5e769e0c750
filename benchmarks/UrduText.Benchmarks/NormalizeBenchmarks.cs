using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ICU4N.Text;
using UrduText.Normalization;

namespace UrduText.Benchmarks;

/// <summary>
/// UrduNormalizer against its peers on each <see cref="Corpus"/> (normalized first, so that it is canonical), in one class so that one run measures all of them:
/// canonical text (recognized and returned as is) against a plain 64K-entry table map into a preallocated span (the
/// ceiling for touching every character once), and dirty text (<see cref="Dirtifier"/>) against
/// <c>string.Normalize(FormKC)</c> and ICU4N's NFKC (<c>Normalizer2.NFKCInstance</c>, the port of ICU's <c>getNFKCInstance()</c>).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(CorpusConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class NormalizeBenchmarks
{
    /// <summary>The corpus every row of one table runs on.</summary>
    [ParamsSource(nameof(Corpora))]
    public Corpus Corpus { get; set; }

    /// <summary>The corpora of the table.</summary>
    public static IEnumerable<Corpus> Corpora => BenchmarkCorpus.Real;

    readonly char[] _table = new char[65536];
    string _canonical = "";
    string _dirty = "";
    char[] _destination = [];
    Normalizer2 _icuNfkc = null!;

    [GlobalSetup]
    public void Setup()
    {
        _canonical = UrduNormalizer.Default.Normalize(BenchmarkCorpus.Text(Corpus));
        _dirty = Dirtifier.Dirty(_canonical);
        _destination = new char[UrduNormalizer.Default.GetMaxNormalizedLength(_dirty.Length)];
        for (int c = 0; c < _table.Length; c++)
        {
            _table[c] = (char)c;
        }

        _table['\u064A'] = '\u06CC'; // a real mapping, so the map is not an identity the JIT could see through
        _icuNfkc = Normalizer2.NFKCInstance;
        if (!ReferenceEquals(UrduNormalizer.Default.Normalize(_canonical), _canonical))
        {
            throw new InvalidOperationException("the canonical corpus is not canonical");
        }

        // The round trip differs only where D2a guesses ھ/ہ wrongly; report how often, for the results header.
        string back = UrduNormalizer.Default.Normalize(_dirty);
        int differing = 0;
        for (int i = 0; i < Math.Min(back.Length, _canonical.Length); i++)
        {
            differing += back[i] != _canonical[i] ? 1 : 0;
        }

        Console.WriteLine($"// corpus {Corpus}: canonical {_canonical.Length} chars, dirty {_dirty.Length} chars; dirty -> normalized: {back.Length} chars, {differing} differ from canonical");
    }

    /// <summary>The ceiling: one table lookup and one store per character, into a preallocated span.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Canonical")]
    public int TableMapCanonical() => TableMap(_canonical);

    /// <summary>Canonical text: recognized, returned as the same instance, nothing allocated.</summary>
    [Benchmark, BenchmarkCategory("Canonical")]
    public string NormalizeStringCanonical() => UrduNormalizer.Default.Normalize(_canonical);

    /// <summary>The same scan without the string wrapper.</summary>
    [Benchmark, BenchmarkCategory("Canonical")]
    public bool IsNormalizedCanonical() => UrduNormalizer.Default.IsNormalized(_canonical);

    /// <summary>The ceiling on the dirty text, for scale.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Dirty")]
    public int TableMapDirty() => TableMap(_dirty);

    /// <summary>Dirty text through the string overload (allocates the result).</summary>
    [Benchmark, BenchmarkCategory("Dirty")]
    public string NormalizeStringDirty() => UrduNormalizer.Default.Normalize(_dirty);

    /// <summary>Dirty text through the span core into a preallocated destination (allocates nothing).</summary>
    [Benchmark, BenchmarkCategory("Dirty")]
    public int NormalizeSpanDirty()
    {
        UrduNormalizer.Default.Normalize(_dirty, _destination, out _, out int written);
        return written;
    }

    /// <summary>
    /// The same without D2a (do-chashmi restoration), the one rule that decides per word from word lists: shows what
    /// the per-character rules cost on their own, since neither peer restores do-chashmi at all.
    /// </summary>
    [Benchmark, BenchmarkCategory("Dirty")]
    public int NormalizeSpanDirtyWithoutDoChashmi()
    {
        s_withoutDoChashmi.Normalize(_dirty, _destination, out _, out int written);
        return written;
    }

    static readonly UrduNormalizer s_withoutDoChashmi = new(UrduNormalizationOptions.Default & ~UrduNormalizationOptions.DoChashmiRestoration);

    /// <summary>Peer: the runtime's NFKC (which still leaves ي ك ه, kashida and bidi marks in place).</summary>
    [Benchmark, BenchmarkCategory("Dirty")]
    public string StringNormalizeFormKCDirty() => _dirty.Normalize(NormalizationForm.FormKC);

    /// <summary>Peer: ICU4N's NFKC (<c>Normalizer2.NFKCInstance</c>, the port of ICU's <c>getNFKCInstance()</c>).</summary>
    [Benchmark, BenchmarkCategory("Dirty")]
    public string Icu4nNfkcDirty() => _icuNfkc.Normalize(_dirty);

    /// <summary>
    /// A load-robust cross-check for a busy machine: runs every row round-robin on one corpus (so load swings hit all
    /// rows alike) and prints each row's minimum time, MB/s and the issue-13 ratios:
    /// <c>dotnet run -c Release --project benchmarks/UrduText.Benchmarks -- --normalizer-interleaved [rounds] [corpus]</c>.
    /// </summary>
    public static void PrintInterleavedMinimums(int rounds, Corpus corpus)
    {
        var b = new NormalizeBenchmarks { Corpus = corpus };
        b.Setup();
        (string Name, int Chars, Func<object> Run)[] rows =
        [
            (nameof(TableMapCanonical), b._canonical.Length, () => b.TableMapCanonical()),
            (nameof(IsNormalizedCanonical), b._canonical.Length, () => b.IsNormalizedCanonical()),
            (nameof(NormalizeStringCanonical), b._canonical.Length, () => b.NormalizeStringCanonical()),
            (nameof(TableMapDirty), b._dirty.Length, () => b.TableMapDirty()),
            (nameof(NormalizeSpanDirty), b._dirty.Length, () => b.NormalizeSpanDirty()),
            (nameof(NormalizeSpanDirtyWithoutDoChashmi), b._dirty.Length, () => b.NormalizeSpanDirtyWithoutDoChashmi()),
            (nameof(StringNormalizeFormKCDirty), b._dirty.Length, () => b.StringNormalizeFormKCDirty()),
            (NormalizeSpanDirty128, b._dirty.Length, () => b.NormalizeSpanDirtyWith(s_blocks128)),
            (NormalizeSpanDirtyNoBlocks, b._dirty.Length, () => b.NormalizeSpanDirtyWith(s_noBlocks)),
            (nameof(Icu4nNfkcDirty), b._dirty.Length, () => b.Icu4nNfkcDirty()),
        ];
        var best = new double[rows.Length];
        Array.Fill(best, double.MaxValue);
        for (int round = 0; round < rounds; round++)
        {
            for (int r = 0; r < rows.Length; r++)
            {
                if (r == rows.Length - 1 && round % 5 != 0)
                {
                    continue; // ICU4N takes longer than all other rows together: every fifth round is enough for a minimum
                }

                long start = System.Diagnostics.Stopwatch.GetTimestamp();
                rows[r].Run();
                best[r] = Math.Min(best[r], System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }

        Console.WriteLine($"{corpus}: canonical {b._canonical.Length:N0} chars, dirty {b._dirty.Length:N0} chars, {rounds} rounds, Vector256 accelerated: {System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated}");
        Console.WriteLine("| Method | Min | MB/s |");
        Console.WriteLine("|---|---:|---:|");
        for (int r = 0; r < rows.Length; r++)
        {
            Console.WriteLine(FormattableString.Invariant($"| {rows[r].Name} | {best[r]:F3} ms | {rows[r].Chars * 2.0 / 1e3 / best[r]:F0} |"));
        }

        Console.WriteLine(FormattableString.Invariant(
            $"IsNormalized = {100 * best[0] / best[1]:F0}% of the table map; span dirty = {best[6] / best[4]:F2}x FormKC, {best[9] / best[4]:F1}x ICU4N NFKC"));
        Console.WriteLine(FormattableString.Invariant(
            $"span dirty, time relative to the public path (blocks: {UrduNormalizer.Default.BlockWidth}): blocks forced to Vector128 (runs {s_blocks128.BlockWidth}) {best[7] / best[4]:F2}x, no blocks {best[8] / best[4]:F2}x"));
    }

    // The dirty span row at a forced block width (Vector128: what ARM64 runs; None: the scalar loop with the vector
    // prefilter still on), for --normalizer-interleaved only: the BenchmarkDotNet table keeps the public API's rows.
    const string NormalizeSpanDirty128 = "NormalizeSpanDirty (128-bit blocks)";
    const string NormalizeSpanDirtyNoBlocks = "NormalizeSpanDirty (no blocks)";
    static readonly UrduNormalizer s_blocks128 = new(UrduNormalizationOptions.Default, SimpleBlockWidth.Vector128);
    static readonly UrduNormalizer s_noBlocks = new(UrduNormalizationOptions.Default, SimpleBlockWidth.None);

    int NormalizeSpanDirtyWith(UrduNormalizer normalizer)
    {
        normalizer.Normalize(_dirty, _destination, out _, out int written);
        return written;
    }

    int TableMap(string text)
    {
        char[] table = _table;
        Span<char> dst = _destination;
        ReadOnlySpan<char> src = text;
        for (int i = 0; i < src.Length; i++)
        {
            dst[i] = table[src[i]];
        }

        return src.Length;
    }
}
