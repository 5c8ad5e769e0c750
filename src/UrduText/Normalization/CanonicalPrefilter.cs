using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace UrduText.Normalization;

/// <summary>
/// The vector front of the canonical scan: clears a whole vector of code units at a time when every one of them lies in
/// a few ranges that the options never change (printable ASCII, Latin-1, the Arabic and Urdu letters, Urdu digits,
/// Arabic and general punctuation; minus the letters D2 maps) or is an Arabic diacritic that D4 and D7 leave as it is,
/// and no space is doubled or touches a line break. Anything else is left to the per-code-unit table.
/// </summary>
/// <remarks>
/// <para>Canonical Urdu is almost all letters, spaces and ASCII, so most of it is cleared here with a handful of vector
/// compares per 16 or 32 code units instead of one table lookup each. The ranges are checked against the options'
/// own table when the normalizer is built (<see cref="Create"/>): a range holding any code unit the options may change
/// is dropped, so the prefilter can only ever say less than the table, never something else.</para>
/// <para>Diacritics (issue 13: Wikipedia text has one every twenty code units) need their neighbour: a mark is left as
/// it is when the code unit before it is not a mark (nothing to reorder, and none of these composes with its base), or
/// when both are harakat of U+064B–U+0652 or superscript alef U+0670, whose combining classes (27–35) rise with their
/// code points, in ascending order (فَّ with fatha then shadda is canonical). The same test the scalar
/// <c>IsQuietlyNormal</c> applies; hamza and madda above/below (U+0653–U+0655, which D4 composes) are never taken.</para>
/// </remarks>
internal sealed class CanonicalPrefilter
{
    // Candidate ranges (inclusive). The last three hold diacritics: they are candidates only when marks are taken (see
    // the remarks). Which code units inside them the options change is not listed here: Create asks the rules.
    static readonly (char Low, char High)[] s_candidates =
    [
        ('\u0021', '\u007E'), // printable ASCII (S4 changes A–Z: the range is dropped under Search)
        ('\u0621', '\u063A'), // ء … غ
        ('\u0641', '\u0648'), // ف … و
        ('\u0679', '\u06D4'), // ٹ … ۔ (the Urdu letters and the Urdu full stop)
        ('\u06F0', '\u06F9'), // Urdu digits (S2 changes them: dropped under Search)
        ('\u060C', '\u060C'), // ، ARABIC COMMA
        ('\u2010', '\u2027'), // dashes – —, quotes ‘ ’ “ ” (Urdu news quotes with ’ … ‘), bullet, ellipsis
        ('\u00A1', '\u00FF'), // Latin-1: « » ° × and the accented letters (S4 changes À–Þ: dropped under Search)
        ('\u060D', '\u061F'), // ؍ ؎ ؏, the honorific marks ؐ … ؚ, ؛ ؞ ؟ (ALM U+061C excluded)
        ('\u064B', '\u065F'), // harakat, shadda, sukun and the rarer marks (hamza/madda U+0653–U+0655 excluded)
        ('\u0670', '\u0670'), // ٰ superscript alef
    ];

    // Candidates from here on hold marks.
    const int FirstMarkRange = 8;

    // At most this many code units inside the kept ranges may be ones the options change: each costs one vector compare.
    // Under the Default rules there are exactly ten (ة ك ه ڪ ۀ for D2, soft hyphen and ALM for D5, madda and the two
    // hamzas for D4); a range that would need more is dropped.
    const int ExcludedCount = 10;

    // Exactly RangeCount ranges: a dropped candidate is replaced by a copy of a kept one, so that the loop below works
    // on a fixed set of locals the JIT can keep in registers.
    const int RangeCount = 11;

    // Range r holds v when (short)(v + _bias[r]) < _limit[r] (SignedRange).
    readonly Vector<short>[] _bias;
    readonly Vector<short>[] _limit;
    readonly Vector<ushort>[] _excluded;

    // Whether diacritics are taken (their ranges were kept): then a mark's neighbour is checked.
    readonly bool _marks;

