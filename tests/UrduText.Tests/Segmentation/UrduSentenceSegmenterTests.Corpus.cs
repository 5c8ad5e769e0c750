namespace UrduText.Tests.Segmentation;

public partial class UrduSentenceSegmenterTests
{
    [Fact]
    public void Segment_NewsArticle_MatchesHandCheckedSentences()
    {
        // The expected file was written by reading the article: headline, caption, each sentence with the quote it closes.
        string article = File.ReadAllText(SegmentationTestData.TestDataPath("corpus", "independent-urdu-putin-kim.txt"));
        string[] expected = File.ReadAllLines(SegmentationTestData.TestDataPath("segmentation", "independent-urdu-putin-kim.sentences.txt"));

        Strings(UrduSentenceSegmenter.Default, article).Should().Equal(expected);
    }

    [Fact]
    public void Segment_NewsArticleJoinLines_SameSentences()
    {
        // The article puts one paragraph per line with blank lines between, so joining single line breaks changes nothing.
        string article = File.ReadAllText(SegmentationTestData.TestDataPath("corpus", "independent-urdu-putin-kim.txt"));

        new UrduSentenceSegmenter(UrduSegmentationOptions.JoinLines).Segment(article)
            .Should().Equal(UrduSentenceSegmenter.Default.Segment(article));
    }
}
