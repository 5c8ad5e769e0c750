// Scores UrduText's Readable transliteration, and ICU4N (Any-Latin; Latin-ASCII) and AnyAscii on the same rows. Run from
// the repository root:
//   dotnet run -c Release --project tools/UrduText.TranslitEval -- [options] GOLD…
// GOLD is a gold TSV, urdu<TAB>latin[|alternative…] (# comments), or, with --dakshina, a Dakshina lexicon split
// (urdu<TAB>spelling<TAB>attestations; every attested spelling of a word counts).
// Options:
//   --model data|builtin|FILE   the model UrduText spells unknown words with (default: data = UrduText.Data)
//   --dakshina                  GOLD files are Dakshina splits
//   --train FILE                with --dakshina: also split the rows by whether the word occurs in this train split
//   --by-source                 split UrduText's scores by where each word's spelling came from
//   --single-reference          score against the first reference of each row only
//   --top K                     also report top-K accuracy over Candidates(word, K)
//   --errors N                  print up to N misses (urdu, output, references) to standard error
//   --no-peers                  skip ICU4N and AnyAscii
//   --model-words [--list N] TEXT…   count the Urdu words of running text that take the model path
//   --load-time                 time to load each model (best of five)
//   --to-urdu [--data DIR] [--errors N]   Roman Urdu → Urdu: Dakshina dev top-1/top-5, English rule, synthetic running
//                               text WER, gazetteer round trip (RomanUrduEval.cs)
//   --decode-speed [--data DIR] [--dump FILE]   µs per word of the Roman Urdu spelling decoder alone (DecodeSpeed.cs)
using System.Diagnostics;
using System.Globalization;
using ICU4N.Text;
using UrduText;
using UrduText.TranslitEval;

if (args.Length > 0 && args[0] == "--to-urdu")
{
    string data = Path.Combine("..", "shared", "data");
    int errors = 0;
    for (int i = 1; i + 1 < args.Length; i += 2)
    {
        if (args[i] == "--data")
        {
            data = args[i + 1];
        }
        else if (args[i] == "--errors")
        {
            errors = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
        }
    }

    return RomanUrduEval.Run(data, errors);
}

if (args.Length > 0 && args[0] == "--decode-speed")
{
    string data = Path.Combine("..", "shared", "data");
    string? dump = null;
    for (int i = 1; i + 1 < args.Length; i += 2)
    {
        if (args[i] == "--data")
        {
            data = args[i + 1];
        }
        else if (args[i] == "--dump")
        {
            dump = args[i + 1];
        }
    }

    return DecodeSpeed.Run(data, dump);
}

var options = Options.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: UrduText.TranslitEval [--model data|builtin|FILE] [--dakshina] [--train FILE] [--by-source] [--single-reference] [--top K] [--errors N] [--no-peers] GOLD…");
    return 2;
}

if (options.LoadTime)
{
    Time("built-in", () => LoadResource(typeof(TransliterationModel).Assembly, "UrduText.Transliteration.Model.bin"));
    Time("UrduText.Data", () => LoadResource(typeof(UrduTextData).Assembly, "UrduText.Data.translit-dakshina.bin"));
    return 0;
}

TransliterationModel model = options.Model switch
{
    "data" => UrduTextData.TransliterationModel,
    "builtin" => TransliterationModel.BuiltIn,
    string path => TransliterationModel.Load(File.OpenRead(path)),
};
var urdutext = new UrduTransliterator(model);
var lastSource = new LastSource();
UrduTransliterator observed = UrduTransliterator.Observed(model, lastSource); // the same readings, with their sources
if (options.ModelWords)
{
    return ModelWords.Run(model, options.Files, options.List);
}

Transliterator icu = Transliterator.GetInstance("Any-Latin; Latin-ASCII");
var peers = new (string Name, Func<string, string> Run)[]
{
    ("ICU4N Any-Latin; Latin-ASCII", s => icu.Transliterate(s)),
    ("AnyAscii 0.3.3", s => AnyAscii.Transliteration.Transliterate(s)),
};

