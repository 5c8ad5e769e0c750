using System.Buffers;

namespace UrduText.Tests.Segmentation;

public partial class UrduSentenceSegmenterTests
{
    /// <summary>
    /// The span overload through a destination of <paramref name="length"/>, each call resumed at the previous call's
    /// <c>charsConsumed</c>. A call that writes nothing (no resume point within the destination) is retried with a
    /// destination one longer, as a caller would.
    /// </summary>
    static List<UrduSentence> ViaSmallDestinations(UrduSentenceSegmenter segmenter, string text, int length)
    {
        var all = new List<UrduSentence>();
        var destination = new UrduSentence[length];
        int offset = 0;
        while (true)
        {
            OperationStatus status = segmenter.Segment(text.AsSpan(offset), destination, out int consumed, out int written);
            all.AddRange(destination.Take(written).Select(s => s with { Start = s.Start + offset }));
            if (status == OperationStatus.Done)
            {
                consumed.Should().Be(text.Length - offset);
                return all;
            }

            status.Should().Be(OperationStatus.DestinationTooSmall);
            if (written == 0)
            {
                consumed.Should().Be(0);
                destination = new UrduSentence[destination.Length + 1];
                continue;
            }

            consumed.Should().Be(destination[written - 1].End, "charsConsumed is the end of the last sentence written");
            destination = new UrduSentence[length];
            offset += consumed;
        }
    }

    /// <summary>Real text: the news article, the evaluation sets and a slice of Wikipedia, plus the golden inputs joined.</summary>
    public static TheoryData<string> RealTexts()
    {
        string golden = string.Join("\n", SegmentationTestData.Golden().Select(row => row.Data.Input));
        string wikipedia = File.ReadAllText(SegmentationTestData.TestDataPath("corpus", "ur-wikipedia-dakshina.txt"));
        return
        [
            File.ReadAllText(SegmentationTestData.TestDataPath("corpus", "independent-urdu-putin-kim.txt")),
            File.ReadAllText(SegmentationTestData.TestDataPath("segmentation", "ud-style-news.txt")),
            File.ReadAllText(SegmentationTestData.TestDataPath("segmentation", "ordinary-dashes.txt")),
            File.ReadAllText(SegmentationTestData.TestDataPath("segmentation", "ud-style-eval.txt")),
            wikipedia[..Math.Min(wikipedia.Length, 60_000)],
            golden,
            // Golden inputs run together on one line: sentence ends without white space, list markers mid-line.
            golden.Replace('\n', ' '),
            golden.Replace("\n", "", StringComparison.Ordinal),
        ];
    }

