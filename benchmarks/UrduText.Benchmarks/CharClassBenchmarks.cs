using BenchmarkDotNet.Attributes;
using UrduText.Internal;

namespace UrduText.Benchmarks;

/// <summary>The floor every stage builds on: one table lookup per UTF-16 code unit over the corpus.</summary>
[MemoryDiagnoser]
public class CharClassBenchmarks
{
    string _text = "";

    [GlobalSetup]
    public void Setup() => _text = BenchmarkCorpus.Canonical;

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
