using UrduText.Internal;

namespace UrduText.Tests.Internal;

public sealed class PooledBufferTests
{
    [Fact]
    public void Add_PastTheRentedCapacity_KeepsEveryElementInOrder()
    {
        // Declared with `using`, as the string overloads declare it: the additions must land in that variable.
        using var buffer = new PooledBuffer<int>(1);
        for (int i = 0; i < 10_000; i++)
        {
            buffer.Add(i);
        }

        buffer.ToArray().Should().Equal(Enumerable.Range(0, 10_000));
    }

    [Fact]
    public void Segment_MoreSentencesThanTheFirstRental_ReturnsThemAll()
    {
        // 3,000 two-character sentences: far more than the first rental (length / 64 + 16) holds.
        string text = string.Concat(Enumerable.Repeat("\u06C1\u06D4 ", 3000));
        UrduSentenceSegmenter.Default.Segment(text).Should().HaveCount(3000);
    }
}
