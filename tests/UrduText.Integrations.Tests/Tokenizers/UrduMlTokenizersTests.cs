using System.IO.Compression;
using System.Reflection;
using Microsoft.ML.Tokenizers;
using UrduText.Tokenizers;

namespace UrduText.Integrations.Tests.Tokenizers;

/// <summary>The adapters with a real vocabulary: o200k_base (GPT-4o), from Microsoft.ML.Tokenizers.Data.O200kBase.</summary>
public sealed class UrduMlTokenizersTests
{
    const string Canonical = "کیا آپ نے یہ دیکھا؟ پاکستان میں بارش ہو رہی ہے۔";
    static readonly Lazy<Tokenizer> s_plain = new(() => TiktokenTokenizer.CreateForModel("gpt-4o"));
    static readonly Lazy<Tokenizer> s_urdu = new(() => TiktokenTokenizer.CreateForModel("gpt-4o", normalizer: UrduMlNormalizer.Instance));
    static readonly Lazy<Tokenizer> s_urduPreTokenized = new(() => CreateO200k(UrduPreTokenizer.Default, UrduMlNormalizer.Instance));

    static TiktokenTokenizer CreateO200k(PreTokenizer preTokenizer, Normalizer normalizer)
    {
        Assembly data = Assembly.Load("Microsoft.ML.Tokenizers.Data.O200kBase");
        string name = data.GetManifestResourceNames().Single(n => n.EndsWith(".tiktoken.deflate", StringComparison.Ordinal));
        using var deflate = new DeflateStream(data.GetManifestResourceStream(name)!, CompressionMode.Decompress);
        var specialTokens = new Dictionary<string, int> { ["<|endoftext|>"] = 199999 };
        return TiktokenTokenizer.Create(deflate, preTokenizer, normalizer, specialTokens);
    }

    public static TheoryData<string, string> Variants => new()
    {
        { "Arabic keyboard", "كيا آپ نے يه ديكها؟ پاكستان ميں بارش هو رهی هے۔" },
        { "presentation forms", "ﻛﻴﺎ ﺁﭖ ﻧﮯ ﻳﮧ ﺩﻳﻜﮭﺎ؟ ﭘﺎﻛﺴﺘﺎﻥ ﻣﻴﮟ ﺑﺎﺭﺵ ﮨﻮ ﺭﮨﯽ ﮨﮯ۔" },
        { "kashida and invisibles", "کیـــا آپ\u200F نے یہ دیکھا؟ پاکـستان میں\u200B بارش ہو رہی ہے۔" },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Normalizer_VariantSpelling_GivesTheTokensOfCanonicalText(string name, string variant)
    {
        var expected = s_plain.Value.EncodeToIds(Canonical);
        s_urdu.Value.EncodeToIds(variant).Should().Equal(expected, name);
        s_urdu.Value.CountTokens(variant).Should().Be(expected.Count);
        s_plain.Value.EncodeToIds(variant).Should().NotEqual(expected, "without the normalizer the model sees different text");
    }

    [Fact]
    public void Normalizer_Offsets_PointIntoTheNormalizedText()
    {
        const string variant = "ﻛﻴﺎ ﺁﭖ ﻧﮯ ﻳﮧ ﺩﻳﻜﮭﺎ";
        var tokens = s_urdu.Value.EncodeToTokens(variant, out string? normalized);
        normalized.Should().Be("کیا آپ نے یہ دیکھا");
        int previousEnd = 0;
        foreach (EncodedToken token in tokens)
        {
            var (offset, length) = token.Offset.GetOffsetAndLength(normalized!.Length);
            offset.Should().BeGreaterThanOrEqualTo(previousEnd);
            previousEnd = offset + length;
        }

        previousEnd.Should().Be(normalized!.Length);
        s_urdu.Value.Decode(tokens.Select(t => t.Id)).Should().Be(normalized);
    }

    [Fact]
    public void PreTokenizer_Default_CoversTheTextAndSplitsUrduPunctuation()
    {
        const string text = "کہا،ہاں۔ قیمت 1,500 روپے؛ دیکھیں #پاکستان";
        var pieces = UrduPreTokenizer.Default.PreTokenize(text).ToList();
        pieces.Select(p => text.Substring(p.Offset, p.Length)).Should().Equal(
            "کہا", "،", "ہاں", "۔", " قیمت", " 1,500", " روپے", "؛", " دیکھیں", " #پاکستان");
        string.Concat(pieces.Select(p => text.Substring(p.Offset, p.Length))).Should().Be(text);
        UrduPreTokenizer.WordsOnly.PreTokenize(text.AsSpan()).Select(p => text.Substring(p.Offset, p.Length))
            .Should().Equal(UrduTokenizer.Tokenize(text).Select(t => text[t.Range]));
    }

    [Fact]
    public void PreTokenizer_WithTiktoken_TokensStayInsidePiecesAndDecodeBack()
    {
        string text = "کیا آپ نے یہ دیکھا؟ قیمت 1,500 روپے؛ https://example.com/a?b=1 #پاکستان 👍🏽";
        var tokenizer = s_urduPreTokenized.Value;
        var tokens = tokenizer.EncodeToTokens(text, out string? normalized);
        string target = normalized ?? text;
        var pieces = UrduPreTokenizer.Default.PreTokenize(target).ToList();
        foreach (EncodedToken token in tokens)
        {
            var (offset, length) = token.Offset.GetOffsetAndLength(target.Length);
            pieces.Should().Contain(p => p.Offset <= offset && offset + length <= p.Offset + p.Length,
                "a BPE token never crosses an Urdu token boundary");
        }

        tokenizer.Decode(tokens.Select(t => t.Id)).Should().Be(target);
        tokenizer.CountTokens(text).Should().Be(tokens.Count).And.BeGreaterThan(pieces.Count - 1);
    }

    [Fact]
    public void MlNormalizer_SpanAndString_Agree()
    {
        const string variant = "ﻛﻴﺎ پاكستان ٢٠٢٤";
        UrduMlNormalizer.Instance.Normalize(variant.AsSpan()).Should().Be(UrduMlNormalizer.Instance.Normalize(variant));
        UrduMlNormalizer.Search.Normalize(variant).Should().Be("کیا پاکستان 2024");
        UrduMlNormalizer.Instance.Normalize(Canonical).Should().BeSameAs(Canonical);
    }
}
