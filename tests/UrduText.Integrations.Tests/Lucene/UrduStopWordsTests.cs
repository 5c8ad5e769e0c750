using Lucene.Net.Analysis.Util;
using UrduText.Lucene;

namespace UrduText.Integrations.Tests.Lucene;

public sealed class UrduStopWordsTests
{
    [Fact]
    public void Words_AreSortedUniqueAndClean()
    {
        var words = UrduStopWords.Words;
        words.Count.Should().Be(203, "docs/data.md states the size");
        words.Should().BeInAscendingOrder(StringComparer.Ordinal).And.OnlyHaveUniqueItems();
        foreach (string word in words)
        {
            word.Should().MatchRegex(@"^[\u0621-\u063A\u0641-\u064A\u0679-\u06D3]+$", "a stop word is Urdu letters only (no marks, spaces or mojibake)");
            word.Should().NotContainAny("\u064A", "\u0643", "\u0647", "\u0649");
        }
    }

    [Fact]
    public void Words_AreInSearchNormalForm()
    {
        foreach (string word in UrduStopWords.Words)
        {
            UrduNormalizer.Search.IsNormalized(word).Should().BeTrue(word);
        }
    }

    [Fact]
    public void Create_NormalizesTheGivenWords()
    {
        CharArraySet set = UrduStopWords.Create(["كيا", "ﺑﻬﯽ", ""]);
        set.Contains("کیا").Should().BeTrue();
        set.Contains("بھی").Should().BeTrue();
        set.Count.Should().Be(2);
    }
}
