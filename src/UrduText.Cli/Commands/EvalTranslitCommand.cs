using System.CommandLine;
using System.Globalization;
using UrduText.Cli.Evaluation;
using UrduText.Cli.IO;

namespace UrduText.Cli.Commands;

/// <summary><c>urdutext eval-translit GOLD.tsv</c>: exact match and character error rate of the Readable scheme on a gold set.</summary>
internal static class EvalTranslitCommand
{
    public static Command Create()
    {
        var command = new Command("eval-translit", "Score the Readable transliteration against a gold TSV (urdu<TAB>latin[|alternative…]): exact match and CER, case, accents, spaces and punctuation ignored.");
        var gold = new Argument<string>("GOLD") { Description = "Gold TSV file." };
        var top = new Option<int>("--top") { Description = "Also report top-K accuracy over Candidates(word, K).", DefaultValueFactory = _ => 0 };
        var errors = new Option<int>("--errors") { Description = "Print up to N misses (urdu, output, references) to standard error.", DefaultValueFactory = _ => 0 };
        var model = new Option<string?>("--model") { Description = "Use this model file instead of the embedded one (evaluating a freshly trained model).", Hidden = true };
        var lmWeight = new Option<float?>("--lm-weight") { Description = "Weight of the Latin character LM in the rerank (tuning).", Hidden = true };
        command.Options.Add(lmWeight);
        var single = new Option<bool>("--single-reference") { Description = "Score against the first reference of each row only." };
        command.Options.Add(single);
        command.Arguments.Add(gold);
        command.Options.Add(top);
        command.Options.Add(errors);
        command.Options.Add(model);
        command.SetAction(parse =>
        {
            string path = parse.GetValue(gold)!;
            if (!File.Exists(path))
            {
                throw new CliException($"file not found: '{path}'");
            }

            if (parse.GetValue(model) is { } modelPath)
            {
                using var stream = File.OpenRead(modelPath);
                ReadableEngine.UseModel(JointSequenceModel.Load(stream));
            }

            if (parse.GetValue(lmWeight) is float w && ReadableEngine.Model is { } m)
            {
                m.LatinLmWeight = w;
            }

            var items = TranslitScorer.ReadGold(path, parse.GetValue(single));
            var t = UrduTransliterator.Default;
            int k = parse.GetValue(top);
            var score = TranslitScorer.Evaluate(items, s => t.Transliterate(s), k > 0 ? w => t.Candidates(w, k).Select(c => c.Text).ToList() : null, k,
                Console.Error, parse.GetValue(errors));
            using TextWriter output = InputSource.OpenOutput();
            string topText = k > 0 ? string.Create(CultureInfo.InvariantCulture, $"\ttop{k}={score.TopPercent:F1}%") : "";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Path.GetFileName(path)}\tn={score.Items}\texact={score.ExactPercent:F1}%\tCER={score.CerPercent:F1}%{topText}"));
            return CliRunner.Success;
        });
        return command;
    }
}
