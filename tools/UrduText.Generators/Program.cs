// Generators for UrduText's committed tables and models. Run from the repository root:
//   dotnet run --project tools/UrduText.Generators -- charclass
//   dotnet run --project tools/UrduText.Generators -- gazetteer
//   dotnet run --project tools/UrduText.Generators -- gazetteer-check [SHARED_DATA_DIR]   (review aid, writes nothing)
//   dotnet run --project tools/UrduText.Generators -- normalization
//   dotnet run --project tools/UrduText.Generators -c Release -- translit-model [--data dakshina|permissive] [--out FILE]
//     (after gazetteer: the permissive model also trains on the curated person/place names)
//   dotnet run --project tools/UrduText.Generators -c Release -- spacing-model core|data   (docs/spacing.md)
//   dotnet run --project tools/UrduText.Generators -c Release -- spacing-eval [--tune [core|data]|--tune-join|--errors [test]|--join-errors|--examples [core] [test] [all] [--scoring P,U,u]|--idempotence|--explain|--profile|--profile-join]
//   dotnet run --project tools/UrduText.Generators -c Release -- roman-urdu-model [--data ../shared/data] [--out FILE]
//   dotnet run --project tools/UrduText.Generators -c Release -- tables   (the quick ones, inputs all in the repository; .ci/generated.sh)
//   dotnet run --project tools/UrduText.Generators -c Release -- all      (tables, then every model: under 4 minutes, needs ../shared)
// The output is committed, so building the library never needs this tool.
using UrduText.Generators;

string root = FindRepositoryRoot();
string command = args.Length > 0 ? args[0] : "all";

// Rule D2a's word list. Not part of "all": it needs the raw list that tools/dochashmi/extract-tesseract-urd.sh
// extracts with apt tools (that script runs this subcommand).
if (command == "dochashmi-wordlist")
{
    return DoChashmiWordListGenerator.Run(root, args[1..]);
}

switch (command)
{
    case "charclass":
        CharClassGenerator.Run(root);
        break;
    case "translit-model":
        return UrduText.Generators.Transliteration.ModelTrainer.Run(root, args[1..]);
    case "roman-urdu-model":
        return UrduText.Generators.Transliteration.RomanUrduTrainer.Run(root, args[1..]);
    case "gazetteer":
        GazetteerGenerator.Run(root);
        break;
    case "gazetteer-check":
        return GazetteerCheck.Run(root, args.Length > 1 ? args[1] : Path.Combine(root, "..", "shared", "data"));
    case "normalization":
        NormalizationGenerator.Run(root);
        break;
    case "spacing-model":
        return SpacingModelGenerator.Run(root, args[1..]);
    case "spacing-eval":
        return SpacingEvaluation.Run(root, args[1..]);
    case "tables":
        return Generate.Tables(root);
    case "all":
        return Generate.All(root);
    default:
        Console.Error.WriteLine($"unknown generator '{command}'. Known: charclass, normalization, gazetteer, gazetteer-check, translit-model, roman-urdu-model, spacing-model, spacing-eval, dochashmi-wordlist, tables, all");
        return 2;
}

return 0;

static string FindRepositoryRoot()
{
    string? dir = Directory.GetCurrentDirectory();
    while (dir is not null && !File.Exists(Path.Combine(dir, "UrduText.sln")))
    {
        dir = Path.GetDirectoryName(dir);
    }

    return dir ?? throw new InvalidOperationException("Run the generator from inside the UrduText repository.");
}
