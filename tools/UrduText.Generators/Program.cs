// Generators for UrduText's committed tables. Run from the repository root:
//   dotnet run --project tools/UrduText.Generators -- charclass
//   tools/dochashmi/extract-tesseract-urd.sh   (runs the dochashmi-wordlist subcommand)
// The output is committed, so building the library never needs this tool.
using UrduText.Generators;

string root = FindRepositoryRoot();
string command = args.Length > 0 ? args[0] : "all";
switch (command)
{
    case "charclass":
    case "all":
        CharClassGenerator.Run(root);
        break;
    case "dochashmi-wordlist":
        // Not part of "all": it needs the raw list that tools/dochashmi/extract-tesseract-urd.sh extracts with apt tools.
        return DoChashmiWordListGenerator.Run(root, args[1..]);
    default:
        Console.Error.WriteLine($"unknown generator '{command}'. Known: charclass, dochashmi-wordlist, all");
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
