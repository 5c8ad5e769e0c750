using System.Runtime.CompilerServices;

namespace UrduText.Segmentation;

/// <summary>
/// What the sentence scanner reports about its own work: how many characters each loop looked at. Tests count visits
/// with it to show that the work grows linearly with the text.
/// </summary>
/// <remarks>
/// A static abstract member of a struct type argument rather than a counter field or a static counter: the JIT compiles
/// the scanner once per struct type argument, and for <see cref="NoProbe"/> the empty call is inlined away, so the
/// library's scanner carries no counting code, no extra field and no extra argument.
/// </remarks>
internal interface IScanProbe
{
    /// <summary>Records that the scanner looked at <paramref name="chars"/> characters.</summary>
    static abstract void Visit(int chars);
}

/// <summary>The probe the library uses: records nothing.</summary>
internal readonly struct NoProbe : IScanProbe
{
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Visit(int chars)
    {
    }
}
