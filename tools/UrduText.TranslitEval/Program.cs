// Compares UrduText's Readable transliteration with ICU4N (Any-Latin; Latin-ASCII) and AnyAscii on gold TSVs
// (urdu<TAB>latin[|alternative…]). Run from the repository root:
//   dotnet run -c Release --project tools/UrduText.TranslitEval -- [--single-reference] GOLD.tsv…
// Prints one markdown table row per (file, system): items, exact match and CER, scored by the same TranslitScorer as
// `urdutext eval-translit`.
using System.Globalization;
using ICU4N.Text;
using UrduText;
using UrduText.Cli.Evaluation;

bool single = args.Contains("--single-reference");
string[] files = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
if (files.Length == 0)
{
    Console.Error.WriteLine("usage: UrduText.TranslitEval [--single-reference] GOLD.tsv…");
    return 2;
}

Transliterator icu = Transliterator.GetInstance("Any-Latin; Latin-ASCII");
var systems = new (string Name, Func<string, string> Run)[]
{
    ("UrduText Readable", s => UrduTransliterator.Default.Transliterate(s)),
    ("ICU4N Any-Latin; Latin-ASCII", s => icu.Transliterate(s)),
    ("AnyAscii 0.3.3", s => AnyAscii.Transliteration.Transliterate(s)),
};

Console.WriteLine("| gold set | n | system | exact | CER |");
Console.WriteLine("|---|---:|---|---:|---:|");
foreach (string file in files)
{
    var gold = TranslitScorer.ReadGold(file, single);
    foreach (var (name, run) in systems)
    {
        var score = TranslitScorer.Evaluate(gold, run);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {Path.GetFileName(file)}{(single ? " (single ref.)" : "")} | {score.Items} | {name} | {score.ExactPercent:F1}% | {score.CerPercent:F1}% |"));
    }
}

return 0;
