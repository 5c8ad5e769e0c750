using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using UrduText.Lucene;

namespace UrduText.Integrations.Tests.Lucene;

/// <summary>The spacing-repair option of <see cref="UrduLuceneTokenizer"/> and <see cref="UrduAnalyzer"/>.</summary>
public sealed class UrduSpacingLuceneTests
{
    const string Text = "انہوں نے فیصلہ کرلیا کہ وہ کل جاسکتا ہے";

    static UrduLuceneTokenizer Tokenizer(TextReader reader, UrduSpacingRepairer? repairer) =>
        new(AttributeSource.AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY, reader, keepPunctuation: false, repairer);

    [Fact]
    public void IncrementToken_SpacingOption_SplitsJoinedWordsWithOffsetsIntoTheOriginal()
    {
        var tokens = UrduLuceneTokenizerTests.Run(Tokenizer(new StringReader(Text), UrduSpacingRepairer.Default), out int finalOffset);

        tokens.Select(t => t.Term).Should().Equal("انہوں", "نے", "فیصلہ", "کر", "لیا", "کہ", "وہ", "کل", "جا", "سکتا", "ہے");
        foreach (var (term, start, end, type) in tokens)
        {
            Text[start..end].Should().Be(term, "every offset points at the original text");
            type.Should().Be("<Word>");
        }

        finalOffset.Should().Be(Text.Length);
    }

    [Fact]
    public void IncrementToken_NoSpacingOption_KeepsWordsAsWritten() =>
        UrduLuceneTokenizerTests.Run(new UrduLuceneTokenizer(new StringReader(Text)), out _).Select(t => t.Term)
            .Should().Contain(["کرلیا", "جاسکتا"]);

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    public void IncrementToken_SpacingOptionReaderInChunks_EqualsRepairThenTokenize(int maxChunk)
    {
        string text = string.Join('\n', Enumerable.Repeat(Text + "، اس کا فیصلہ کیاگیا #کرلیا", 50));
        var tokens = UrduLuceneTokenizerTests.Run(Tokenizer(new TrickleReader(text, maxChunk, seed: maxChunk), UrduSpacingRepairer.Default), out _);

        // The terms are those of the repaired text, and each points back at its letters in the original.
        string repaired = UrduSpacingRepairer.Default.Repair(text);
        var expected = UrduLuceneTokenizerTests.Run(new UrduLuceneTokenizer(new StringReader(repaired)), out _).Select(t => t.Term);
        tokens.Select(t => t.Term).Should().Equal(expected);
        tokens.Should().OnlyContain(t => text.Substring(t.Start, t.End - t.Start) == t.Term);
    }

    [Fact]
    public void Analyzer_SpacingOption_IndexesTheSplitWords()
    {
        using var analyzer = new UrduAnalyzer(LuceneVersion.LUCENE_48, CharArraySet.Empty, UrduSpacingRepairer.Default);
        analyzer.SpacingRepairer.Should().BeSameAs(UrduSpacingRepairer.Default);
        using TokenStream stream = analyzer.GetTokenStream("body", Text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var terms = new List<string>();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
            offset.EndOffset.Should().BeLessThanOrEqualTo(Text.Length);
        }

        stream.End();
        terms.Should().Contain(["کر", "لیا", "جا", "سکتا"]).And.NotContain("کرلیا");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(13)]
    [InlineData(4096)]
    public void IncrementToken_RealTextWithSpacesRemoved_EqualsRepairOfTheWholeText(int maxChunk)
    {
        // The corpus sentences, one per line and several per line, with the space after a non-joining letter removed
        // at random: the tokenizer sees the words one at a time (in chunks of any size) and must split exactly as the
        // one-shot repair of the whole text does, context across words and line breaks included.
        var random = new Random(16);
        var sb = new System.Text.StringBuilder();
        foreach (string sentence in UrduCorpus.Sentences)
        {
            for (int i = 0; i < sentence.Length; i++)
            {
                bool drop = sentence[i] == ' ' && i > 0 && "اآدڈذرڑزژوے".Contains(sentence[i - 1], StringComparison.Ordinal) && random.Next(2) == 0;
                if (!drop)
                {
                    sb.Append(sentence[i]);
                }
            }

            sb.Append(random.Next(3) == 0 ? '\n' : ' ');
        }

        string text = sb.ToString();
        foreach (UrduSpacingRepairer repairer in new[] { UrduSpacingRepairer.Default, UrduTextData.SpacingRepairer })
        {
            var tokens = UrduLuceneTokenizerTests.Run(Tokenizer(new TrickleReader(text, maxChunk, seed: maxChunk), repairer), out int finalOffset);
            string repaired = repairer.Repair(text);
            repaired.Should().NotBe(text, "the text has joined words to repair");
            var expected = UrduLuceneTokenizerTests.Run(new UrduLuceneTokenizer(new StringReader(repaired)), out _).Select(t => t.Term);
            tokens.Select(t => t.Term).Should().Equal(expected);
            tokens.Should().OnlyContain(t => text.Substring(t.Start, t.End - t.Start) == t.Term);
            finalOffset.Should().Be(text.Length);
        }
    }

    [Fact]
    public void IncrementToken_TokenizerReusedForSeveralInputs_EachGivesItsOwnTokens()
    {
        // Lucene reuses one tokenizer per thread: SetReader, Reset, IncrementToken…, End, Close, again.
        var tokenizer = Tokenizer(new StringReader(Text), UrduSpacingRepairer.Default);
        string[] inputs = [Text, "کےلیے\nجاسکتا", Text + "\n" + Text];
        for (int round = 0; round < inputs.Length; round++)
        {
            if (round > 0)
            {
                tokenizer.SetReader(new StringReader(inputs[round]));
            }

            var term = tokenizer.GetAttribute<ICharTermAttribute>();
            var terms = new List<string>();
            tokenizer.Reset();
            while (tokenizer.IncrementToken())
            {
                terms.Add(term.ToString());
            }

            tokenizer.End();
            tokenizer.Dispose();
            string repaired = UrduSpacingRepairer.Default.Repair(inputs[round]);
            terms.Should().Equal(UrduTokenizer.Tokenize(repaired).Select(t => repaired[t.Range]), $"input {round}");
        }
    }
}
