// Compares UrduText's Readable transliteration with ICU4N (Any-Latin; Latin-ASCII) and AnyAscii on gold TSVs
// (urdu<TAB>latin[|alternative…]). Run from the repository root:
//   dotnet run -c Release --project tools/UrduText.TranslitEval -- [--single-reference] GOLD.tsv…
//   dotnet run -c Release --project tools/UrduText.TranslitEval -- --model-words [--list N] TEXT…
//   dotnet run -c Release --project tools/UrduText.TranslitEval -- --load-time
// The second form counts the Arabic-script words of running text and how many of them the Readable pipeline leaves to
// the statistical model (unknown to the gazetteer, the common-word list and the rules), listing the most frequent.
// Prints one markdown table row per (file, system): items, exact match and CER, scored by the same TranslitScorer as
// `urdutext eval-translit`.
using System.Globalization;
using ICU4N.Text;
using UrduText;
using UrduText.Cli.Evaluation;

if (args.Length > 0 && args[0] == "--load-time")
{
    // Time to inflate and parse the embedded model (what the first unseen word pays), best of five.
    double best = double.MaxValue;
    for (int i = 0; i < 5; i++)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using Stream stream = typeof(UrduTransliterator).Assembly.GetManifestResourceStream("UrduText.Transliteration.Model.bin")!;
        _ = UrduText.JointSequenceModel.Load(stream);
        best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"model load: {best:F0} ms (best of 5)"));
    return 0;
}

if (args.Length > 0 && args[0] == "--model-words")
{
    return ModelWords(args[1..]);
}

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

static int ModelWords(string[] args)
{
    int list = 0;
    var files = new List<string>();
    for (int i = 0; i < args.Length; i++)
    {
        if (args[i] == "--list" && i + 1 < args.Length)
        {
            list = int.Parse(args[++i], CultureInfo.InvariantCulture);
        }
        else
        {
            files.Add(args[i]);
        }
    }

    var counts = new Dictionary<string, int>(StringComparer.Ordinal);
    int model = 0;
    UrduText.ReadableEngine.ModelWordObserver = w =>
    {
        model++;
        counts[w] = counts.GetValueOrDefault(w) + 1;
    };
    foreach (string file in files)
    {
        int before = model;
        string text = File.ReadAllText(file);
        int words = 0;
        foreach (UrduToken token in UrduTokenizer.Tokenize(text))
        {
            if (token.Kind == UrduTokenKind.Word && text.AsSpan(token.Start, token.Length).ContainsAnyInRange('\u0600', '\u06FF'))
            {
                words++;
            }
        }

        // Line by line, as the CLI reads it.
        foreach (string line in text.Split('\n'))
        {
            UrduTransliterator.Default.Transliterate(line);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Path.GetFileName(file)}: {words} Urdu words, {model - before} took the model path ({100.0 * (model - before) / Math.Max(1, words):F1}%)"));
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"distinct model-path words: {counts.Count}"));
    foreach (var (word, count) in counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(list))
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count}\t{word}\t{UrduTransliterator.Default.Transliterate(word)}"));
    }

    return 0;
}
