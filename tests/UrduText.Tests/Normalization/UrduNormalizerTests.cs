using System.Buffers;

namespace UrduText.Tests.Normalization;

public partial class UrduNormalizerTests
{
    [Fact]
    public void Normalize_CanonicalText_ReturnsSameInstance()
    {
        string text = UrduNormalizer.Default.Normalize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "corpus", "independent-urdu-putin-kim.txt")));
        UrduNormalizer.Default.Normalize(text).Should().BeSameAs(text);
        UrduNormalizer.Default.IsNormalized(text).Should().BeTrue();
    }

    [Fact]
    public void Normalize_Null_Throws()
    {
        var act = () => UrduNormalizer.Default.Normalize(null!);
        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Constructor_UnknownBits_Throws()
    {
        var act = () => new UrduNormalizer((UrduNormalizationOptions)(1 << 30));
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void GetMaxNormalizedLength_Negative_Throws()
    {
        var act = () => UrduNormalizer.Default.GetMaxNormalizedLength(-1);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void GetMaxNormalizedLength_Profiles_DocumentedBounds()
    {
        UrduNormalizer.Default.GetMaxNormalizedLength(10).Should().Be(40);
        new UrduNormalizer(UrduNormalizationOptions.None).GetMaxNormalizedLength(10).Should().Be(10);
        new UrduNormalizer(UrduNormalizationOptions.Default | UrduNormalizationOptions.ExpandSymbolLigatures).GetMaxNormalizedLength(10).Should().Be(220);
        new UrduNormalizer(UrduNormalizationOptions.Default | UrduNormalizationOptions.SpacingRepair).GetMaxNormalizedLength(10).Should().Be(50);
        var act = () => UrduNormalizer.Default.GetMaxNormalizedLength(int.MaxValue / 2);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Normalize_Span_DestinationTooSmall_ReportsProgress()
    {
        string input = "ﻛﻴﺎ ﺁﭖ ﻧﮯ ﻳﮧ ﺩﻳﻜﮭﺎ";
        var dest = new char[6];
        OperationStatus status = UrduNormalizer.Default.Normalize(input, dest, out int consumed, out int written);
        status.Should().Be(OperationStatus.DestinationTooSmall);
        consumed.Should().BeGreaterThan(0);
        written.Should().BeGreaterThan(0).And.BeLessThanOrEqualTo(6);
        new string(dest, 0, written).Should().Be("کیا آپ"[..written]);
    }

    [Fact]
    public void Normalize_Span_NeverSplitsASurrogatePair()
    {
        string input = "ab😀";
        var dest = new char[3];
        UrduNormalizer.Default.Normalize(input, dest, out int consumed, out int written).Should().Be(OperationStatus.DestinationTooSmall);
        consumed.Should().Be(2);
        written.Should().Be(2);
    }

    [Fact]
    public void Normalize_Span_NeverSplitsABaseFromItsMarks()
    {
        string input = "کب\u0651\u064E";
        var dest = new char[3];
        UrduNormalizer.Default.Normalize(input, dest, out int consumed, out int written).Should().Be(OperationStatus.DestinationTooSmall);
        consumed.Should().Be(1);
        written.Should().Be(1);
    }

    [Fact]
    public void Normalize_Span_NotFinal_UnfinishedWordNeedsMoreData()
    {
        // "ساته" may still continue; D2a must see the whole word before deciding its heh.
        UrduNormalizer.Default.Normalize("کہا سات", new char[32], out int consumed, out int written, isFinalBlock: false)
            .Should().Be(OperationStatus.NeedMoreData);
        consumed.Should().Be(4);
        written.Should().Be(4);
    }

    [Fact]
    public void Normalize_Span_NotFinal_PendingSpacesNeedMoreData()
    {
        UrduNormalizer.Default.Normalize("ایک\nدو  ", new char[32], out int consumed, out _, isFinalBlock: false)
            .Should().Be(OperationStatus.NeedMoreData);
        consumed.Should().BeLessThan(6, "the trailing spaces are not decided yet");
    }

    [Fact]
    public void Normalize_Span_NotFinal_CompleteLineIsDone()
    {
        UrduNormalizer.Default.Normalize("ایک دو\n", new char[32], out int consumed, out int written, isFinalBlock: false)
            .Should().Be(OperationStatus.Done);
        consumed.Should().Be(7);
        written.Should().Be(7);
    }

    [Fact]
    public void TryNormalize_DestinationTooSmall_ReturnsFalse()
    {
        UrduNormalizer.Default.TryNormalize("ﷲ", new char[3], out int written).Should().BeFalse();
        written.Should().Be(0);
        UrduNormalizer.Default.TryNormalize("ﷲ", new char[4], out written).Should().BeTrue();
        written.Should().Be(4);
    }

    [Fact]
    public void TryNormalizeInPlace_BadLength_Throws()
    {
        var act = () => UrduNormalizer.Default.TryNormalizeInPlace(new char[2], 3, out _);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Options_EachRule_IsItsOwnSwitch()
    {
        foreach (UrduNormalizationOptions flag in Enum.GetValues<UrduNormalizationOptions>())
        {
            if (flag is UrduNormalizationOptions.None or UrduNormalizationOptions.Default or UrduNormalizationOptions.Search)
            {
                continue;
            }

            int bits = (int)flag;
            (bits & (bits - 1)).Should().Be(0, $"{flag} is a single rule");
            new UrduNormalizer(flag).Options.Should().Be(flag);
        }
    }
}
