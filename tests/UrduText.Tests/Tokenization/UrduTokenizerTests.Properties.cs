using System.Buffers;
using System.Text;
using UrduText.Internal;

namespace UrduText.Tests.Tokenization;

public partial class UrduTokenizerTests
{
    // Pieces the random texts are built from, biased towards what makes tokenization hard: Arabic letters with
    // marks, ZWNJ/ZWJ, digits of three systems and their separators, URL and e-mail parts, quotes, emoji sequences.
    static readonly string[] s_pieces =
    [
        "ک", "ہ", "ا", "ں", "ی", "ے", "ء", "ھ", "ۓ", "ي", "ك", "ﻛ", "\u064E", "\u0650", "\u064F", "\u0651", "\u0670", "\u0640",
        "\u200C", "\u200D", "\u200B", "\u200F", "\uFEFF", "_", "کتاب", "خوش\u200Cنویس",
        "0", "1", "9", "۰", "۵", "۹", "٠", "٥", "٩", "१", "123", "۲۲", ".", ",", ":", "/", "٫", "٬", "%", "٪",
        "@", "#", "*", "-", "+", "=", "$", "ﷺ", "ﷲ",
        "'", "\"", "’", "‘", "“", "”", "«", "»", "(", ")", "[", "]", "۔", "؟", "،", "؛", "!", "?", "…",
        " ", " ", " ", "\t", "\n", "\r\n", "\u00A0", "\u2029",
        "👍", "\U0001F3FD", "\U0001F1F5", "\U0001F1F0", "\uFE0F", "\u20E3", "👨\u200D👩", "\U000E0067", "\U000E007F", "❤",
        "https://", "http://", "www.", "example", ".com", ".pk", "/node/1", "?a=1", "info", "@mail", "U.S.", "e.g", "a", "Z", "é",
        "\uD800", "\uDC00", "\uDBFF", "\u0001", "\u0085", "\uE000", "\u0378", "\uFFFF", "अ", "\u0901",
    ];

    static string RandomText(Random random, int pieces)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < pieces; i++)
        {
            if (random.Next(10) == 0)
            {
                sb.Append((char)random.Next(0x10000)); // any UTF-16 code unit, lone surrogates included
            }
            else
            {
                sb.Append(s_pieces[random.Next(s_pieces.Length)]);
            }
        }

        return sb.ToString();
    }

    public static TheoryData<int> Seeds() => new(Enumerable.Range(1, 40));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void EnumerateTokens_RandomText_TokensAreOrderedInBoundsAndReconstructInput(int seed)
    {
        var random = new Random(seed);
        for (int round = 0; round < 50; round++)
        {
            string text = RandomText(random, random.Next(1, 60));
            var tokens = new List<UrduToken>();
            foreach (UrduToken token in UrduTokenizer.EnumerateTokens(text))
            {
                tokens.Add(token);
            }

            var rebuilt = new StringBuilder();
            int previousEnd = 0;
            foreach (UrduToken token in tokens)
            {
                token.Length.Should().BePositive($"tokens are never empty in {Show(text)}");
                token.Start.Should().BeGreaterThanOrEqualTo(previousEnd, $"tokens are ordered and never overlap in {Show(text)}");
                token.End.Should().BeLessThanOrEqualTo(text.Length);
                Enum.IsDefined(token.Kind).Should().BeTrue();
                string gap = text[previousEnd..token.Start];
                gap.All(CharPredicates.IsWhiteSpace).Should().BeTrue($"only whitespace lies between tokens in {Show(text)}, gap {Show(gap)}");
                text[token.Range].Any(CharPredicates.IsWhiteSpace).Should().BeFalse($"tokens hold no whitespace in {Show(text)}");
                if (token.Start > 0 && char.IsLowSurrogate(text[token.Start]) && char.IsHighSurrogate(text[token.Start - 1]))
                {
                    Assert.Fail($"a surrogate pair was split at {token.Start} in {Show(text)}");
                }

                rebuilt.Append(gap).Append(text, token.Start, token.Length);
                previousEnd = token.End;
            }

            text[previousEnd..].All(CharPredicates.IsWhiteSpace).Should().BeTrue($"only whitespace follows the last token in {Show(text)}");
            rebuilt.Append(text, previousEnd, text.Length - previousEnd);
            rebuilt.ToString().Should().Be(text, "tokens and whitespace reconstruct the input exactly");
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Overloads_RandomText_AllAgree(int seed)
    {
        var random = new Random(seed);
        for (int round = 0; round < 50; round++)
        {
            string text = RandomText(random, random.Next(0, 60));
            var enumerated = new List<UrduToken>();
            foreach (UrduToken token in UrduTokenizer.EnumerateTokens(text))
            {
                enumerated.Add(token);
            }

            UrduTokenizer.Tokenize(text).Should().Equal(enumerated, $"Tokenize(string) agrees on {Show(text)}");
            UrduTokenizer.CountTokens(text).Should().Be(enumerated.Count);

            var destination = new UrduToken[enumerated.Count];
            UrduTokenizer.Tokenize(text, destination, out int consumed, out int written).Should().Be(OperationStatus.Done);
            consumed.Should().Be(text.Length);
            destination.Take(written).Should().Equal(enumerated);

            // Resuming at every token boundary gives the same tokens (no look-behind).
            foreach (UrduToken token in enumerated)
            {
                TokenScanner.ReadToken(text, token.Start).Should().Be(token, $"reading at {token.Start} of {Show(text)} gives the same token");
            }

            // Chunked through a one-token destination.
            var chunked = new List<UrduToken>();
            var one = new UrduToken[1];
            int offset = 0;
            while (UrduTokenizer.Tokenize(text.AsSpan(offset), one, out int c, out int w) == OperationStatus.DestinationTooSmall)
            {
                chunked.AddRange(one.Take(w).Select(t => t with { Start = t.Start + offset }));
                offset += c;
            }

            chunked.AddRange(one.Take(UrduTokenizer.CountTokens(text.AsSpan(offset))).Select(t => t with { Start = t.Start + offset }));
            chunked.Should().Equal(enumerated, $"chunked tokenization agrees on {Show(text)}");
        }
    }

    static string Show(string text) => "\"" + TokenizationGolden.Escape(text) + "\"";
}
