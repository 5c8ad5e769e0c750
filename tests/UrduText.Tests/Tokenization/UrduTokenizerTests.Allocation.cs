using System.Buffers;

namespace UrduText.Tests.Tokenization;

public partial class UrduTokenizerTests
{
    static string Corpus()
    {
        string article = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "corpus", "independent-urdu-putin-kim.txt"));
        string web = string.Join('\n', TokenizationGolden.Rows().Select(r => TokenizationGolden.Unescape(r.Data.Item1)));
        return article + "\n" + web;
    }

    static int EnumerateAll(string text)
    {
        int sum = 0;
        foreach (UrduToken token in UrduTokenizer.EnumerateTokens(text))
        {
            sum += token.Length;
        }

        foreach (UrduToken token in UrduTokenizer.EnumerateTokens(text, UrduTokenKinds.Words))
        {
            sum += token.Length;
        }

        return sum;
    }

    [Fact]
    public void EnumerateTokens_WholeCorpus_AllocatesNothing()
    {
        string text = Corpus();
        var destination = new UrduToken[16];
        EnumerateAll(text);
        UrduTokenizer.CountTokens(text);
        UrduTokenizer.Tokenize(text, destination, out _, out _);

        int sum = 0, count = 0;
        Allocations.ShouldAllocateNothing(() =>
        {
            sum = EnumerateAll(text);
            count = UrduTokenizer.CountTokens(text) + UrduTokenizer.CountTokens(text, UrduTokenKinds.Content);
            int offset = 0;
            while (UrduTokenizer.Tokenize(text.AsSpan(offset), destination, out int consumed, out _) == OperationStatus.DestinationTooSmall)
            {
                offset += consumed;
            }
        }, "enumerating, counting and span tokenization allocate nothing");

        sum.Should().BePositive();
        count.Should().BeGreaterThan(1000);
    }
}
