using System.Buffers;

namespace UrduText.Tests.Tokenization;

public partial class UrduTokenizerTests
{
    public static TheoryData<string, string, string> GoldenRows => TokenizationGolden.Rows();

    static string Expected(string text, string expectedColumn)
    {
        var expected = TokenizationGolden.ParseExpected(expectedColumn);

        // The expected texts must be the input's non-whitespace characters in order: catches typos in the golden file.
        string.Concat(expected.Select(e => e.Text)).Should().Be(string.Concat(text.Where(c => !char.IsWhiteSpace(c))),
            "the golden row's expected tokens must cover the input");
        return string.Join(' ', expected.Select(e => $"{e.Kind}:{TokenizationGolden.Escape(e.Text)}"));
    }

    [Theory]
    [MemberData(nameof(GoldenRows))]
    public void EnumerateTokens_Golden_MatchesExpectedTokensAndKinds(string input, string expected, string note)
    {
        string text = TokenizationGolden.Unescape(input);
        var tokens = new List<UrduToken>();
        var texts = new List<string>();
        var enumerator = UrduTokenizer.EnumerateTokens(text);
        while (enumerator.MoveNext())
        {
            tokens.Add(enumerator.Current);
            texts.Add(enumerator.CurrentText.ToString());
        }

        TokenizationGolden.Format(text, tokens).Should().Be(Expected(text, expected), note);
        texts.Should().Equal(tokens.Select(t => text[t.Range]), "CurrentText is the current token's text");
    }

    [Theory]
    [MemberData(nameof(GoldenRows))]
    public void Tokenize_StringGolden_MatchesExpectedTokensAndKinds(string input, string expected, string note)
    {
        string text = TokenizationGolden.Unescape(input);
        TokenizationGolden.Format(text, UrduTokenizer.Tokenize(text)).Should().Be(Expected(text, expected), note);
    }

    [Theory]
    [MemberData(nameof(GoldenRows))]
    public void Tokenize_SpanGolden_MatchesExpectedTokensAndKinds(string input, string expected, string note)
    {
        string text = TokenizationGolden.Unescape(input);
        var destination = new UrduToken[text.Length + 1];
        OperationStatus status = UrduTokenizer.Tokenize(text, destination, out int consumed, out int written);
        status.Should().Be(OperationStatus.Done);
        consumed.Should().Be(text.Length);
        TokenizationGolden.Format(text, destination.Take(written)).Should().Be(Expected(text, expected), note);
    }

    [Theory]
    [MemberData(nameof(GoldenRows))]
    public void Tokenize_SpanGoldenSmallDestination_ResumesToSameTokens(string input, string expected, string note)
    {
        string text = TokenizationGolden.Unescape(input);
        string want = Expected(text, expected);
        for (int size = 1; size <= 3; size++)
        {
            var all = new List<UrduToken>();
            var destination = new UrduToken[size];
            int offset = 0;
            int calls = 0;
            while (true)
            {
                OperationStatus status = UrduTokenizer.Tokenize(text.AsSpan(offset), destination, out int consumed, out int written);
                all.AddRange(destination.Take(written).Select(t => t with { Start = t.Start + offset }));
                offset += consumed;
                calls++;
                calls.Should().BeLessThan(text.Length + 3, "every call makes progress");
                if (status == OperationStatus.Done)
                {
                    offset.Should().Be(text.Length);
                    break;
                }

                status.Should().Be(OperationStatus.DestinationTooSmall);
                written.Should().Be(size, "a call only stops early when the destination is full");
            }

            TokenizationGolden.Format(text, all).Should().Be(want, $"{note} (destination of {size})");
        }
    }

    [Theory]
    [MemberData(nameof(GoldenRows))]
    public void CountTokens_Golden_MatchesExpectedCountPerKind(string input, string expected, string note)
    {
        string text = TokenizationGolden.Unescape(input);
        Expected(text, expected);
        var parsed = TokenizationGolden.ParseExpected(expected);
        UrduTokenizer.CountTokens(text).Should().Be(parsed.Count, note);
        foreach (UrduTokenKind kind in Enum.GetValues<UrduTokenKind>())
        {
            UrduTokenizer.CountTokens(text, kind.ToKinds()).Should().Be(parsed.Count(p => p.Kind == kind), $"{note}: count of {kind}");
        }
    }

    [Theory]
    [MemberData(nameof(GoldenRows))]
    public void EnumerateTokens_GoldenWithKindFilter_YieldsOnlyThatKind(string input, string expected, string note)
    {
        string text = TokenizationGolden.Unescape(input);
        Expected(text, expected);
        var parsed = TokenizationGolden.ParseExpected(expected);
        foreach (UrduTokenKinds kinds in new[] { UrduTokenKinds.Words, UrduTokenKinds.Content, UrduTokenKinds.Punctuation | UrduTokenKinds.Symbol, UrduTokenKinds.None })
        {
            var got = new List<string>();
            foreach (UrduToken token in UrduTokenizer.EnumerateTokens(text, kinds))
            {
                kinds.Contains(token.Kind).Should().BeTrue();
                got.Add(text[token.Range]);
            }

            got.Should().Equal(parsed.Where(p => kinds.Contains(p.Kind)).Select(p => p.Text), $"{note} filtered to {kinds}");
        }
    }
}