    CanonicalPrefilter(List<(char Low, char High)> ranges, List<char> excluded, bool marks)
    {
        _marks = marks;
        System.Diagnostics.Debug.Assert(s_candidates.Length == RangeCount, "Skip reads exactly RangeCount ranges");
        _bias = new Vector<short>[RangeCount];
        _limit = new Vector<short>[RangeCount];
        for (int r = 0; r < RangeCount; r++)
        {
            (char low, char high) = ranges[Math.Min(r, ranges.Count - 1)];
            _bias[r] = new Vector<short>(SignedRange.Bias(low));
            _limit[r] = new Vector<short>(SignedRange.Limit(low, high));
        }

        ExcludedCodeUnits = excluded.ToArray();
        KeptRanges = ranges.ToArray();

        // Free slots hold U+0000, which lies in no range: excluding it changes nothing.
        _excluded = new Vector<ushort>[ExcludedCount];
        for (int x = 0; x < ExcludedCount; x++)
        {
            _excluded[x] = new Vector<ushort>(x < excluded.Count ? excluded[x] : '\0');
        }
    }

    /// <summary>The code units inside the kept ranges that the options may change (each a vector compare), for tests.</summary>
    internal IReadOnlyList<char> ExcludedCodeUnits { get; }

    /// <summary>The candidate ranges kept for these options, for tests.</summary>
    internal IReadOnlyList<(char Low, char High)> KeptRanges { get; }

    /// <summary>A prefilter for options that never change a code unit for which <paramref name="isStable"/> is true; null without vector hardware or when no range is stable.</summary>
    /// <param name="isStable">Whether the options never change the code unit, whatever surrounds it.</param>
    /// <param name="marksKeptInOrder">
    /// Whether the options change a diacritic only by D4 composition (never with the marks taken here) or D7 reordering:
    /// then the marks' ranges are candidates and each mark is checked against the code unit before it.
    /// </param>
    /// <remarks>Spaces and line feeds are treated as D6 treats them (doubled, leading and trailing spaces fail); without D6 that is merely conservative.</remarks>
    public static CanonicalPrefilter? Create(Func<char, bool> isStable, bool marksKeptInOrder)
    {
        if (!Vector.IsHardwareAccelerated)
        {
            return null;
        }

        var ranges = new List<(char Low, char High)>();
        var excluded = new List<char>();
        var changing = new List<char>();
        bool marks = false;
        for (int r = 0; r < s_candidates.Length; r++)
        {
            (char low, char high) = s_candidates[r];
            changing.Clear();
            for (int c = low; c <= high; c++)
            {
                if (!isStable((char)c) && !(marksKeptInOrder && r >= FirstMarkRange && IsTakenMark((char)c)) && !excluded.Contains((char)c))
                {
                    changing.Add((char)c);
                }
            }

            // A range the options change throughout (a lone mark under S1) would only cost compares.
            if (excluded.Count + changing.Count <= ExcludedCount && changing.Count <= high - low)
            {
                ranges.Add((low, high));
                excluded.AddRange(changing);
                marks |= r >= FirstMarkRange;
            }
        }

        return ranges.Count == 0 ? null : new CanonicalPrefilter(ranges, excluded, marks);
    }

    /// <summary>The diacritics the prefilter may take: U+0610–U+061A, U+064B–U+065F but U+0653–U+0655, U+0670.</summary>
    /// <param name="c">A code unit.</param>
    internal static bool IsTakenMark(char c) => c is (>= '\u0610' and <= '\u061A') or (>= '\u064B' and <= '\u065F') or '\u0670'
        && !NormalizationRules.IsComposingMark(c);

    /// <summary>Harakat U+064B–U+0652 and superscript alef U+0670: combining classes 27–35, rising with the code point.</summary>
    /// <param name="c">A code unit.</param>
    internal static bool IsOrderedMark(char c) => c is (>= '\u064B' and <= '\u0652') or '\u0670';

