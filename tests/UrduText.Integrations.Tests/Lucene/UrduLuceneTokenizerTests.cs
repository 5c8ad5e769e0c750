using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using UrduText.Lucene;

namespace UrduText.Integrations.Tests.Lucene;

public sealed class UrduLuceneTokenizerTests
{
    static string Article => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "corpus", "independent-urdu-putin-kim.txt"));

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(4096)]
    public void IncrementToken_ReaderInSmallChunks_GivesTheTokensOfUrduTokenizer(int maxChunk)
    {
        // Three copies of the article: longer than the tokenizer's first buffer, so chunk boundaries fall inside words.
        string text = string.Join("\n", Article, Article, Article);
        var expected = Expected(text);

        var actual = Run(new UrduLuceneTokenizer(new TrickleReader(text, maxChunk, seed: maxChunk)), out int finalOffset);

        actual.Should().Equal(expected);
        finalOffset.Should().Be(text.Length);
    }

    [Fact]
    public void IncrementToken_Reuse_ResetsState()
    {
        var tokenizer = new UrduLuceneTokenizer(new StringReader("پہلا متن"));
        Run(tokenizer, out _).Select(t => t.Term).Should().Equal("پہلا", "متن");
        tokenizer.SetReader(new StringReader("دوسرا"));
        Run(tokenizer, out int final).Should().Equal(("دوسرا", 0, 5, "<Word>"));
        final.Should().Be(5);
    }

    [Fact]
    public void IncrementToken_KeepPunctuation_EmitsPunctuationTokens()
    {
        const string text = "کہا،ہاں۔ قیمت 1,500 روپے؛";
        var withPunctuation = Run(new UrduLuceneTokenizer(AttributeSource.AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY, new StringReader(text), keepPunctuation: true), out _);
        withPunctuation.Select(t => t.Term).Should().Equal(UrduTokenizer.Tokenize(text).Select(t => text[t.Range]));
        var words = Run(new UrduLuceneTokenizer(new StringReader(text)), out _);
        words.Select(t => t.Type).Should().NotContain("<Punctuation>");
        words.Select(t => t.Term).Should().Contain("1,500");
    }

    [Fact]
    public void IncrementToken_RunLongerThanTheBuffer_IsNotLost()
    {
        string text = "الف " + new string('\u0628', 10_000) + " ب";
        var tokens = Run(new UrduLuceneTokenizer(new TrickleReader(text, 1000, 1)), out _);
        string.Concat(tokens.Select(t => t.Term)).Should().Be(text.Replace(" ", ""));
    }

    static List<(string Term, int Start, int End, string Type)> Expected(string text)
    {
        var list = new List<(string, int, int, string)>();
        foreach (UrduToken t in UrduTokenizer.Tokenize(text))
        {
            if (t.Kind is not (UrduTokenKind.Punctuation or UrduTokenKind.Symbol))
            {
                list.Add((text[t.Range], t.Start, t.End, UrduLuceneTokenizer.GetTypeName(t.Kind)));
            }
        }

        return list;
    }

    internal static List<(string Term, int Start, int End, string Type)> Run(Tokenizer tokenizer, out int finalOffset)
    {
        var list = new List<(string, int, int, string)>();
        var term = tokenizer.AddAttribute<ICharTermAttribute>();
        var offset = tokenizer.AddAttribute<IOffsetAttribute>();
        var type = tokenizer.AddAttribute<ITypeAttribute>();
        tokenizer.Reset();
        while (tokenizer.IncrementToken())
        {
            list.Add((term.ToString(), offset.StartOffset, offset.EndOffset, type.Type));
        }

        tokenizer.End();
        finalOffset = offset.EndOffset;
        tokenizer.Dispose();
        return list;
    }
}

/// <summary>A reader that returns at most a random number of characters per call, as network streams do.</summary>
sealed class TrickleReader(string text, int maxChunk, int seed) : TextReader
{
    readonly Random _random = new(seed);
    int _position;

    public override int Read(char[] buffer, int index, int count)
    {
        int n = Math.Min(Math.Min(count, _random.Next(1, maxChunk + 1)), text.Length - _position);
        text.CopyTo(_position, buffer, index, n);
        _position += n;
        return n;
    }

    public override int Read() => _position < text.Length ? text[_position++] : -1;

    public override int Peek() => _position < text.Length ? text[_position] : -1;
}
