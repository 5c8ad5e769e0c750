using BenchmarkDotNet.Attributes;
using UrduText.Internal;

namespace UrduText.Benchmarks;

/// <summary>
/// Rule D2a on its own: every word of each <see cref="Corpus"/> that holds ھ or ہ, typed with Arabic heh U+0647 as an Arabic keyboard
/// writes it, resolved in place. <see cref="CopyOnly"/> is the floor (the same copies without the decision).
/// </summary>
[MemoryDiagnoser]
public class DoChashmiBenchmarks
{
    /// <summary>The corpus every row of one table runs on.</summary>
    [ParamsSource(nameof(Corpora))]
    public Corpus Corpus { get; set; }

    /// <summary>The corpora of the table.</summary>
    public static IEnumerable<Corpus> Corpora => BenchmarkCorpus.Real;

    char[][] _words = [];
    char[][] _scratch = [];

    [GlobalSetup]
    public void Setup()
    {
        string text = BenchmarkCorpus.Text(Corpus);
        var words = new List<char[]>();
        int i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            bool hasHeh = false;
            while (i < text.Length && IsWordChar(text[i]))
            {
                hasHeh |= text[i] is '\u06BE' or '\u06C1';
                i++;
            }

            if (hasHeh)
            {
                char[] word = text.AsSpan(start, i - start).ToArray();
                word.AsSpan().Replace('\u06BE', '\u0647'); // ھ → ه
                word.AsSpan().Replace('\u06C1', '\u0647'); // ہ → ه
                words.Add(word);
            }
        }

        _words = [.. words];
        _scratch = [.. words.Select(w => new char[w.Length])];
        ResolveAll(); // loads the lexicon outside the measurement
    }

    static bool IsWordChar(char c)
    {
        CharClass cls = CharClasses.Of(c);
        return CharClasses.IsArabicScriptLetter(cls) || cls == CharClass.CombiningMark;
    }

    /// <summary>Copies each word and resolves its hehs.</summary>
    [Benchmark]
    public int ResolveAll()
    {
        int doChashmi = 0;
        for (int w = 0; w < _words.Length; w++)
        {
            Span<char> word = _scratch[w];
            _words[w].AsSpan().CopyTo(word);
            DoChashmi.Resolve(word);
            doChashmi += word.Count('\u06BE');
        }

        return doChashmi;
    }

    /// <summary>The same copies and count, without the decision.</summary>
    [Benchmark(Baseline = true)]
    public int CopyOnly()
    {
        int heh = 0;
        for (int w = 0; w < _words.Length; w++)
        {
            Span<char> word = _scratch[w];
            _words[w].AsSpan().CopyTo(word);
            heh += word.Count('\u0647');
        }

        return heh;
    }
}
