using BenchmarkDotNet.Attributes;

namespace UrduText.Benchmarks;

/// <summary>
/// Word-spacing repair (docs/spacing.md) on each real <see cref="Corpus"/>, as-is (clean text: almost nothing to
/// repair), next to the tokenizer pass it builds on. The span path writes into a preallocated buffer.
/// Run: <c>dotnet run -c Release --project benchmarks/UrduText.Benchmarks -- --filter '*SpacingBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[Config(typeof(CorpusConfig))]
public class SpacingBenchmarks
{
    string _text = "";
    char[] _destination = [];
    UrduSpacingRepairer _data = null!;
    UrduSpacingRepairer _joining = null!;

    /// <summary>The corpus every row of one table runs on.</summary>
    [ParamsSource(nameof(Corpora))]
    public Corpus Corpus { get; set; }

    /// <summary>The corpora of the table.</summary>
    public static IEnumerable<Corpus> Corpora => BenchmarkCorpus.Real;

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkCorpus.Text(Corpus);
        _destination = new char[UrduSpacingRepairer.GetMaxRepairedLength(_text.Length)];
        _data = UrduTextData.SpacingRepairer;
        _joining = new UrduSpacingRepairer(UrduTextData.SpacingModel, joinSplitWords: true);
        UrduSpacingRepairer.Default.Repair(_text, _destination, out _, out _); // loads the models outside the measurement
        _data.Repair(_text, _destination, out _, out _);
        _joining.Repair(_text, _destination, out _, out _);
    }

    /// <summary>The floor: the tokenizer pass the repair walks.</summary>
    [Benchmark(Baseline = true)]
    public int Tokenize()
    {
        int n = 0;
        foreach (UrduToken token in UrduTokenizer.EnumerateTokens(_text))
        {
            n += token.Length;
        }

        return n;
    }

    /// <summary>Repair with the core (permissive) model, span into span.</summary>
    [Benchmark]
    public int RepairCore()
    {
        UrduSpacingRepairer.Default.Repair(_text, _destination, out _, out int written);
        return written;
    }

    /// <summary>Repair with the UrduText.Data model, span into span.</summary>
    [Benchmark]
    public int RepairData()
    {
        _data.Repair(_text, _destination, out _, out int written);
        return written;
    }

    /// <summary>Repair that also joins split words (the run decoder), UrduText.Data model, span into span.</summary>
    [Benchmark]
    public int RepairDataJoining()
    {
        _joining.Repair(_text, _destination, out _, out int written);
        return written;
    }
}

/// <summary>Loading the spacing models from their embedded resources (target ≤ 200 ms each).</summary>
[MemoryDiagnoser]
public class SpacingModelLoadBenchmarks
{
    byte[] _core = [];
    byte[] _data = [];

    [GlobalSetup]
    public void Setup()
    {
        _core = Read(typeof(UrduSpacingModel).Assembly, "UrduText.Spacing.spacing-core.bin");
        _data = Read(typeof(UrduTextData).Assembly, "UrduText.Data.spacing-wiki.bin");
    }

    static byte[] Read(System.Reflection.Assembly assembly, string name)
    {
        using Stream stream = assembly.GetManifestResourceStream(name)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    /// <summary>Load the core model.</summary>
    [Benchmark]
    public int LoadCore() => UrduSpacingModel.Load(new MemoryStream(_core)).WordCount;

    /// <summary>Load the UrduText.Data model.</summary>
    [Benchmark]
    public int LoadData() => UrduSpacingModel.Load(new MemoryStream(_data)).WordCount;
}
