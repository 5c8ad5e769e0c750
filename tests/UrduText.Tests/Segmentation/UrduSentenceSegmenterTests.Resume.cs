namespace UrduText.Tests.Segmentation;

public partial class UrduSentenceSegmenterTests
{
    /// <summary>
    /// <c>1۔</c> after a sentence on the same line is no list marker, but it is one at the start of a text: a streaming
    /// window that starts there would join it to the next sentence. Every window size from 2,100 to 4,200 cuts the
    /// text somewhere around the marker; each must give the whole text's sentences.
    /// </summary>
    [Fact]
    public void SentenceReader_ListMarkerMidLineAtAnyCut_EqualsWholeText()
    {
        string text = new string('\u0628', 3000) + "\u06D4 1\u06D4 \u067E\u06C1\u0644\u0627" + Repeat(" \u06A9", 3000); // ب…۔ 1۔ پہلا ک ک …
        List<UrduSentence> expected = Collect(UrduSentenceSegmenter.Default, text);
        expected.Should().HaveCount(3, "mid-line, 1۔ ends a sentence of its own");
        for (int window = 2100; window <= 4200; window += 3)
        {
            var reader = new UrduSentenceReader(new StringReader(text), UrduSentenceSegmenter.Default, window, 1 << 16);
            var actual = new List<UrduSentence>();
            while (reader.Read())
            {
                actual.Add(new UrduSentence((int)reader.Start, reader.Length));
            }

            if (!actual.SequenceEqual(expected))
            {
                actual.Should().Equal(expected, "window {0}", window);
            }
        }
    }
}
