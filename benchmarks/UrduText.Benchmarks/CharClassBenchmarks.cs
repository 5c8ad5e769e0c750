using BenchmarkDotNet.Attributes;
using UrduText.Internal;

namespace UrduText.Benchmarks;

/// <summary>The floor every stage builds on: one table lookup per UTF-16 code unit over each <see cref="Corpus"/>.</summary>
[MemoryDiagnoser]
[Config(typeof(CorpusConfig))]
public class CharClassBenchmarks
{
    /// <summary>The corpus every row of one table runs on.</summary>
    [ParamsSource(nameof(Corpora))]
    public Corpus Corpus { get; set; }

    /// <summary>The corpora of the table.</summary>
    public static IEnumerable<Corpus> Corpora => BenchmarkCorpus.Real;

    string _text = "";

    [GlobalSetup]
    public void Setup() => _text = BenchmarkCorpus.Text(Corpus);

    /// <summary>Counts letters with the generated table: the cost of classifying every character once.</summary>
    [Benchmark]
    public int ClassifyAll()
    {
        int letters = 0;
        foreach (char c in _text)
        {
            if (CharClasses.IsLetter(CharClasses.Of(c)))
            {
                letters++;
            }
        }

        return letters;
    }
}
