namespace UrduText.Tests.Spacing;

/// <summary>
/// A settled word (a split exists, but with the model's split penalty none can beat the word after any previous word)
/// is kept after one lookup; these tests hold the shortcut to the full search on real text.
/// </summary>
public sealed class UrduSpacingModelSettledTests
{
    static readonly string s_wikipedia = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "corpus", "ur-wikipedia-dakshina.txt"));

    public static TheoryData<string> Models() => ["core", "data"];

    static UrduSpacingModel Model(string name) => name == "core" ? UrduSpacingModel.Default : UrduTextData.SpacingModel;

    [Theory]
    [MemberData(nameof(Models))]
    public void Decide_EveryWikipediaWordAfterItsOwnAndRandomPreviousWords_MatchesTheFullSearch(string name)
    {
        UrduSpacingModel model = Model(name);
        var shortcut = new UrduSpacingRepairer(model, model.Scoring);
        var full = new UrduSpacingRepairer(model, model.Scoring, trustSettled: false);
        var random = new Random(16);
        Span<int> cutsShortcut = stackalloc int[UrduSpacingRepairer.MaxCuts];
        Span<int> cutsFull = stackalloc int[UrduSpacingRepairer.MaxCuts];
        int previous = -1;
        int settled = 0;
        foreach (UrduToken token in UrduTokenizer.EnumerateTokens(s_wikipedia))
        {
            if (token.Kind != UrduTokenKind.Word)
            {
                previous = -1;
                continue;
            }

            ReadOnlySpan<char> word = s_wikipedia.AsSpan(token.Start, token.Length);
            int id = model.Id(word);
            if (id >= 0 && model.IsSplittable(id) && !model.MaySplit(id, settledHolds: true))
            {
                settled++;
                foreach (int context in (int[])[previous, -1, random.Next(model.WordCount), random.Next(model.WordCount)])
                {
                    int a = shortcut.Decide(word, context, cutsShortcut, out _);
                    int b = full.Decide(word, context, cutsFull, out _);
                    a.Should().Be(0);
                    b.Should().Be(0, $"{word} after word {context} is settled, so no split may win");
                }
            }

            previous = id;
        }

        settled.Should().BeGreaterThan(1000, "most occurrences of splittable words are settled");
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Repair_WikipediaCorpus_SameOutputWithAndWithoutTheShortcut(string name)
    {
        UrduSpacingModel model = Model(name);
        string shortcut = new UrduSpacingRepairer(model, model.Scoring).Repair(s_wikipedia);
        string full = new UrduSpacingRepairer(model, model.Scoring, trustSettled: false).Repair(s_wikipedia);
        shortcut.Should().NotBeSameAs(s_wikipedia, "the corpus has spaces to restore");
        (shortcut == full).Should().BeTrue();
    }

    [Fact]
    public void MaySplit_LowerSplitPenaltyThanTheModels_SearchesSettledWordsToo()
    {
        // A repairer with a lower penalty than the one the words were settled for may split them: it must search.
        UrduSpacingModel model = UrduTextData.SpacingModel;
        var lower = new UrduSpacingRepairer(model, model.Scoring with { SplitPenalty = model.Scoring.SplitPenalty - 2 });
        int settledId = -1;
        foreach (UrduToken token in UrduTokenizer.EnumerateTokens(s_wikipedia))
        {
            int id = token.Kind == UrduTokenKind.Word ? model.Id(s_wikipedia.AsSpan(token.Start, token.Length)) : -1;
            if (id >= 0 && model.IsSplittable(id) && !model.MaySplit(id, settledHolds: true))
            {
                settledId = id;
                break;
            }
        }

        settledId.Should().BeGreaterThanOrEqualTo(0);
        model.MaySplit(settledId, settledHolds: false).Should().BeTrue();
        lower.SettledHolds.Should().BeFalse();
        new UrduSpacingRepairer(model, model.Scoring).SettledHolds.Should().BeTrue();
    }
}