HashSet<string>? trainWords = options.Train is null ? null : [.. File.ReadLines(options.Train).Select(l => l.Split('\t')[0])];
Console.WriteLine($"UrduText model: {model.Name} ({model.Licence}, lexicon {model.LexiconCount} words)");
Console.WriteLine();
Console.WriteLine("| gold set | subset | n | system | exact | CER |");
Console.WriteLine("|---|---|---:|---|---:|---:|");
foreach (string file in options.Files)
{
    var gold = options.Dakshina ? TranslitScorer.ReadDakshina(file) : TranslitScorer.ReadGold(file, options.SingleReference);
    string name = Path.GetFileName(file) + (options.SingleReference ? " (single ref.)" : "");

    // Where each word's spelling came from (the last unit's source: one word is one unit here).
    var sources = new Dictionary<string, TransliterationSource>(StringComparer.Ordinal);
    var outputs = new Dictionary<string, string>(StringComparer.Ordinal);
    foreach (var (urdu, _) in gold)
    {
        outputs[urdu] = observed.Transliterate(urdu);
        sources[urdu] = lastSource.Last;
    }

    Row(name, "all", gold, "UrduText Readable", u => outputs[u], options);
    if (!options.NoPeers)
    {
        foreach (var (peer, run) in peers)
        {
            Row(name, "all", gold, peer, run, options with { Top = 0, Errors = 0 });
        }
    }

    if (options.BySource)
    {
        foreach (var group in gold.GroupBy(g => sources[g.Urdu]).OrderBy(g => g.Key))
        {
            Row(name, $"source: {group.Key}", [.. group], "UrduText Readable", u => outputs[u], options with { Top = 0, Errors = 0 });
        }
    }

    if (trainWords is not null)
    {
        var unseen = gold.Where(g => !trainWords.Contains(g.Urdu) && sources[g.Urdu] is not (TransliterationSource.Gazetteer or TransliterationSource.User)).ToList();
        Row(name, "absent from train and gazetteer", unseen, "UrduText Readable", u => outputs[u], options with { Top = 0, Errors = 0 });
        if (!options.NoPeers)
        {
            Row(name, "absent from train and gazetteer", unseen, peers[0].Name, peers[0].Run, options with { Top = 0, Errors = 0 });
        }
    }
}

return 0;

void Row(string set, string subset, List<(string Urdu, string[] References)> gold, string system, Func<string, string> run, Options o)
{
    var score = TranslitScorer.Evaluate(gold, run, o.Top > 0 ? w => urdutext.Candidates(w, o.Top).Select(c => c.Text).ToList() : null, o.Top,
        Console.Error, o.Errors);
    string top = o.Top > 0 ? string.Create(CultureInfo.InvariantCulture, $" (top-{o.Top} {score.TopPercent:F1}%)") : "";
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {set} | {subset} | {score.Items} | {system} | {score.ExactPercent:F1}%{top} | {score.CerPercent:F1}% |"));
}

static void Time(string name, Func<TransliterationModel> load)
{
    double best = double.MaxValue;
    for (int i = 0; i < 5; i++)
    {
        var clock = Stopwatch.StartNew();
        _ = load();
        best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} model load: {best:F0} ms (best of 5)"));
}

static TransliterationModel LoadResource(System.Reflection.Assembly assembly, string resource)
{
    using Stream stream = assembly.GetManifestResourceStream(resource)!;
    return TransliterationModel.Load(stream);
}

internal sealed record Options(string Model, bool Dakshina, string? Train, bool BySource, bool SingleReference, int Top, int Errors, bool NoPeers,
    bool ModelWords, int List, bool LoadTime, List<string> Files)
{
    public static Options? Parse(string[] args)
    {
        var o = new Options("data", false, null, false, false, 0, 0, false, false, 0, false, []);
        for (int i = 0; i < args.Length; i++)
        {
            string? Next() => i + 1 < args.Length ? args[++i] : null;
            switch (args[i])
            {
                case "--model": o = o with { Model = Next() ?? "data" }; break;
                case "--dakshina": o = o with { Dakshina = true }; break;
                case "--train": o = o with { Train = Next() }; break;
                case "--by-source": o = o with { BySource = true }; break;
                case "--single-reference": o = o with { SingleReference = true }; break;
                case "--top": o = o with { Top = int.Parse(Next() ?? "0", CultureInfo.InvariantCulture) }; break;
                case "--errors": o = o with { Errors = int.Parse(Next() ?? "0", CultureInfo.InvariantCulture) }; break;
                case "--no-peers": o = o with { NoPeers = true }; break;
                case "--model-words": o = o with { ModelWords = true }; break;
                case "--list": o = o with { List = int.Parse(Next() ?? "0", CultureInfo.InvariantCulture) }; break;
                case "--load-time": o = o with { LoadTime = true }; break;
                case string a when a.StartsWith("--", StringComparison.Ordinal): return null;
                default: o.Files.Add(args[i]); break;
            }
        }

        return o.LoadTime || o.Files.Count > 0 ? o : null;
    }
}
