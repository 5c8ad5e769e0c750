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
    public void PreTokenize_JoiningRepairer_RestoresSpacesButNeverMakesAPieceSpanASpace()
    {
        const string text = "یہ مخصو ص علاقہ ہے جو کرلیا";
        var joining = new UrduSpacingRepairer(UrduSpacingModel.Default, joinSplitWords: true);
        joining.Repair(text).Should().Be("یہ مخصوص علاقہ ہے جو کر لیا", "the repairer itself joins");

        var pieces = UrduPreTokenizer.WithSpacingRepair(includeWhitespace: false, joining).PreTokenize(text)
            .Select(p => text.Substring(p.Offset, p.Length));

        pieces.Should().Equal("یہ", "مخصو", "ص", "علاقہ", "ہے", "جو", "کر", "لیا");
    }

    [Fact]
    public void WithSpacingRepair_Null_Throws() =>
        FluentActions.Invoking(() => UrduPreTokenizer.WithSpacingRepair(true, null!)).Should().Throw<ArgumentNullException>();
}
