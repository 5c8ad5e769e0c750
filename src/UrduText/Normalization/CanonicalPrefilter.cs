using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace UrduText.Normalization;

/// <summary>
/// The vector front of the canonical scan: clears a whole vector of code units at a time when every one of them lies in
/// a few ranges that the options never change (printable ASCII, the Arabic and Urdu letters, Urdu digits; minus the
/// letters D2 maps) and no space is doubled or touches a line break. Anything else is left to the per-code-unit table.
/// </summary>
/// <remarks>
/// Canonical Urdu is almost all letters, spaces and ASCII, so most of it is cleared here with a handful of vector
/// compares per 16 or 32 code units instead of one table lookup each. The ranges are checked against the options'
/// own table when the normalizer is built (<see cref="Create"/>): a range holding any code unit the options may change
/// is dropped, so the prefilter can only ever say less than the table, never something else.
/// </remarks>
internal sealed class CanonicalPrefilter
{
    // Candidate ranges (inclusive) and the code units inside them that D2 changes.
    static readonly (char Low, char High)[] s_candidates =
    [
        ('\u0021', '\u007E'), // printable ASCII (S4 changes A–Z: the range is dropped under Search)
        ('\u0621', '\u063A'), // ء … غ
        ('\u0641', '\u0648'), // ف … و
        ('\u0679', '\u06D4'), // ٹ … ۔ (the Urdu letters and the Urdu full stop)
        ('\u06F0', '\u06F9'), // Urdu digits (S2 changes them: dropped under Search)
        ('\u060C', '\u060C'), // ، ARABIC COMMA
        ('\u2018', '\u201D'), // ‘ ’ ‚ ‛ “ ” (Urdu news quotes with ’ … ‘)
    ];

    static readonly char[] s_excluded =
    [
        '\u0629', // ة TEH MARBUTA → ۃ
        '\u0643', // ك ARABIC KAF → ک
        '\u0647', // ه ARABIC HEH → ہ or ھ
        '\u06AA', // ڪ SWASH KAF → ک
        '\u06C0', // ۀ HEH WITH YEH ABOVE → ۂ
    ];

    readonly Vector<ushort>[] _low;
    readonly Vector<ushort>[] _span;
    readonly Vector<ushort>[] _excluded;

    CanonicalPrefilter(List<(char Low, char High)> ranges)
    {
        _low = new Vector<ushort>[ranges.Count];
        _span = new Vector<ushort>[ranges.Count];
        for (int r = 0; r < ranges.Count; r++)
        {
            _low[r] = new Vector<ushort>(ranges[r].Low);
            _span[r] = new Vector<ushort>((ushort)(ranges[r].High - ranges[r].Low));
        }

        _excluded = Array.ConvertAll(s_excluded, c => new Vector<ushort>(c));
    }

    /// <summary>A prefilter for options that never change a code unit for which <paramref name="isStable"/> is true; null without vector hardware or when no range is stable.</summary>
    /// <param name="isStable">Whether the options never change the code unit, whatever surrounds it.</param>
    /// <remarks>Spaces and line feeds are treated as D6 treats them (doubled, leading and trailing spaces fail); without D6 that is merely conservative.</remarks>
    public static CanonicalPrefilter? Create(Func<char, bool> isStable)
    {
        if (!Vector.IsHardwareAccelerated)
        {
            return null;
        }

        var ranges = new List<(char Low, char High)>();
        foreach ((char low, char high) in s_candidates)
        {
            bool stable = true;
            for (int c = low; c <= high && stable; c++)
            {
                stable = Array.IndexOf(s_excluded, (char)c) >= 0 || isStable((char)c);
            }

            if (stable)
            {
                ranges.Add((low, high));
            }
        }

        return ranges.Count == 0 ? null : new CanonicalPrefilter(ranges);
    }

    /// <summary>The first index at or after <paramref name="i"/> that the prefilter cannot clear (a multiple of the vector width past <paramref name="i"/>).</summary>
    /// <param name="text">The text being scanned.</param>
    /// <param name="i">Where to start; at least 1, since each vector also looks at the code unit before it.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Skip(ReadOnlySpan<char> text, int i)
    {
        ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        Vector<ushort>[] low = _low;
        Vector<ushort>[] span = _span;
        Vector<ushort>[] excluded = _excluded;
        var space = new Vector<ushort>(' ');
        var lineFeed = new Vector<ushort>('\n');
        int width = Vector<ushort>.Count;
        while (i + width <= text.Length)
        {
            Vector<ushort> v = Vector.LoadUnsafe(ref start, (nuint)i);
            Vector<ushort> before = Vector.LoadUnsafe(ref start, (nuint)(i - 1));
            Vector<ushort> inRange = Vector<ushort>.Zero;
            for (int r = 0; r < low.Length; r++)
            {
                inRange |= Vector.LessThanOrEqual(v - low[r], span[r]);
            }

            Vector<ushort> bad = Vector<ushort>.Zero;
            for (int x = 0; x < excluded.Length; x++)
            {
                bad |= Vector.Equals(v, excluded[x]);
            }

            // A space is fine unless it follows a space or a line break (doubled, or leading); a line break is fine
            // unless a space precedes it (trailing). Other line breaks and CR are not in any range.
            Vector<ushort> isSpace = Vector.Equals(v, space);
            Vector<ushort> isLineFeed = Vector.Equals(v, lineFeed);
            Vector<ushort> spaceBefore = Vector.Equals(before, space);
            bad |= (isSpace & (spaceBefore | Vector.Equals(before, lineFeed))) | (isLineFeed & spaceBefore);
            Vector<ushort> ok = Vector.AndNot(inRange | isSpace | isLineFeed, bad);
            if (!Vector.EqualsAll(ok, Vector<ushort>.AllBitsSet))
            {
                break;
            }

            i += width;
        }

        return i;
    }
}
