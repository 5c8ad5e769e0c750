using UrduText.Internal;

namespace UrduText.Tests.Internal;

public class CharClassesTests
{
    [Theory]
    [InlineData('\u06CC', (int)CharClass.UrduLetter)] // ی FARSI YEH
    [InlineData('\u06A9', (int)CharClass.UrduLetter)] // ک KEHEH
    [InlineData('\u06C1', (int)CharClass.UrduLetter)] // ہ HEH GOAL
    [InlineData('\u06BE', (int)CharClass.UrduLetter)] // ھ DO-CHASHMI HEH
    [InlineData('\u064A', (int)CharClass.ArabicLetter)] // ي ARABIC YEH
    [InlineData('\u0643', (int)CharClass.ArabicLetter)] // ك ARABIC KAF
    [InlineData('\u0647', (int)CharClass.ArabicLetter)] // ه ARABIC HEH
    [InlineData('\uFEF4', (int)CharClass.PresentationFormLetter)] // ﻴ YEH MEDIAL FORM
    [InlineData('\uFDF2', (int)CharClass.PresentationFormLetter)] // ﷲ ALLAH ligature
    [InlineData('\uFDFA', (int)CharClass.Symbol)] // ﷺ honorific: a symbol, not a letter
    [InlineData('\u064E', (int)CharClass.CombiningMark)] // zabar
    [InlineData('\u0670', (int)CharClass.CombiningMark)] // superscript alef
    [InlineData('\u0640', (int)CharClass.Tatweel)]
    [InlineData('\u200C', (int)CharClass.ZeroWidthNonJoiner)]
    [InlineData('\u200D', (int)CharClass.ZeroWidthJoiner)]
    [InlineData('\u200F', (int)CharClass.Format)] // RLM
    [InlineData('\u06F5', (int)CharClass.UrduDigit)]
    [InlineData('\u0665', (int)CharClass.ArabicIndicDigit)]
    [InlineData('5', (int)CharClass.AsciiDigit)]
    [InlineData('\u06D4', (int)CharClass.Terminator)] // ۔
    [InlineData('\u061F', (int)CharClass.Terminator)] // ؟
    [InlineData('\u060C', (int)CharClass.Punctuation)] // ،
    [InlineData('\u061B', (int)CharClass.Punctuation)] // ؛
    [InlineData('\u2018', (int)CharClass.Quote)]
    [InlineData('\u2019', (int)CharClass.Quote)]
    [InlineData('(', (int)CharClass.OpeningBracket)]
    [InlineData(')', (int)CharClass.ClosingBracket)]
    [InlineData('_', (int)CharClass.Connector)]
    [InlineData('\u00A0', (int)CharClass.Space)]
    [InlineData('\t', (int)CharClass.Space)]
    [InlineData('\n', (int)CharClass.LineBreak)]
    [InlineData('\u2029', (int)CharClass.LineBreak)]
    [InlineData('A', (int)CharClass.LatinLetter)]
    [InlineData('\u00E9', (int)CharClass.LatinLetter)]
    [InlineData('\u0905', (int)CharClass.OtherLetter)] // Devanagari A
    [InlineData('\u066A', (int)CharClass.Punctuation)] // ٪ ARABIC PERCENT SIGN (Po)
    [InlineData('%', (int)CharClass.Punctuation)]
    [InlineData('\u2764', (int)CharClass.Emoji)] // ❤
    [InlineData('\uFE0F', (int)CharClass.VariationSelector)]
    [InlineData('\uD83D', (int)CharClass.HighSurrogate)]
    [InlineData('\uDE00', (int)CharClass.LowSurrogate)]
    public void Of_Char_ReturnsGeneratedClass(char c, int expected)
    {
        CharClasses.Of(c).Should().Be((CharClass)expected);
    }

    [Theory]
    [InlineData(0x1F600, (int)CharClass.Emoji)] // 😀
    [InlineData(0x1F44D, (int)CharClass.Emoji)] // 👍
    [InlineData(0x1F3FD, (int)CharClass.EmojiModifier)] // medium skin tone
    [InlineData(0x1F1F5, (int)CharClass.RegionalIndicator)]
    [InlineData(0xE0067, (int)CharClass.EmojiTag)]
    [InlineData(0x1D400, (int)CharClass.OtherLetter)] // MATHEMATICAL BOLD CAPITAL A
    [InlineData(0x10FFFD, (int)CharClass.Other)] // private use
    public void Of_SupplementaryCodePoint_ReturnsGeneratedClass(int codePoint, int expected)
    {
        CharClasses.Of(codePoint).Should().Be((CharClass)expected);
    }

    [Fact]
    public void At_SurrogatePair_ReportsWidthTwo()
    {
        CharClasses.At("a\uD83D\uDC4D", 1, out int width).Should().Be(CharClass.Emoji);
        width.Should().Be(2);
    }

    [Fact]
    public void At_LoneHighSurrogate_ReportsItselfWithWidthOne()
    {
        CharClasses.At("\uD83Dx", 0, out int width).Should().Be(CharClass.HighSurrogate);
        width.Should().Be(1);
    }

    [Fact]
    public void Table_EveryUrduAlphabetLetterInSample_IsUrduLetter()
    {
        // The sample article is canonical Urdu: every Arabic-block letter in it must be classified as an Urdu letter.
        string sample = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "corpus", "independent-urdu-putin-kim.txt"));
        foreach (char c in sample)
        {
            if (c is >= '\u0600' and <= '\u06FF' && char.IsLetter(c))
            {
                CharClasses.Of(c).Should().Be(CharClass.UrduLetter, $"U+{(int)c:X4} appears in canonical Urdu text");
            }
        }
    }
}
