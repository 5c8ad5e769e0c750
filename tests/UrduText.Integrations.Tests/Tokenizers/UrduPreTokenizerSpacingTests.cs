using UrduText.Tokenizers;

namespace UrduText.Integrations.Tests.Tokenizers;

/// <summary>The spacing-repair option of <see cref="UrduPreTokenizer"/>.</summary>
public sealed class UrduPreTokenizerSpacingTests
{
    const string Text = "انہوں نے فیصلہ کرلیا کہ وہ کل جاسکتا ہے۔";

    [Fact]
    public void PreTokenize_WordsOnlyWithSpacingRepair_SplitsJoinedWordsIntoRangesOfTheOriginal()
    {
        var pieces = UrduPreTokenizer.WithSpacingRepair(includeWhitespace: false, UrduSpacingRepairer.Default).PreTokenize(Text)
            .Select(p => Text.Substring(p.Offset, p.Length));

        pieces.Should().Equal("انہوں", "نے", "فیصلہ", "کر", "لیا", "کہ", "وہ", "کل", "جا", "سکتا", "ہے", "۔");
    }

    [Fact]
    public void PreTokenize_DefaultWithSpacingRepair_PiecesStillCoverTheWholeText()
    {
        var pieces = UrduPreTokenizer.WithSpacingRepair(includeWhitespace: true, UrduSpacingRepairer.Default).PreTokenize(Text).ToList();

        string.Concat(pieces.Select(p => Text.Substring(p.Offset, p.Length))).Should().Be(Text);
        pieces.Select(p => Text.Substring(p.Offset, p.Length)).Should().Contain([" کر", "لیا", " جا", "سکتا"]);
        pieces.Count.Should().Be(UrduPreTokenizer.Default.PreTokenize(Text).Count() + 2);
    }

    [Fact]
    public void WithSpacingRepair_Null_Throws() =>
        FluentActions.Invoking(() => UrduPreTokenizer.WithSpacingRepair(true, null!)).Should().Throw<ArgumentNullException>();
}
