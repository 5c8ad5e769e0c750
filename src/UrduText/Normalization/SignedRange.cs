namespace UrduText.Normalization;

/// <summary>
/// Vector range tests on UTF-16 code units: range [low, high] holds v when <c>(short)(v + Bias(low)) &lt; Limit(low, high)</c>.
/// Adding 0x8000 − low moves the range to the bottom of the signed 16-bit line, so one add and one signed compare test
/// it (there is no unsigned 16-bit compare on x86). Shared by <see cref="CanonicalPrefilter"/> and <see cref="SimpleBlocks"/>.
/// </summary>
internal static class SignedRange
{
    /// <summary>A limit no biased code unit is below: the test of an empty range.</summary>
    internal const short Empty = short.MinValue;

    /// <summary>What to add to a code unit before comparing it with <see cref="Limit"/>.</summary>
    /// <param name="low">The first code unit of the range.</param>
    internal static short Bias(char low) => unchecked((short)(0x8000 - low));

    /// <summary>The signed bound a biased code unit of the range lies below.</summary>
    /// <param name="low">The first code unit of the range.</param>
    /// <param name="high">The last code unit of the range.</param>
    internal static short Limit(char low, char high) => unchecked((short)(0x8000 + high - low + 1));
}
