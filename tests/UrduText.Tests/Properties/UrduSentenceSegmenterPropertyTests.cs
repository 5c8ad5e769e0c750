using CsCheck;

namespace UrduText.Tests.Properties;

/// <summary>Invariants of <see cref="UrduSentenceSegmenter"/> and <see cref="UrduSentenceReader"/> over generated hard text.</summary>
public sealed class UrduSentenceSegmenterPropertyTests
{
    public static TheoryData<int> SegmenterIndexes => [0, 1, 2];

    [Theory]
    [MemberData(nameof(SegmenterIndexes))]
    public void EnumerateSentences_GeneratedText_KeepsEveryInvariant(int segmenter) =>
        UrduGen.Default.Sample(
            text => Invariants.CheckSegmenter(Invariants.Segmenters[segmenter], text, new Random(PropertySeed.Of(text))),
            iter: PropertySeed.Iterations(1500));

    [Fact]
    public void SentenceReader_LongGeneratedText_EqualsOneShotForRandomChunks() =>
        UrduGen.LongText.Sample(
            text => Invariants.CheckSegmenter(UrduSentenceSegmenter.Default, text, new Random(PropertySeed.Of(text))),
            iter: PropertySeed.Iterations(200));
}
