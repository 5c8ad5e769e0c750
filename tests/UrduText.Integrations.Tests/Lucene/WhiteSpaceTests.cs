using System.Globalization;
using Lucene.Net.Util;
using UrduText.Lucene;

namespace UrduText.Integrations.Tests.Lucene;

/// <summary>
/// The Lucene package cuts its input at white space and, seeing only UrduText's public API, defines white space as
/// <see cref="char.IsWhiteSpace(char)"/>. These tests hold that definition to the core's: a drift either way would cut a
/// token in two at a chunk boundary.
/// </summary>
public sealed class WhiteSpaceTests
{
    [Fact]
    public void UrduTokenizer_EveryCodeUnitAlone_GivesNoTokenExactlyForCharIsWhiteSpace()
    {
        var wrong = new List<string>();
        for (int i = 0; i <= char.MaxValue; i++)
        {
            char c = (char)i;
            if (!char.IsSurrogate(c) && (UrduTokenizer.CountTokens(c.ToString()) == 0) != char.IsWhiteSpace(c))
            {
                wrong.Add(i.ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        wrong.Should().BeEmpty("the package's white space is the core tokenizer's");
    }

    [Fact]
    public void IncrementToken_WordsJoinedByEachSeparatorOrFormatCharacter_GivesTheTokensOfUrduTokenizer()
    {
        // Every white-space and format character inside words that span many chunk boundaries: the tokenizer may cut only
        // where the core would also split, so its tokens must be the core's.
        for (int i = 0; i <= char.MaxValue; i++)
        {
            char c = (char)i;
            if (!char.IsWhiteSpace(c) && char.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                continue;
            }

            // The tokenizer fills its buffer to the brim, so the prefix moves the buffer's end through every position of
            // the 9-character unit "خوش?نویس ".
            for (int prefix = 0; prefix < 9; prefix++)
            {
                string text = new string('\u0628', prefix + 1) + " " + string.Join(" ", Enumerable.Repeat($"\u062E\u0648\u0634{c}\u0646\u0648\u06CC\u0633", 700));
                var expected = UrduTokenizer.Tokenize(text).Select(t => (text[t.Range], t.Start, t.End)).ToList();

                var reader = new TrickleReader(text, 997, i);
                var tokenizer = new UrduLuceneTokenizer(AttributeSource.AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY, reader, keepPunctuation: true);
                var actual = UrduLuceneTokenizerTests.Run(tokenizer, out _).Select(t => (t.Term, t.Start, t.End)).ToList();

                actual.Should().Equal(expected, $"U+{i:X4} inside words, prefix {prefix}");
            }
        }
    }
}
