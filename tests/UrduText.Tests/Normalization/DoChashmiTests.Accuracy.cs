using System.Collections.Frozen;

namespace UrduText.Tests.Normalization;

public partial class DoChashmiTests
{
    private static readonly string[] s_teamTexts = ["eval-news.txt", "eval-conversation.txt", "eval-story.txt", "eval-holdout.txt"];

    private static string TestData(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);

    private static DoChashmiEvaluation Evaluate(string name, string path)
    {
        DoChashmiEvaluation evaluation = DoChashmiEvaluation.Run(File.ReadAllText(path));
        string report = evaluation.Report(name);
        TestContext.Current.TestOutputHelper?.WriteLine(report);

        // The full list of misses, for docs/do-chashmi.md and for whoever extends the curated lists.
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, $"do-chashmi-evaluation-{name}.txt"), report);
        return evaluation;
    }

    [Fact]
    public void Resolve_TeamEvaluationText_MeetsAccuracyThreshold()
    {
        var news = Evaluate("news", TestData("dochashmi", "eval-news.txt"));
        var conversation = Evaluate("conversation", TestData("dochashmi", "eval-conversation.txt"));
        var story = Evaluate("story", TestData("dochashmi", "eval-story.txt"));

        int ambiguous = news.AmbiguousHehs + conversation.AmbiguousHehs + story.AmbiguousHehs;
        int correct = news.AmbiguousHehsCorrect + conversation.AmbiguousHehsCorrect + story.AmbiguousHehsCorrect;
        // Measured 960 of 963 (99.69%, docs/do-chashmi.md); the margin leaves room
        // for list edits, not for a regression of the method.
        ((double)correct / ambiguous).Should().BeGreaterThanOrEqualTo(0.99);
    }

    [Fact]
    public void Resolve_HoldoutText_MeetsAccuracyThreshold()
    {
        var holdout = Evaluate("holdout", TestData("dochashmi", "eval-holdout.txt"));
        // Written after the lists were frozen and measured once before any list change: 173 of 174 (99.43%).
        holdout.AmbiguousHehAccuracy.Should().BeGreaterThanOrEqualTo(0.985);
    }

    [Fact]
    public void Resolve_SampleArticle_MeetsAccuracyThreshold()
    {
        var article = Evaluate("article", TestData("corpus", "independent-urdu-putin-kim.txt"));
        // Measured 80 of 80; text by another author, so the threshold is not the team texts' one.
        article.AmbiguousHehAccuracy.Should().BeGreaterThanOrEqualTo(0.975);
    }

    // What each source contributes: the same texts resolved with parts of the lexicon removed. The "word list and
    // default rule" line is the honest estimate for words the curated lists do not hold.
    [Fact]
    public void Resolve_Ablation_EachSourceAddsAccuracy()
    {
        DoChashmiLexicon full = DoChashmiLexicon.Instance;
        DoChashmiLexicon empty = DoChashmiLexicon.Empty;
        DoChashmiLexicon wordListOnly = new(empty.Curated, full.WordList, full.FunctionWords);
        DoChashmiLexicon curatedOnly = new(full.Curated, empty.WordList, full.FunctionWords);
        string text = string.Join('\n', s_teamTexts.Select(f => File.ReadAllText(TestData("dochashmi", f))))
            + '\n' + File.ReadAllText(TestData("corpus", "independent-urdu-putin-kim.txt"));

        var report = new System.Text.StringBuilder();
        double previous = 0;
        foreach ((string name, DoChashmiLexicon lexicon) in (ReadOnlySpan<(string, DoChashmiLexicon)>)[
            ("default-rule-only", empty), ("wordlist+default", wordListOnly), ("curated+default", curatedOnly), ("full", full)])
        {
            DoChashmiEvaluation evaluation = DoChashmiEvaluation.Run(text, lexicon);
            report.Append(evaluation.Report(name));
            if (name is "default-rule-only" or "wordlist+default" or "full")
            {
                evaluation.AmbiguousHehAccuracy.Should().BeGreaterThan(previous, name + " must improve on the stage before");
                previous = evaluation.AmbiguousHehAccuracy;
            }
        }

        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "do-chashmi-evaluation-ablation.txt"), report.ToString());

        // Measured 80.9% with the default rule alone and 91.3% with the word list: the floor for words no curated list holds.
        DoChashmiEvaluation.Run(text, empty).AmbiguousHehAccuracy.Should().BeGreaterThanOrEqualTo(0.79);
        DoChashmiEvaluation.Run(text, wordListOnly).AmbiguousHehAccuracy.Should().BeGreaterThanOrEqualTo(0.89);
    }

    // Words no list holds: 10-fold cross-validation over the word list. Each word-list word whose spelling the curated
    // lists do not settle is resolved with its fold taken out of the word list, so only stems (curated or word list)
    // and the default rule can decide it. The word list is the answer key here, misspellings (بھت، نھیں) included, so
    // this is a floor rather than an exact figure.
    [Fact]
    public void Resolve_WordListCrossValidation_MeetsAccuracyThreshold()
    {
        const int folds = 10;
        DoChashmiLexicon full = DoChashmiLexicon.Instance;
        string[] all = [.. full.WordList.Order(StringComparer.Ordinal)];
        int words = 0, correct = 0;
        var misses = new System.Text.StringBuilder();
        for (int fold = 0; fold < folds; fold++)
        {
            var without = new DoChashmiLexicon(full.Curated, all.Where((_, i) => i % folds != fold).ToFrozenSet(StringComparer.Ordinal), full.FunctionWords);
            for (int i = fold; i < all.Length; i += folds)
            {
                string expected = all[i];
                char[] word = ToArabicHeh(expected).ToCharArray();
                if (DoChashmi.Resolve(word, without) is DoChashmiEvidence.Curated)
                {
                    continue; // the curated lists hold this spelling: not an unknown word
                }

                words++;
                if (word.AsSpan().SequenceEqual(expected))
                {
                    correct++;
                }
                else
                {
                    misses.Append(expected).Append(" → ").Append(word).Append('\n');
                }
            }
        }

        double accuracy = (double)correct / words;
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "do-chashmi-evaluation-cross-validation.txt"),
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"word-list 10-fold: {correct}/{words} = {accuracy:P2}\n") + misses);
        // Measured 814 of 881 (92.40%), docs/do-chashmi.md.
        accuracy.Should().BeGreaterThanOrEqualTo(0.90);
    }
}
