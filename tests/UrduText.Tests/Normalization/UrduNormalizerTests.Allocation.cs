using System.Buffers;

namespace UrduText.Tests.Normalization;

public partial class UrduNormalizerTests
{
    const string DirtyLine = "ﻛﻴﺎ  ﺁﭖ ﻧﮯ\u200F ﻳﮧ ﺩﻳﻜﮭﺎ؟ بهی ساته که، وه ١٢٣ كتاب\u0640\u0640 علي\r\n";

    [Fact]
    public void Normalize_Span_AllocatesNothing()
    {
        string text = string.Concat(Enumerable.Repeat(DirtyLine, 200));
        var dest = new char[UrduNormalizer.Default.GetMaxNormalizedLength(text.Length)];
        var small = new char[7];
        foreach (UrduNormalizer n in (UrduNormalizer[])[UrduNormalizer.Default, UrduNormalizer.Search])
        {
            n.Normalize(text, dest, out _, out _); // warm up (JIT, statics)
            n.Normalize(text, small, out _, out _, isFinalBlock: false);
            n.IsNormalized(text);

            long before = GC.GetAllocatedBytesForCurrentThread();
            OperationStatus status = n.Normalize(text, dest, out _, out int written);
            OperationStatus partial = n.Normalize(text, small, out _, out _, isFinalBlock: false);
            bool dirtyIsNormalized = n.IsNormalized(text);
            bool resultIsNormalized = n.IsNormalized(dest.AsSpan(0, written));
            bool tried = n.TryNormalize(text, dest, out _);
            long after = GC.GetAllocatedBytesForCurrentThread();
            (after - before).Should().Be(0, "the span API must not allocate");
            status.Should().Be(OperationStatus.Done);
            partial.Should().Be(OperationStatus.DestinationTooSmall);
            dirtyIsNormalized.Should().BeFalse();
            resultIsNormalized.Should().BeTrue();
            tried.Should().BeTrue();
        }
    }

    [Fact]
    public void Normalize_String_CanonicalAllocatesNothing()
    {
        string canonical = UrduNormalizer.Default.Normalize(string.Concat(Enumerable.Repeat(DirtyLine, 200)));
        UrduNormalizer.Default.Normalize(canonical);
        long before = GC.GetAllocatedBytesForCurrentThread();
        string result = UrduNormalizer.Default.Normalize(canonical);
        long after = GC.GetAllocatedBytesForCurrentThread();
        result.Should().BeSameAs(canonical);
        (after - before).Should().Be(0);
    }

    [Fact]
    public void TryNormalizeInPlace_NonGrowingText_AllocatesNothing()
    {
        char[] buffer = string.Concat(Enumerable.Repeat("ﻛﻴﺎ  ﺁﭖ\u200F بهی ساته كتاب\u0640 ١٢٣\r\n", 100)).ToCharArray();
        char[] copy = (char[])buffer.Clone();
        for (int warm = 0; warm < 3; warm++)
        {
            char[] again = (char[])copy.Clone();
            UrduNormalizer.Default.TryNormalizeInPlace(again, again.Length, out _);
        }
        long before = GC.GetAllocatedBytesForCurrentThread();
        bool ok = UrduNormalizer.Default.TryNormalizeInPlace(buffer, buffer.Length, out int length);
        long after = GC.GetAllocatedBytesForCurrentThread();
        (after - before).Should().Be(0);
        ok.Should().BeTrue();
        new string(buffer, 0, length).Should().StartWith("کیا آپ بھی ساتھ کتاب ۱۲۳\n");
    }
}
