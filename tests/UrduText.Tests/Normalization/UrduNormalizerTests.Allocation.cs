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

            OperationStatus status = default, partial = default;
            bool dirtyIsNormalized = true, resultIsNormalized = false, tried = false;
            Allocations.ShouldAllocateNothing(() =>
            {
                status = n.Normalize(text, dest, out _, out int written);
                partial = n.Normalize(text, small, out _, out _, isFinalBlock: false);
                dirtyIsNormalized = n.IsNormalized(text);
                resultIsNormalized = n.IsNormalized(dest.AsSpan(0, written));
                tried = n.TryNormalize(text, dest, out _);
            }, "the span API must not allocate");
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
        string result = "";
        Allocations.ShouldAllocateNothing(() => result = UrduNormalizer.Default.Normalize(canonical));
        result.Should().BeSameAs(canonical);
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
        bool ok = false;
        int length = 0;
        Allocations.ShouldAllocateNothing(() =>
        {
            copy.AsSpan().CopyTo(buffer);
            ok = UrduNormalizer.Default.TryNormalizeInPlace(buffer, buffer.Length, out length);
        });
        ok.Should().BeTrue();
        new string(buffer, 0, length).Should().StartWith("کیا آپ بھی ساتھ کتاب ۱۲۳\n");
    }
}
