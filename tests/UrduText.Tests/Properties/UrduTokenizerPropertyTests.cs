using CsCheck;

namespace UrduText.Tests.Properties;

/// <summary>Invariants of <see cref="UrduTokenizer"/> and <see cref="UrduTokenReader"/> over generated hard text.</summary>
public sealed class UrduTokenizerPropertyTests
{
    [Fact]
    public void Tokenize_GeneratedText_KeepsEveryInvariant() =>
        UrduGen.Default.Sample(text => Invariants.CheckTokenizer(text, new Random(PropertySeed.Of(text))), iter: PropertySeed.Iterations(3000));

    [Fact]
    public void TokenReader_LongGeneratedText_EqualsOneShotForRandomChunks() =>
        UrduGen.LongText.Sample(text => Invariants.CheckTokenizer(text, new Random(PropertySeed.Of(text))), iter: PropertySeed.Iterations(200));

    [Fact]
    public void Tokenize_GeneratedTextLongerThanABlock_EveryPathEqualsScalar() =>
        UrduGen.Text(120).Sample(text => Invariants.CheckTokenizer(text, new Random(PropertySeed.Of(text))), iter: PropertySeed.Iterations(1000));

    [Fact]
    public void Tokenize_NormalizedText_KeepsEveryInvariant() =>
        UrduGen.Default.Sample(text => Invariants.CheckTokenizer(UrduNormalizer.Default.Normalize(text), new Random(PropertySeed.Of(text))), iter: PropertySeed.Iterations(1000));
}
