using BenchmarkDotNet.Running;

namespace UrduText.Benchmarks;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/UrduText.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["--tokenizer-fallbacks", ..])
        {
            TokenizerBenchmarks.PrintFallbacks(args.Length > 1 ? Enum.Parse<Corpus>(args[1]) : Corpus.Wikipedia);
            return;
        }

        if (args is ["--tokenizer-counts"])
        {
            TokenizerBenchmarks.PrintTokenCounts();
            return;
        }

        if (args is ["--tokenizer-interleaved", ..])
        {
            TokenizerBenchmarks.PrintInterleavedMinimums(
                args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200,
                args.Length > 2 ? Enum.Parse<Corpus>(args[2]) : Corpus.Wikipedia);
            return;
        }

        if (args is ["--normalizer-interleaved", ..])
        {
            NormalizeBenchmarks.PrintInterleavedMinimums(
                args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 50,
                args.Length > 2 ? Enum.Parse<Corpus>(args[2]) : Corpus.Wikipedia);
            return;
        }

        if (args is ["--translit-interleaved", ..])
        {
            TransliterateBenchmarks.PrintInterleavedMinimums(
                args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10,
                args.Length > 2 ? Enum.Parse<Corpus>(args[2]) : Corpus.Wikipedia);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
