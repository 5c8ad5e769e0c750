using System.Globalization;
using UrduText.Tests.Properties;

namespace UrduText.Fuzz;

/// <summary>
/// Reliability tools (docs/reliability.md):
/// <c>instrument DLL</c> adds SharpFuzz coverage to UrduText.dll;
/// <c>fuzz [--runs N] [--seconds S] [--seed N] [--corpus DIR] [--findings DIR] [--seeds FILE]...</c> runs the in-process coverage-guided fuzzer;
/// <c>libfuzzer</c> serves libFuzzer through SharpFuzz (needs a libfuzzer-dotnet driver);
/// <c>repro FILE...</c> re-runs saved inputs; <c>hammer</c> is the cold-start concurrency test;
/// <c>limits [--full]</c> runs the hostile inputs; <c>generate PATH MEGABYTES</c> writes the large Urdu corpus.
/// </summary>
internal static class Program
{
    static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: UrduText.Fuzz instrument DLL | fuzz [options] | libfuzzer | repro FILE... | hammer | limits [--full] | generate PATH MEGABYTES");
            return 2;
        }

        string[] rest = args[1..];
        return args[0] switch
        {
            "instrument" => Instrument(rest),
            "fuzz" => Fuzz(rest),
            "libfuzzer" => LibFuzzer(),
            "repro" => Repro(rest),
            "hammer" => Hammer.Run(Console.Out),
            "limits" => Limits.Run(rest.Contains("--full"), Console.Out),
            "generate" => CorpusGenerator.Run(rest[0], long.Parse(rest[1], CultureInfo.InvariantCulture), Console.Out),
            _ => Usage(args[0]),
        };
    }

    static int Usage(string command)
    {
        Console.Error.WriteLine($"unknown command '{command}'");
        return 2;
    }

    /// <summary>Instruments in place; must not touch UrduText types, or the runtime would load the file being rewritten.</summary>
    static int Instrument(string[] args)
    {
        foreach (string type in SharpFuzz.Fuzzer.Instrument(args[0], name => name.StartsWith("UrduText", StringComparison.Ordinal), SharpFuzz.Options.Value))
        {
            _ = type;
        }

        Console.WriteLine($"instrumented {args[0]}");
        return 0;
    }

    static int Fuzz(string[] args)
    {
        long runs = long.MaxValue;
        double seconds = double.PositiveInfinity;
        int seed = 1;
        string? corpus = null;
        string findings = "artifacts/fuzz/findings";
        var seedFiles = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--runs": runs = long.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--seconds": seconds = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--seed": seed = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--corpus": corpus = args[++i]; break;
                case "--findings": findings = args[++i]; break;
                case "--seeds": seedFiles.Add(args[++i]); break;
                default: return Usage(args[i]);
            }
        }

        var fuzzer = new CoverageFuzzer(seed, corpus, findings);
        foreach (byte[] input in Seeds(seedFiles, corpus))
        {
            fuzzer.AddSeed(input);
        }

        long failures = fuzzer.Run(runs, TimeSpan.FromSeconds(Math.Min(seconds, TimeSpan.MaxValue.TotalSeconds / 2)), Console.Out);
        Console.WriteLine($"fuzz: done, {failures} failing executions, findings in {findings}");
        return failures == 0 ? 0 : 1;
    }

    /// <summary>Seed corpus: every line of the seed files (UTF-8 and UTF-16 modes), the saved corpus, and one input per piece category.</summary>
    static IEnumerable<byte[]> Seeds(List<string> seedFiles, string? corpus)
    {
        foreach (string file in seedFiles)
        {
            foreach (string line in File.ReadLines(file))
            {
                if (line.Length > 0)
                {
                    yield return FuzzInput.Encode(line.Length > 300 ? line[..300] : line, FuzzInput.Utf8Mode);
                    yield return FuzzInput.Encode(line.Length > 200 ? line[..200] : line, FuzzInput.Utf16Mode);
                }
            }
        }

        if (corpus is not null && Directory.Exists(corpus))
        {
            foreach (string file in Directory.EnumerateFiles(corpus))
            {
                yield return File.ReadAllBytes(file);
            }
        }

        for (int category = 0; category < HardPieces.All.Length; category++)
        {
            var bytes = new List<byte> { FuzzInput.PieceMode };
            for (int k = 0; k < HardPieces.All[category].Length; k++)
            {
                bytes.Add((byte)category);
                bytes.Add((byte)k);
                bytes.Add((byte)(HardPieces.All.Length - 4));
                bytes.Add(0);
            }

            yield return [.. bytes];
        }
    }

    static int LibFuzzer()
    {
        SharpFuzz.Fuzzer.LibFuzzer.Run(data => FuzzInput.Run(data));
        return 0;
    }

    static int Repro(string[] files)
    {
        int failed = 0;
        foreach (string file in files)
        {
            byte[] data = File.ReadAllBytes(file);
            try
            {
                FuzzInput.Run(data);
                Console.WriteLine($"ok     {file}: {Invariants.Escape(FuzzInput.Decode(data))}");
            }
#pragma warning disable CA1031 // Reporting every failure is the point.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failed++;
                Console.WriteLine($"FAILED {file}: {Invariants.Escape(FuzzInput.Decode(data))}\n{e}");
            }
        }

        return failed == 0 ? 0 : 1;
    }
}