    /// <summary>The first index at or after <paramref name="i"/> that the prefilter cannot clear (a multiple of the vector width past <paramref name="i"/>).</summary>
    /// <param name="text">The text being scanned.</param>
    /// <param name="i">Where to start; at least 1, since each vector also looks at the code unit before it.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Skip(ReadOnlySpan<char> text, int i)
    {
        ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        Vector<short> b0 = _bias[0], b1 = _bias[1], b2 = _bias[2], b3 = _bias[3], b4 = _bias[4], b5 = _bias[5], b6 = _bias[6],
            b7 = _bias[7], b8 = _bias[8], b9 = _bias[9], b10 = _bias[10];
        Vector<short> t0 = _limit[0], t1 = _limit[1], t2 = _limit[2], t3 = _limit[3], t4 = _limit[4], t5 = _limit[5], t6 = _limit[6],
            t7 = _limit[7], t8 = _limit[8], t9 = _limit[9], t10 = _limit[10];
        Vector<ushort> x0 = _excluded[0], x1 = _excluded[1], x2 = _excluded[2], x3 = _excluded[3], x4 = _excluded[4],
            x5 = _excluded[5], x6 = _excluded[6], x7 = _excluded[7], x8 = _excluded[8], x9 = _excluded[9];

        // The marks: A (any taken mark) = U+0610–U+061A, U+064B–U+065F, U+0670; O (ordered) = U+064B–U+0652, U+0670.
        var honorificBias = new Vector<short>(SignedRange.Bias('\u0610'));
        var honorificLimit = new Vector<short>(SignedRange.Limit('\u0610', '\u061A'));
        var harakatBias = new Vector<short>(SignedRange.Bias('\u064B'));
        var harakatLimit = new Vector<short>(SignedRange.Limit('\u064B', '\u065F'));
        var orderedLimit = new Vector<short>(SignedRange.Limit('\u064B', '\u0652'));
        var superscriptAlef = new Vector<ushort>('\u0670');
        bool marks = _marks;
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
                | Vector.LessThan(signed + b6, t6) | Vector.LessThan(signed + b7, t7) | Vector.LessThan(signed + b8, t8)
                | Vector.LessThan(signed + b9, t9) | Vector.LessThan(signed + b10, t10));
            Vector<ushort> bad = Vector.Equals(v, x0) | Vector.Equals(v, x1) | Vector.Equals(v, x2) | Vector.Equals(v, x3) | Vector.Equals(v, x4)
                | Vector.Equals(v, x5) | Vector.Equals(v, x6) | Vector.Equals(v, x7) | Vector.Equals(v, x8) | Vector.Equals(v, x9);

            if (marks)
            {
                Vector<ushort> isMark = Vector.AsVectorUInt16(Vector.LessThan(signed + honorificBias, honorificLimit)
                    | Vector.LessThan(signed + harakatBias, harakatLimit)) | Vector.Equals(v, superscriptAlef);
                if (!Vector.EqualsAll(isMark, Vector<ushort>.Zero))
                {
                    // A mark after a mark: only two ordered ones in ascending order. The unit before lane 0 lies in
                    // the previous vector or was passed by the table path, which lets single marks of every kind
                    // through: its class decides there.
                    Vector<short> signedBefore = Vector.AsVectorInt16(before);
                    Vector<ushort> markBefore = Vector.AsVectorUInt16(Vector.LessThan(signedBefore + honorificBias, honorificLimit)
                        | Vector.LessThan(signedBefore + harakatBias, harakatLimit)) | Vector.Equals(before, superscriptAlef);
                    Vector<ushort> ordered = Vector.AsVectorUInt16(Vector.LessThan(signed + harakatBias, orderedLimit)) | Vector.Equals(v, superscriptAlef);
                    Vector<ushort> orderedBefore = Vector.AsVectorUInt16(Vector.LessThan(signedBefore + harakatBias, orderedLimit)) | Vector.Equals(before, superscriptAlef);
                    Vector<ushort> ascending = ordered & orderedBefore & Vector.LessThanOrEqual(before, v);
                    bad |= Vector.AndNot(isMark & markBefore, ascending);
                    char first = text[i];
                    char previous = text[i - 1];
                    if (IsTakenMark(first) && !IsTakenMark(previous)
                        && UrduText.Internal.CharClasses.Of(previous) is UrduText.Internal.CharClass.CombiningMark
                            or UrduText.Internal.CharClass.LowSurrogate or UrduText.Internal.CharClass.HighSurrogate)
                    {
                        break;
                    }
                }
            }

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
