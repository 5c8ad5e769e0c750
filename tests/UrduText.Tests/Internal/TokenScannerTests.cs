using UrduText.Internal;

namespace UrduText.Tests.Internal;

/// <summary>The scanning helpers other stages (sentence segmenter, transliterator) call directly.</summary>
public class TokenScannerTests
{
    [Theory]
    [InlineData("قیمت 3.5 فیصد", 6, true)]
    [InlineData("۲۲٫۵", 2, true)]
    [InlineData("13.09.2023", 5, true)]
    [InlineData("سال 2023. اگلا", 8, false)]
    [InlineData("12.۳", 2, false)]
    [InlineData(".5", 0, false)]
    public void IsInsideNumber_Separator_ReportsWhetherANumberCoversIt(string text, int index, bool expected)
    {
        NumberScanner.IsInsideNumber(text, index).Should().Be(expected);
    }

    [Theory]
    [InlineData("دیکھیں www.example.com.pk۔", 7, "www.example.com.pk", UrduTokenKind.Url)]
    [InlineData("لکھیں info@example.com.", 6, "info@example.com", UrduTokenKind.Email)]
    [InlineData("U.S. کے", 0, "U.S.", UrduTokenKind.LatinWord)]
    [InlineData("Dr. Smith", 0, "Dr", UrduTokenKind.LatinWord)]
    [InlineData("Dr. Smith", 2, ".", UrduTokenKind.Punctuation)]
    [InlineData("کیا؟؟ ہاں", 3, "؟؟", UrduTokenKind.Punctuation)]
    [InlineData("  کتاب", 0, "کتاب", UrduTokenKind.Word)]
    public void ReadToken_AtPosition_ReturnsTheTokenThere(string text, int start, string expectedText, UrduTokenKind expectedKind)
    {
        UrduToken token = TokenScanner.ReadToken(text, start);
        text[token.Range].Should().Be(expectedText);
        token.Kind.Should().Be(expectedKind);
    }

    [Fact]
    public void ReadToken_StartOutsideText_ThrowsArgumentOutOfRange()
    {
        Action act = () => TokenScanner.ReadToken("abc", 3);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void EmojiScanner_ZwjSequenceWithSkinTones_IsOneSequence()
    {
        const string Couple = "\U0001F469\U0001F3FD\u200D\u2764\uFE0F\u200D\U0001F468\U0001F3FF"; // woman, heart, man with skin tones
        EmojiScanner.Scan(Couple + "x", 0).Should().Be(Couple.Length);
    }

    [Fact]
    public void UrlScanner_SchemeWithoutHost_IsNotAUrl()
    {
        UrlScanner.TryScan("https:// x", 0, out _).Should().BeFalse();
        UrlScanner.TryScan("www.x", 0, out _).Should().BeFalse();
    }
}
