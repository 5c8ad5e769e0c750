using CsCheck;

namespace UrduText.Tests.Properties;

/// <summary>Invariants of <see cref="UrduNormalizer"/> over generated hard text (see <see cref="Invariants.CheckNormalizer"/>).</summary>
public sealed class UrduNormalizerPropertyTests
{
    public static TheoryData<int> NormalizerIndexes => [0, 1, 2, 3, 4];

    [Theory]
    [MemberData(nameof(NormalizerIndexes))]
    public void Normalize_GeneratedText_KeepsEveryInvariant(int normalizer) =>
        UrduGen.Default.Sample(
            text => Invariants.CheckNormalizer(Invariants.Normalizers[normalizer], text, new Random(PropertySeed.Of(text))),
            iter: PropertySeed.Iterations(1500));

    [Fact]
    public void Normalize_LongGeneratedText_StreamingEqualsOnePass() =>
        UrduGen.LongText.Sample(
            text => Invariants.CheckNormalizer(UrduNormalizer.Default, text, new Random(PropertySeed.Of(text))),
            iter: PropertySeed.Iterations(150));
}
