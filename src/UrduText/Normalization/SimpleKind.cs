namespace UrduText.Normalization;

/// <summary>
/// What the fast loop's per-options kind table says of a code unit (<c>UrduNormalizer._simpleKind</c>). One
/// definition for the scalar fast loop, the table builder and the vector blocks, which must read the table alike.
/// </summary>
internal static class SimpleKind
{
    /// <summary>Not a one-to-one code unit: the general per-code-point path takes it.</summary>
    internal const byte None = 0;

    /// <summary>Maps one to one whatever surrounds it and is not a letter (digits, punctuation, Latin…).</summary>
    internal const byte Simple = 1;

    /// <summary>Maps one to one, but an Arabic-script letter: under D2a its word must be known first.</summary>
    internal const byte Letter = 2;

    /// <summary>Arabic heh under D2a: kept, then its word is resolved as a whole.</summary>
    internal const byte Heh = 3;

    /// <summary>A space under D6: a run of them becomes one space when a simple code unit follows.</summary>
    internal const byte Space = 4;

    /// <summary>An invisible D5 removes wherever it stands.</summary>
    internal const byte Removable = 5;

    /// <summary>LF under D6 (a line start is a safe point).</summary>
    internal const byte LineFeed = 6;
}
