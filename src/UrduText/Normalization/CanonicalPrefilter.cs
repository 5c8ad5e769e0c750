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

    // Exactly RangeCount ranges: a dropped candidate is replaced by a copy of a kept one, so that the loop below works
    // on a fixed set of locals the JIT can keep in registers.
    const int RangeCount = 7;

    // Range r holds v when (short)(v + _bias[r]) < _limit[r] (SignedRange).
    readonly Vector<short>[] _bias;
    readonly Vector<short>[] _limit;
    readonly Vector<ushort>[] _excluded;

    CanonicalPrefilter(List<(char Low, char High)> ranges)
    {
        System.Diagnostics.Debug.Assert(s_candidates.Length == RangeCount, "Skip reads exactly RangeCount ranges");
        _bias = new Vector<short>[RangeCount];
        _limit = new Vector<short>[RangeCount];
        for (int r = 0; r < RangeCount; r++)
        {
            (char low, char high) = ranges[Math.Min(r, ranges.Count - 1)];
            _bias[r] = new Vector<short>(SignedRange.Bias(low));
            _limit[r] = new Vector<short>(SignedRange.Limit(low, high));
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
        Vector<short> b0 = _bias[0], b1 = _bias[1], b2 = _bias[2], b3 = _bias[3], b4 = _bias[4], b5 = _bias[5], b6 = _bias[6];
        Vector<short> t0 = _limit[0], t1 = _limit[1], t2 = _limit[2], t3 = _limit[3], t4 = _limit[4], t5 = _limit[5], t6 = _limit[6];
        Vector<ushort> x0 = _excluded[0], x1 = _excluded[1], x2 = _excluded[2], x3 = _excluded[3], x4 = _excluded[4];
        var space = new Vector<ushort>(' ');
        var lineFeed = new Vector<ushort>('\n');
        var nextLine = new Vector<ushort>('\u0085');
        var lineSeparator = new Vector<ushort>('\u2028');
        int width = Vector<ushort>.Count;
        while (i + width <= text.Length)
        {
            Vector<ushort> v = Vector.LoadUnsafe(ref start, (nuint)i);
            Vector<ushort> before = Vector.LoadUnsafe(ref start, (nuint)(i - 1));
            Vector<short> signed = Vector.AsVectorInt16(v);
            Vector<ushort> inRange = Vector.AsVectorUInt16(
                Vector.LessThan(signed + b0, t0) | Vector.LessThan(signed + b1, t1) | Vector.LessThan(signed + b2, t2)
                | Vector.LessThan(signed + b3, t3) | Vector.LessThan(signed + b4, t4) | Vector.LessThan(signed + b5, t5)
                | Vector.LessThan(signed + b6, t6));
            Vector<ushort> bad = Vector.Equals(v, x0) | Vector.Equals(v, x1) | Vector.Equals(v, x2) | Vector.Equals(v, x3) | Vector.Equals(v, x4);

            // A space is fine unless what precedes it is a space, a tab or any line break (doubled, or leading: the
            // code unit before may lie in the previous vector, which the table path passed, so look at all of them:
            // U+0000–U+0020, NEL U+0085, LS/PS U+2028/U+2029). A line feed is fine unless a space precedes it
            // (trailing); other line breaks are in no range, so the table path looks at them.
            Vector<ushort> isSpace = Vector.Equals(v, space);
            Vector<ushort> isLineFeed = Vector.Equals(v, lineFeed);
            Vector<ushort> spaceBefore = Vector.Equals(before, space);
            Vector<ushort> breakOrSpaceBefore = Vector.LessThanOrEqual(before, space) | Vector.Equals(before, nextLine)
                | Vector.LessThanOrEqual(before - lineSeparator, Vector<ushort>.One);
            bad |= (isSpace & breakOrSpaceBefore) | (isLineFeed & spaceBefore);
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
