namespace UrduText.Tests.Segmentation;

public partial class UrduSentenceSegmenterTests
{
    [Fact]
    public void EnumerateSentences_NewsArticleAndRuleExamples_AllocatesNothing()
    {
        string article = File.ReadAllText(SegmentationTestData.TestDataPath("corpus", "independent-urdu-putin-kim.txt"));
        // Exercise every path: tokenizer queries (3.5, URL ?, ہے?ہاں), abbreviations, quotes, emoji, list markers, spaced dashes.
        string text = article + "\n\n" + string.Join("\n", SegmentationTestData.Golden().Select(row => row.Data.Input));
        UrduSentenceSegmenter[] segmenters =
        [
            UrduSentenceSegmenter.Default,
            new(UrduSegmentationOptions.JoinLines | UrduSegmentationOptions.SplitClauses),
            new(UrduSegmentationOptions.IgnoreSpacedDashes),
        ];

        foreach (UrduSentenceSegmenter segmenter in segmenters)
        {
            int warmUp = Count(segmenter, text);
            int count = 0;
            Allocations.ShouldAllocateNothing(() => count = Count(segmenter, text), "the enumerator must not allocate ({0})", segmenter.Options);
            count.Should().Be(warmUp).And.BeGreaterThan(50);
        }
    }

    static int Count(UrduSentenceSegmenter segmenter, string text)
    {
        int count = 0;
        foreach (UrduSentence sentence in segmenter.EnumerateSentences(text))
        {
            count += sentence.Length > 0 ? 1 : 0;
        }

        return count;
    }
}
