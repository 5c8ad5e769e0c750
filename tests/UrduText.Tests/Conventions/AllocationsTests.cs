namespace UrduText.Tests.Conventions;

/// <summary>The allocation helper every zero-allocation test uses must still catch a real allocation.</summary>
public sealed class AllocationsTests
{
    static object? s_sink;

    [Fact]
    public void Minimum_AllocationInEveryCall_IsReported()
    {
        Allocations.Minimum(() => s_sink = new byte[100]).Should().BeGreaterThanOrEqualTo(100);
    }

    [Fact]
    public void ShouldAllocateNothing_RealAllocation_Fails()
    {
        Action act = () => Allocations.ShouldAllocateNothing(() => s_sink = new string('ب', 10));
        act.Should().Throw<Exception>();
    }

    [Fact]
    public void Minimum_AllocationInFirstCallOnly_IsNotReported()
    {
        // What a lazily built table or a stray GC quantum looks like: one round allocates, the others do not.
        int calls = 0;
        Allocations.Minimum(() => s_sink = calls++ == 0 ? new byte[8192] : s_sink).Should().Be(0);
    }
}
