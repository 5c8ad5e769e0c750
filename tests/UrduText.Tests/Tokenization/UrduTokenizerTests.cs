using System.Buffers;

namespace UrduText.Tests.Tokenization;

/// <summary>Tests of <see cref="UrduTokenizer"/>; split by concern into partial files.</summary>
public partial class UrduTokenizerTests
{
    [Fact]
    public void Tokenize_Null_ThrowsArgumentNullException()
    {
        Action act = () => UrduTokenizer.Tokenize(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Fact]
    public void Tokenize_Empty_ReturnsEmptyArray()
    {
        UrduTokenizer.Tokenize("").Should().BeEmpty();
        UrduTokenizer.CountTokens("").Should().Be(0);
        UrduTokenizer.Tokenize(ReadOnlySpan<char>.Empty, Span<UrduToken>.Empty, out int consumed, out int written).Should().Be(OperationStatus.Done);
        consumed.Should().Be(0);
        written.Should().Be(0);
    }

    [Fact]
    public void Tokenize_SpanEmptyDestinationWithTokens_ReportsDestinationTooSmallWithoutProgress()
    {
        UrduTokenizer.Tokenize("  کتاب", Span<UrduToken>.Empty, out int consumed, out int written).Should().Be(OperationStatus.DestinationTooSmall);
        consumed.Should().Be(0);
        written.Should().Be(0);
    }

    [Fact]
    public void Tokenize_SpanOnlyWhitespaceLeft_ReportsDoneAndConsumesAll()
    {
        var destination = new UrduToken[1];
        UrduTokenizer.Tokenize("کتاب   ", destination, out int consumed, out int written).Should().Be(OperationStatus.Done);
        consumed.Should().Be(7);
        written.Should().Be(1);
    }

    [Fact]
    public void Tokenize_SpanFullDestination_ConsumedEndsAtLastToken()
    {
        var destination = new UrduToken[2];
        UrduTokenizer.Tokenize("ایک دو  تین", destination, out int consumed, out int written).Should().Be(OperationStatus.DestinationTooSmall);
        written.Should().Be(2);
        consumed.Should().Be(6);
    }

    [Fact]
    public void Tokenize_LargeText_GrowsBufferAndMatchesEnumerator()
    {
        string text = string.Concat(Enumerable.Repeat("یہ، 1 ", 5000));
        UrduToken[] tokens = UrduTokenizer.Tokenize(text);
        tokens.Should().HaveCount(15000);
        tokens.Length.Should().Be(UrduTokenizer.CountTokens(text));
    }

    [Fact]
    public void Token_RangeAndEnd_SliceTheText()
    {
        string text = "قیمت 1,500 روپے";
        UrduToken token = UrduTokenizer.Tokenize(text)[1];
        token.Should().Be(new UrduToken(5, 5, UrduTokenKind.Number));
        token.End.Should().Be(10);
        text[token.Range].Should().Be("1,500");
    }

    [Fact]
    public void Kinds_ToKindsAndContains_RoundTrip()
    {
        foreach (UrduTokenKind kind in Enum.GetValues<UrduTokenKind>())
        {
            kind.ToKinds().Contains(kind).Should().BeTrue();
            UrduTokenKinds.All.Contains(kind).Should().BeTrue();
            UrduTokenKinds.None.Contains(kind).Should().BeFalse();
        }

        UrduTokenKinds.Words.Contains(UrduTokenKind.Number).Should().BeFalse();
    }

    [Fact]
    public void EnumerateTokens_AcceptanceLine_MatchesIssueExample()
    {
        const string Line = "کہا،ہاں۔ قیمت 1,500 روپے؛ دیکھیں https://example.com/a?b=1 #پاکستان 👍🏽";
        var texts = new List<string>();
        foreach (UrduToken token in UrduTokenizer.EnumerateTokens(Line))
        {
            texts.Add(Line[token.Range]);
        }

        string.Join(' ', texts).Should().Be("کہا ، ہاں ۔ قیمت 1,500 روپے ؛ دیکھیں https://example.com/a?b=1 #پاکستان 👍🏽");
    }
}
