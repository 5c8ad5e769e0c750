namespace UrduText.Tests.Segmentation;

public partial class UrduSentenceSegmenterTests
{
    public static TheoryData<GoldenCase> GoldenCases => SegmentationTestData.Golden();

    static string[] ViaEnumerator(UrduSentenceSegmenter segmenter, string input)
    {
        var result = new List<string>();
        foreach (UrduSentence sentence in segmenter.EnumerateSentences(input.AsSpan()))
        {
            result.Add(input[sentence.Range]);
        }

        return [.. result];
    }

    [Theory]
    [MemberData(nameof(GoldenCases))]
    public void EnumerateSentences_Golden_MatchesExpected(GoldenCase golden)
    {
        var segmenter = new UrduSentenceSegmenter(golden.Options);
        ViaEnumerator(segmenter, golden.Input).Should().Equal(golden.Expected, golden.Note);
    }

    /// <summary>The sentences of <paramref name="text"/> as strings, through <see cref="UrduSentenceSegmenter.Segment(string)"/>.</summary>
    static string[] Strings(UrduSentenceSegmenter segmenter, string text) =>
        Array.ConvertAll(segmenter.Segment(text), s => text[s.Range]);

    [Theory]
    [MemberData(nameof(GoldenCases))]
    public void Segment_Golden_MatchesExpected(GoldenCase golden)
    {
        var segmenter = new UrduSentenceSegmenter(golden.Options);
        Strings(segmenter, golden.Input).Should().Equal(golden.Expected, golden.Note);
    }

    [Theory]
    [MemberData(nameof(GoldenCases))]
    public void Segment_SpanGoldenThroughOneSentenceDestination_MatchesExpected(GoldenCase golden)
    {
        var segmenter = new UrduSentenceSegmenter(golden.Options);
        string[] actual = [.. ViaSmallDestinations(segmenter, golden.Input, 1).ConvertAll(s => golden.Input[s.Range])];
        actual.Should().Equal(golden.Expected, golden.Note);
    }

    [Theory]
    [MemberData(nameof(GoldenCases))]
    public void CountSentences_Golden_MatchesExpected(GoldenCase golden)
    {
        var segmenter = new UrduSentenceSegmenter(golden.Options);
        segmenter.CountSentences(golden.Input).Should().Be(golden.Expected.Length, golden.Note);
    }

    [Theory]
    [MemberData(nameof(GoldenCases))]
    public void EnumerateSentences_GoldenInsideLargerText_SameSentences(GoldenCase golden)
    {
        // The same rules must hold when the case is a paragraph of a larger text, at any offset.
        var segmenter = new UrduSentenceSegmenter(golden.Options);
        string text = "پہلا پیراگراف۔\n\n" + golden.Input + "\n\nآخری پیراگراف۔";
        string[] expected = ["پہلا پیراگراف۔", .. golden.Expected, "آخری پیراگراف۔"];
        ViaEnumerator(segmenter, text).Should().Equal(expected, golden.Note);
    }

    [Fact]
    public void Default_IsSharedAndUsesNoOptions()
    {
        UrduSentenceSegmenter.Default.Should().BeSameAs(UrduSentenceSegmenter.Default);
        UrduSentenceSegmenter.Default.Options.Should().Be(UrduSegmentationOptions.None);
    }

    [Fact]
    public void Ctor_UndefinedFlags_Throws()
    {
        Action act = () => _ = new UrduSentenceSegmenter((UrduSegmentationOptions)64);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("options");
    }

    [Fact]
    public void Segment_Null_Throws()
    {
        Action act = () => UrduSentenceSegmenter.Default.Segment(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

#pragma warning disable CS0618 // Split is obsolete: these tests check that it still forwards to Segment.
    [Theory]
    [MemberData(nameof(GoldenCases))]
    public void Split_Obsolete_ForwardsToSegment(GoldenCase golden)
    {
        var segmenter = new UrduSentenceSegmenter(golden.Options);
        segmenter.Split(golden.Input).Should().Equal(Strings(segmenter, golden.Input), golden.Note);
    }

    [Fact]
    public void Split_Null_Throws()
    {
        Action act = () => UrduSentenceSegmenter.Default.Split(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
    }
#pragma warning restore CS0618

    [Fact]
    public void EnumerateSentences_RangesAreTrimmedOffsets()
    {
        const string text = "  جی۔  ہاں۔ ";
        var sentences = new List<UrduSentence>();
        foreach (UrduSentence s in UrduSentenceSegmenter.Default.EnumerateSentences(text))
        {
            sentences.Add(s);
        }

        sentences.Should().Equal(new UrduSentence(2, 3), new UrduSentence(7, 4));
        sentences[1].End.Should().Be(11);
    }
}