    [Theory]
    [MemberData(nameof(RealTexts))]
    public void Segment_SpanRealTextThroughTinyDestinations_EqualsEnumerator(string text)
    {
        foreach (UrduSegmentationOptions options in AllOptions)
        {
            var segmenter = new UrduSentenceSegmenter(options);
            List<UrduSentence> expected = Collect(segmenter, text);
            foreach (int length in (int[])[1, 2, 3, 5, 8, 64])
            {
                List<UrduSentence> actual = ViaSmallDestinations(segmenter, text, length);
                if (!actual.SequenceEqual(expected))
                {
                    actual.Should().Equal(expected, "destination {0} [{1}]", length, options);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(AllOptions))]
    public void Segment_SpanRandomTextThroughTinyDestinations_EqualsEnumerator(UrduSegmentationOptions options)
    {
        var segmenter = new UrduSentenceSegmenter(options);
        var random = new Random(4242 + (int)options);
        for (int round = 0; round < 2000; round++)
        {
            string text = RandomText(random, random.Next(0, 60), allowBlankLines: true);
            List<UrduSentence> expected = Collect(segmenter, text);
            int length = random.Next(1, 5);
            List<UrduSentence> actual = ViaSmallDestinations(segmenter, text, length);
            if (!actual.SequenceEqual(expected))
            {
                actual.Should().Equal(expected, "destination {0} [{1}]: {2}", length, options, Escape(text));
            }
        }
    }

    [Fact]
    public void Segment_SpanExactFit_ReturnsDone()
    {
        const string text = "پہلا جملہ۔ دوسرا جملہ؟ تیسرا!  ";
        var destination = new UrduSentence[3];
        UrduSentenceSegmenter.Default.Segment(text, destination, out int consumed, out int written).Should().Be(OperationStatus.Done);
        written.Should().Be(3);
        consumed.Should().Be(text.Length, "Done consumes the trailing white space too");
        destination.Should().Equal(UrduSentenceSegmenter.Default.Segment(text));
    }

    [Fact]
    public void Segment_SpanEmptyOrWhiteSpace_ReturnsDoneWithNothing()
    {
        UrduSentenceSegmenter.Default.Segment(ReadOnlySpan<char>.Empty, Span<UrduSentence>.Empty, out int consumed, out int written)
            .Should().Be(OperationStatus.Done);
        (consumed, written).Should().Be((0, 0));

        UrduSentenceSegmenter.Default.Segment(" \n\t ", Span<UrduSentence>.Empty, out consumed, out written).Should().Be(OperationStatus.Done);
        (consumed, written).Should().Be((4, 0));
        UrduSentenceSegmenter.Default.Segment("").Should().BeEmpty();
    }

    [Fact]
    public void Segment_SpanEmptyDestination_ReportsNoProgress()
    {
        UrduSentenceSegmenter.Default.Segment("  جی۔", Span<UrduSentence>.Empty, out int consumed, out int written)
            .Should().Be(OperationStatus.DestinationTooSmall);
        (consumed, written).Should().Be((0, 0));
    }

    [Fact]
    public void Segment_SpanFull_StopsAtTheEndOfTheLastSentence()
    {
        const string text = "پہلا۔  دوسرا۔ تیسرا۔";
        var destination = new UrduSentence[2];
        UrduSentenceSegmenter.Default.Segment(text, destination, out int consumed, out int written).Should().Be(OperationStatus.DestinationTooSmall);
        written.Should().Be(2);
        consumed.Should().Be(destination[1].End);
        text[destination[1].Range].Should().Be("دوسرا۔");
    }

    [Theory]
    [InlineData("جملہ۔ 1۔ پہلا", 1, 0)]        // mid-line 1۔ is a sentence; at the start of a resumed text it would be a list marker
    [InlineData("جملہ۔ 1۔ پہلا", 2, 2)]        // after 1۔ the next sentence may start over
    [InlineData("جملہ۔\n1۔ پہلا نکتہ", 1, 1)] // at the start of a line it is a list marker either way
    [InlineData("کیا یہ سچ ہے?ہاں۔ جی", 1, 0)] // no white space: the tokenizer query may span the two sentences
    [InlineData("کیا یہ سچ ہے?ہاں۔ جی", 2, 2)]
    public void Segment_SpanFull_StopsOnlyWhereResumingGivesTheSameSentences(string text, int length, int expectedWritten)
    {
        var destination = new UrduSentence[length];
        UrduSentenceSegmenter.Default.Segment(text, destination, out int consumed, out int written).Should().Be(OperationStatus.DestinationTooSmall);
        written.Should().Be(expectedWritten);
        consumed.Should().Be(written == 0 ? 0 : destination[written - 1].End);
        ViaSmallDestinations(UrduSentenceSegmenter.Default, text, length).Should().Equal(Collect(UrduSentenceSegmenter.Default, text));
    }

    [Fact]
    public void Segment_SpanThroughSmallDestination_AllocatesNothing()
    {
        string article = File.ReadAllText(SegmentationTestData.TestDataPath("corpus", "independent-urdu-putin-kim.txt"));
        string text = article + "\n\n" + string.Join("\n", SegmentationTestData.Golden().Select(row => row.Data.Input));
        var destination = new UrduSentence[8];
        foreach (UrduSegmentationOptions options in AllOptions)
        {
            var segmenter = new UrduSentenceSegmenter(options);
            int sentences = 0;
            void Run()
            {
                sentences = 0;
                ReadOnlySpan<char> rest = text;
                OperationStatus status;
                int written;
                do
                {
                    status = segmenter.Segment(rest, destination, out int consumed, out written);
                    sentences += written;
                    rest = rest[consumed..];
                }
                while (status == OperationStatus.DestinationTooSmall && written > 0);
            }

            Run();
            Allocations.ShouldAllocateNothing(Run, "the span overload must not allocate ({0})", options);
            sentences.Should().Be(segmenter.CountSentences(text));
        }
    }
}
