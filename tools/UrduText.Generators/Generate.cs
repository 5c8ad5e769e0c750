using System.Diagnostics;
using System.Security.Cryptography;
using UrduText.Generators.Transliteration;

namespace UrduText.Generators;

/// <summary>
/// The <c>tables</c> and <c>all</c> commands: every generator once, in dependency order, each timed.
/// </summary>
/// <remarks>
/// <c>tables</c> runs the generators whose inputs are all committed and that take about a second each; CI reruns them
/// and fails on any difference (.ci/generated.sh). <c>all</c> adds the trained models, which need the data under
/// ../shared and take minutes; CI checks those through the input hashes the models record
/// (<c>TransliterationModelTests.InputsHash_CommittedModel_MatchesItsTrainingInputs</c>) instead of retraining.
/// </remarks>
internal static class Generate
{
    /// <summary>The quick generators. The gazetteer comes before the core spacing model, which reads its files.</summary>
    public static int Tables(string root)
    {
        Step("charclass", () => CharClassGenerator.Run(root));
        Step("normalization", () => NormalizationGenerator.Run(root));
        Step("gazetteer", () => GazetteerGenerator.Run(root));
        return Step("spacing-model core", () => SpacingModelGenerator.Run(root, ["core"]));
    }

    /// <summary>
    /// The tables, then the models. The trainers run the library as this tool was built with it (its character classes,
    /// normalization and embedded gazetteer), so when the tables step changed a file the models would be trained on the
    /// old ones: the command stops and asks for a rebuild instead.
    /// </summary>
    public static int All(string root)
    {
        string[] tables =
        [
            "src/UrduText/Internal/CharClassTable.g.cs",
            "src/UrduText/Normalization/NormalizationTables.g.cs",
            "src/UrduText/Transliteration/Data/gazetteer/places-cldr.tsv",
            "src/UrduText/Spacing/Data/spacing-core.bin",
        ];
        string before = HashOf(root, tables);
        int status = Tables(root);
        if (status != 0)
        {
            return status;
        }

        if (HashOf(root, tables) != before)
        {
            Console.Error.WriteLine("The tables changed: rebuild (dotnet build tools/UrduText.Generators -c Release) and run 'all' again, "
                + "so that the models are trained with the new tables.");
            return 3;
        }

        (string Name, Func<int> Run)[] models =
        [
            ("translit-model permissive", () => ModelTrainer.Run(root, ["--data", "permissive"])),
            ("translit-model dakshina", () => ModelTrainer.Run(root, ["--data", "dakshina"])),
            ("roman-urdu-model", () => RomanUrduTrainer.Run(root, [])),
            ("spacing-model data", () => SpacingModelGenerator.Run(root, ["data"])),
        ];
        foreach (var (name, run) in models)
        {
            status = Step(name, run);
            if (status != 0)
            {
                return status;
            }
        }

        return 0;
    }

    static void Step(string name, Action run) => Step(name, () =>
    {
        run();
        return 0;
    });

    static int Step(string name, Func<int> run)
    {
        var clock = Stopwatch.StartNew();
        int status = run();
        Console.WriteLine($"== {name}: {clock.Elapsed.TotalSeconds:F1} s{(status == 0 ? "" : $", exit {status}")}");
        return status;
    }

    static string HashOf(string root, string[] files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (string file in files)
        {
            sha.AppendData(File.ReadAllBytes(Path.Combine(root, file)));
        }

        return Convert.ToHexString(sha.GetHashAndReset());
    }
}
