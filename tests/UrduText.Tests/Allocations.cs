namespace UrduText.Tests;

/// <summary>
/// Measures what code allocates on the calling thread. <see cref="GC.GetAllocatedBytesForCurrentThread"/> can count an
/// allocation quantum (about 8 KB) the measured code never asked for, when a background GC runs during the call (seen
/// under CPU load, never with <c>DOTNET_gcConcurrent=0</c>). So the code runs several times and the least count is
/// reported: a real allocation shows in every round and still fails a zero assertion every time.
/// </summary>
public static class Allocations
{
    /// <summary>How many times <see cref="Minimum"/> runs the code.</summary>
    public const int Rounds = 5;

    /// <summary>The least number of bytes one call of <paramref name="action"/> allocated over <see cref="Rounds"/> calls.</summary>
    public static long Minimum(Action action)
    {
        long min = long.MaxValue;
        for (int round = 0; round < Rounds; round++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            action();
            min = Math.Min(min, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return min;
    }

    /// <summary>Fails unless some call of <paramref name="action"/> allocated nothing (see <see cref="Minimum"/>).</summary>
    public static void ShouldAllocateNothing(Action action, string because = "", params object[] becauseArgs) =>
        Minimum(action).Should().Be(0, because, becauseArgs);
}
