using System.Buffers;

namespace UrduText.Tests.Normalization;

public partial class UrduNormalizerTests
{
    [Theory]
    [InlineData("Search", "پاکـــستان", "پاکستان", new[] { 0, 1, 2, 6, 7, 8, 9 })]
    [InlineData("Search", "\uFEFBہور", "لاہور", new[] { 0, 0, 1, 2, 3 })]
    [InlineData("Default", "\uFEFBہور", "لاہور", new[] { 0, 0, 1, 2, 3 })]
    [InlineData("Default", "ب\u0651\u064Eا", "ب\u064E\u0651ا", new[] { 0, 0, 0, 3 })]
    [InlineData("Default", "ا\u0653ج", "آج", new[] { 0, 2 })]
    [InlineData("Default", "ہے  اور", "ہے اور", new[] { 0, 1, 2, 4, 5, 6 })]
    [InlineData("Default", "ہے\r\nاور", "ہے\nاور", new[] { 0, 1, 2, 4, 5, 6 })]
    [InlineData("Default", "\u200Fكيا", "کیا", new[] { 1, 2, 3 })]
    [InlineData("Default", "a\uD83D\uDE00b", "a\uD83D\uDE00b", new[] { 0, 1, 1, 3 })]
    public void NormalizeWithSourceIndices_Examples_MapEachCharacterToItsUnit(string profile, string source, string expected, int[] indices)
    {
        var n = new UrduNormalizer(ParseOptions(profile));
        var destination = new char[n.GetMaxNormalizedLength(source.Length)];
        var map = new int[destination.Length];

        OperationStatus status = n.NormalizeWithSourceIndices(source, destination, map, out int consumed, out int written);

        status.Should().Be(OperationStatus.Done);
        consumed.Should().Be(source.Length);
        new string(destination, 0, written).Should().Be(expected);
        map.AsSpan(0, written).ToArray().Should().Equal(indices);
    }

    [Theory]
    [MemberData(nameof(PropertyProfiles))]
    public void NormalizeWithSourceIndices_RandomText_SameOutputAndNonDecreasingIndices(string profile)
    {
        var n = new UrduNormalizer(ParseOptions(profile));
        var random = new Random(20261205 ^ profile.GetHashCode(StringComparison.Ordinal));
        for (int round = 0; round < 1500; round++)
        {
            string x = RandomText(random, 24);
            string because = profile + ": " + NormalizationHarness.Escape(x);
            (string y, int[] map) = WithIndices(n, x);

            y.Should().Be(n.Normalize(x), because);
            for (int k = 0; k < map.Length; k++)
            {
                map[k].Should().BeInRange(k == 0 ? 0 : map[k - 1], x.Length - 1, because);
            }

            // Resumed with a small destination, each call's indices are relative to what it was given.
            var dest = new char[1 + (round % 4) + 1];
            var part = new int[dest.Length];
            var resumed = new List<int>();
            int consumed = 0;
            while (true)
            {
                OperationStatus status = n.NormalizeWithSourceIndices(x.AsSpan(consumed), dest, part, out int c, out int w);
                resumed.AddRange(part.Take(w).Select(index => index + consumed));
                consumed += c;
                if (status == OperationStatus.Done)
                {
                    break;
                }

                if (c == 0 && w == 0)
                {
                    dest = new char[dest.Length * 2];
                    part = new int[dest.Length];
                }
            }

            resumed.Should().Equal(map, "resumed: " + because);
        }
    }

    [Fact]
    public void NormalizeWithSourceIndices_Corpus_SameOutputAsNormalize()
    {
        foreach (string file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "corpus"), "*.txt"))
        {
            string text = File.ReadAllText(file);
            string dirty = text.Replace('ی', 'ي').Replace("ک", "ك\u0640", StringComparison.Ordinal).Replace("ہ", "\u0647", StringComparison.Ordinal);
            foreach (UrduNormalizer n in (UrduNormalizer[])[UrduNormalizer.Default, UrduNormalizer.Search])
            {
                foreach (string x in (string[])[text, dirty])
                {
                    (string y, int[] map) = WithIndices(n, x);
                    y.Should().Be(n.Normalize(x), Path.GetFileName(file));
                    map.Should().BeInAscendingOrder();
                }
            }
        }
    }

    [Fact]
    public void NormalizeWithSourceIndices_ShortIndexSpan_Throws()
    {
        var destination = new char[10];
        var map = new int[9];

        Action act = () => UrduNormalizer.Default.NormalizeWithSourceIndices("کتاب", destination, map, out _, out _);

        act.Should().Throw<ArgumentException>().WithParameterName("sourceIndices");
    }

    [Fact]
    public void NormalizeWithSourceIndices_AllocatesNothing()
    {
        string text = string.Concat(Enumerable.Repeat(DirtyLine, 50));
        var destination = new char[UrduNormalizer.Search.GetMaxNormalizedLength(text.Length)];
        var map = new int[destination.Length];
        UrduNormalizer.Search.NormalizeWithSourceIndices(text, destination, map, out _, out _);

        OperationStatus status = default;
        Allocations.ShouldAllocateNothing(
            () => status = UrduNormalizer.Search.NormalizeWithSourceIndices(text, destination, map, out _, out _),
            "the span API must not allocate");
        status.Should().Be(OperationStatus.Done);
    }

    static (string Output, int[] Map) WithIndices(UrduNormalizer n, string x)
    {
        var destination = new char[n.GetMaxNormalizedLength(x.Length)];
        var map = new int[destination.Length];
        n.NormalizeWithSourceIndices(x, destination, map, out int consumed, out int written).Should().Be(OperationStatus.Done);
        consumed.Should().Be(x.Length);
        return (new string(destination, 0, written), map[..written]);
    }
}
