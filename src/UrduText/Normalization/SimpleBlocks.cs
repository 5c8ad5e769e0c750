using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace UrduText.Normalization;

/// <summary>
/// The vector front of the fast loop on dirty text: takes 16 code units at a time when each of them is simple (maps one
/// to one whatever surrounds it: letters in any of their forms, digits, punctuation, Latin), a lam-alef ligature (two
/// letters), a space, a line feed or an invisible that D5 removes, and every space can be settled from its neighbours
/// (kept between two simple units, past at most one invisible; dropped right after another space). Such a block is written with one table lookup per code
/// unit and no branch per unit; anything else is left to the scalar loop.
/// </summary>
/// <remarks>
/// <para>The scalar loop pays a mispredicted branch at almost every word edge (one every five or six code units in
/// Urdu); here the branches are per block and almost always go the same way. The classes come from vector range tests
/// that are checked against the options' own tables when the normalizer is built (<see cref="Create"/>): a candidate
/// range holding any code unit that is not what the test takes it for is dropped, so a block can only be refused more
/// often than needed, never mapped differently from the scalar loop.</para>
/// <para>Under D2a a run of blocks ends at a clean cut (never inside a word) and the words of its output that hold an
/// Arabic heh (U+0647, or one of its presentation forms, which the map writes as U+0647) are then resolved as the scalar
/// loop resolves them.</para>
/// <para>Never used in place: cutting back re-reads source units that the output may already have overwritten.</para>
/// </remarks>
internal sealed class SimpleBlocks
{
    /// <summary>Code units per block.</summary>
    internal const int Width = 16;

    /// <summary>The first lam-alef ligature, ﻵ U+FEF5 (the eight run to ﻼ U+FEFC): each writes a lam and an alef.</summary>
    internal const char LamAlefFirst = '\uFEF5';

    /// <summary>How many lam-alef ligatures there are.</summary>
    internal const int LamAlefCount = 8;

    // Candidate ranges (inclusive) of simple code units, most frequent in Urdu text first. The space and tatweel inside
    // them are told apart by the equality tests below.
    static readonly (char Low, char High)[] s_candidates =
    [
        ('\u0671', '\u06D5'), // ٱ … ە: the Urdu letters (ٹ پ چ ڈ ڑ ژ ک گ ں ھ ہ ۂ ۃ ی ے ۓ) and ۔
        ('\u061D', '\u064A'), // ؝ … ي: ؟ and the Arabic letters, ي ك ه among them (and tatweel, a removable)
        ('\uFE80', '\uFEF4'), // ﺀ … ﻴ: presentation forms B, one letter each (the lam-alef ligatures after them are not)
        ('\u0020', '\u007E'), // space and printable ASCII
        ('\uFB50', '\uFBDC'), // ﭐ … ﯜ: presentation forms A (one letter each) and the Arabic symbols among them
        ('\u06EE', '\u06FF'), // ۰ … ۹ Urdu digits (and the Persian-Urdu letters around them)
        ('\u0660', '\u066F'), // ٠ … ٩ Arabic-Indic digits, ٪ ٫ ٬ ٭
        ('\u060C', '\u060F'), // ، and three Arabic signs
        ('\u2010', '\u2027'), // dashes, curly quotes, the ellipsis
    ];

    const int RangeCount = 9;

    // Spaces D6 turns into U+0020 (NBSP is the common one in scraped text) and invisibles D5 removes (kashida, ZWSP,
    // LRM, RLM: the ones text pasted from the web and from PDFs carries).
    static readonly char[] s_spaces = ['\u0020', '\u00A0'];
    static readonly char[] s_removables = ['\u0640', '\u200B', '\u200E', '\u200F'];

    readonly byte[] _kinds;
    readonly char[] _map;
    readonly bool _d2a;

    // The alef each lam-alef ligature writes after its lam (the lam comes from the map); unused when they are not taken.
    readonly char[] _alef = new char[LamAlefCount];

    // The lam-alef range as a vector test, or an empty range when the options leave the ligatures alone.
    readonly Vector256<short> _lamAlefBias;
    readonly Vector256<short> _lamAlefLimit;

    // The Arabic heh presentation forms (U+FEE9–U+FEEC) as a vector test when they are U+0647 to D2a (kind Heh), else empty.
    readonly Vector256<short> _hehFormBias;
    readonly Vector256<short> _hehFormLimit;

    // Range r holds v when (short)(v + _bias[r]) < _limit[r] (SignedRange: one add, one signed compare).
    readonly Vector256<short>[] _bias;
    readonly Vector256<short>[] _limit;

    SimpleBlocks(byte[] kinds, char[] map, bool d2a, List<(char Low, char High)> ranges, (char First, char Second)[]? lamAlef)
    {
        _kinds = kinds;
        _map = map;
        _d2a = d2a;
        _lamAlefBias = Vector256.Create(SignedRange.Bias(LamAlefFirst));
        _lamAlefLimit = Vector256.Create(lamAlef is null ? SignedRange.Empty : SignedRange.Limit(LamAlefFirst, (char)(LamAlefFirst + LamAlefCount - 1)));
        _hehFormBias = Vector256.Create(SignedRange.Bias(DoChashmi.HehFormFirst));
        _hehFormLimit = Vector256.Create(d2a && kinds[DoChashmi.HehFormFirst] == SimpleKind.Heh ? SignedRange.Limit(DoChashmi.HehFormFirst, DoChashmi.HehFormLast) : SignedRange.Empty);
        for (int i = 0; lamAlef is not null && i < LamAlefCount; i++)
        {
            _alef[i] = lamAlef[i].Second;
        }
        _bias = new Vector256<short>[RangeCount];
        _limit = new Vector256<short>[RangeCount];
        for (int r = 0; r < RangeCount; r++)
        {
            // A dropped candidate is replaced by a copy of a kept one: the loop reads a fixed set of locals.
            (char low, char high) = ranges[Math.Min(r, ranges.Count - 1)];
            _bias[r] = Vector256.Create(SignedRange.Bias(low));
            _limit[r] = Vector256.Create(SignedRange.Limit(low, high));
        }
    }

    /// <summary>
    /// Blocks for the fast loop's tables, or null when 256-bit vectors are not accelerated or the options leave the
    /// blocks nothing to do (D6 off: spaces are not single-space safe; D5 off: the invisibles stay).
    /// </summary>
    /// <param name="kinds">The fast loop's kinds (see <c>UrduNormalizer._simpleKind</c>).</param>
    /// <param name="map">What Simple, Letter, Heh and Space code units become.</param>
    /// <param name="d2a">Whether words holding an Arabic heh are resolved (kind 3).</param>
    /// <param name="lamAlef">What the lam-alef ligatures become under these options (the lam already in <paramref name="map"/>), or null when they stay.</param>
    public static SimpleBlocks? Create(byte[] kinds, char[] map, bool d2a, (char First, char Second)[]? lamAlef)
    {
        if (!Vector256.IsHardwareAccelerated || kinds['\n'] != SimpleKind.LineFeed)
        {
            return null;
        }

        foreach (char c in s_spaces)
        {
            if (kinds[c] != SimpleKind.Space || map[c] != ' ')
            {
                return null;
            }
        }

        foreach (char c in s_removables)
        {
            if (kinds[c] != SimpleKind.Removable)
            {
                return null;
            }
        }

        var ranges = new List<(char Low, char High)>();
        foreach ((char low, char high) in s_candidates)
        {
            bool valid = true;
            for (int c = low; c <= high && valid; c++)
            {
                valid = IsTakenAsWhatItIs((char)c, kinds, map);
            }

            if (valid)
            {
                ranges.Add((low, high));
            }
        }

        // A ligature is taken only as the two letters of a word it is (SimpleKind.None in the scalar tables: the general path).
        for (int i = 0; lamAlef is not null && i < LamAlefCount; i++)
        {
            char ligature = (char)(LamAlefFirst + i);
            if (kinds[ligature] != SimpleKind.None || map[ligature] != lamAlef[i].First || !IsWordKind(kinds[lamAlef[i].First]) || !IsWordKind(kinds[lamAlef[i].Second]))
            {
                lamAlef = null;
            }
        }

        return ranges.Count == 0 ? null : new SimpleBlocks(kinds, map, d2a, ranges, lamAlef);
    }

    // Inside a range, a code unit is taken as simple unless the equality tests say space or removable; that must be
    // what the tables say. A simple one must also stay in (or out of) a word once mapped, since under D2a the words of
    // the output are found again on the output.
    static bool IsTakenAsWhatItIs(char c, byte[] kinds, char[] map)
    {
        if (Array.IndexOf(s_spaces, c) >= 0)
        {
            return kinds[c] == SimpleKind.Space;
        }

        if (Array.IndexOf(s_removables, c) >= 0)
        {
            return kinds[c] == SimpleKind.Removable;
        }

        byte kind = kinds[c];
        return kind is SimpleKind.Simple or SimpleKind.Letter or SimpleKind.Heh && IsWordKind(kind) == IsWordKind(kinds[map[c]]);
    }

    static bool IsWordKind(byte kind) => kind is SimpleKind.Letter or SimpleKind.Heh;

    /// <summary>
    /// Maps blocks from <paramref name="position"/> while they qualify and stops at the last clean cut before the first block
    /// that does not (or before <paramref name="limit"/>): the start of a simple code unit that does not continue a word.
    /// </summary>
    /// <param name="src">The source.</param>
    /// <param name="position">In: where to start, a simple code unit right after a space run the caller wrote as one space, or after a line feed. Out: the cut.</param>
    /// <param name="limit">The end of what may be read and written (the caller keeps <c>limit − position ≤ dst.Length − written</c>).</param>
    /// <param name="dst">The destination.</param>
    /// <param name="written">In: where to write. Out: the output position of the cut.</param>
    /// <param name="refused">The code unit that ended the run (one the blocks do not take, or a space they cannot settle), or <paramref name="limit"/>.</param>
    /// <returns>Whether anything was mapped (the cut lies past the start).</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Run(ReadOnlySpan<char> src, ref int position, int limit, Span<char> dst, ref int written, out int refused)
    {
        // Locals, not the ref parameters: the loop must keep its positions in registers.
        int r0 = position, r = r0;
        int o0 = written, o = o0;
        ref ushort s = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(src));
        ref char d = ref MemoryMarshal.GetReference(dst);
        ref byte kinds = ref MemoryMarshal.GetArrayDataReference(_kinds);
        ref char map = ref MemoryMarshal.GetArrayDataReference(_map);
        Vector256<short> b0 = _bias[0], b1 = _bias[1], b2 = _bias[2], b3 = _bias[3], b4 = _bias[4], b5 = _bias[5],
            b6 = _bias[6], b7 = _bias[7], b8 = _bias[8];
        Vector256<short> t0 = _limit[0], t1 = _limit[1], t2 = _limit[2], t3 = _limit[3], t4 = _limit[4], t5 = _limit[5],
            t6 = _limit[6], t7 = _limit[7], t8 = _limit[8];
        Vector256<ushort> space = Vector256.Create((ushort)s_spaces[0]), nbsp = Vector256.Create((ushort)s_spaces[1]);
        Vector256<ushort> x0 = Vector256.Create((ushort)s_removables[0]), x1 = Vector256.Create((ushort)s_removables[1]),
            x2 = Vector256.Create((ushort)s_removables[2]), x3 = Vector256.Create((ushort)s_removables[3]);
        Vector256<ushort> lineFeed = Vector256.Create((ushort)'\n');
        Vector256<ushort> heh = Vector256.Create((ushort)DoChashmi.ArabicHeh);
        Vector256<short> lamAlefBias = _lamAlefBias, lamAlefLimit = _lamAlefLimit;
        Vector256<short> hehFormBias = _hehFormBias, hehFormLimit = _hehFormLimit;
        ref char alef = ref MemoryMarshal.GetArrayDataReference(_alef);
        Vector256<ushort> hehSeen = Vector256<ushort>.Zero;

        // Class bits of the two code units before the block (bit 0: two before, bit 1: one before). At the start the
        // caller has just written the space run (or the line feed) that ends there.
        uint spaceBefore = 0b10, simpleBefore = 0;
        int refusedAt = limit;

        // The last two blocks mapped: where they start in the source and output, and which of their units were kept.
        int lastR = -1, lastO = 0, previousR = -1, previousO = 0;
        uint lastKept = 0, previousKept = 0, lastDoubled = 0, previousDoubled = 0;

        // A block writes at most two units per unit (a lam-alef), so the room is checked as well as the limit.
        int roomEnd = dst.Length - (2 * Width);
        while (r + Width + 1 < limit && o < roomEnd)
        {
            Vector256<ushort> v = Vector256.LoadUnsafe(ref s, (nuint)r);
            Vector256<short> signed = v.AsInt16();
            Vector256<ushort> simple = (Vector256.LessThan(signed + b0, t0) | Vector256.LessThan(signed + b1, t1)
                | Vector256.LessThan(signed + b2, t2) | Vector256.LessThan(signed + b3, t3)
                | Vector256.LessThan(signed + b4, t4) | Vector256.LessThan(signed + b5, t5)
                | Vector256.LessThan(signed + b6, t6) | Vector256.LessThan(signed + b7, t7)
                | Vector256.LessThan(signed + b8, t8)).AsUInt16();
            Vector256<ushort> isSpace = Vector256.Equals(v, space) | Vector256.Equals(v, nbsp);
            Vector256<ushort> isRemovable = Vector256.Equals(v, x0) | Vector256.Equals(v, x1) | Vector256.Equals(v, x2)
                | Vector256.Equals(v, x3);
            Vector256<ushort> isLineFeed = Vector256.Equals(v, lineFeed);
            Vector256<ushort> isLamAlef = Vector256.LessThan(signed + lamAlefBias, lamAlefLimit).AsUInt16();
            Vector256<ushort> taken = simple | isSpace | isRemovable | isLineFeed | isLamAlef;
            if (!Vector256.EqualsAll(taken, Vector256<ushort>.AllBitsSet))
            {
                refusedAt = r + BitOperations.TrailingZeroCount(~taken.ExtractMostSignificantBits());
                break;
            }

            // The block's classes as 20-bit windows: the two units before it, its 16, the two after it (looked up in
            // the kinds table: Space counts as a space; Simple, Letter and Heh as simple).
            uint spaces16 = isSpace.ExtractMostSignificantBits();
            uint removed16 = isRemovable.ExtractMostSignificantBits();
            uint breaks16 = isLineFeed.ExtractMostSignificantBits();
            uint after0 = s_classOfKind[Unsafe.Add(ref kinds, Unsafe.Add(ref s, r + Width))];
            uint after1 = s_classOfKind[Unsafe.Add(ref kinds, Unsafe.Add(ref s, r + Width + 1))];
            uint spaces = spaceBefore | (spaces16 << 2) | ((after0 & ClassSpace) << 18) | ((after1 & ClassSpace) << 19);
            uint removables = (removed16 << 2) | ((after0 & ClassRemovable) << (18 - 2));
            uint simples = simpleBefore | ((~(spaces16 | removed16 | breaks16) & 0xFFFF) << 2)
                | ((after0 & ClassSimple) << (18 - 1)) | ((after1 & ClassSimple) << (19 - 1));

            // D6 on a line of single spaces with invisibles around them, as scraped text has them (`x\u200F y`,
            // `x \u00A0y`): a space whose previous unit, past one removable, is a space is dropped; every space that
            // stays must have a simple unit before it (past one removable) and after it (past one removable or
            // dropped space). Anything else (two removables in a row, three spaces, a space at a line end) is refused.
            uint afterOneRemovable = removables << 1;
            uint dropped = spaces & ((spaces << 1) | (afterOneRemovable & (spaces << 2)));
            uint kept = spaces & ~dropped;
            uint simpleBeforeIt = (simples << 1) | (afterOneRemovable & (simples << 2));
            uint simpleAfterIt = (simples >> 1) | (((removables | spaces) >> 1) & (simples >> 2));
            const uint blockBits = 0xFFFFu << 2;
            uint unsettled = ((kept & ~(simpleBeforeIt & simpleAfterIt)) | (removables & afterOneRemovable)) & blockBits;
            if (unsettled != 0)
            {
                refusedAt = r + BitOperations.TrailingZeroCount(unsettled) - 2;
                break;
            }

            hehSeen |= Vector256.Equals(v, heh) | Vector256.LessThan(signed + hehFormBias, hehFormLimit).AsUInt16();
            uint keep = ~(removed16 | (dropped >> 2)) & 0xFFFF;
            uint doubled = isLamAlef.ExtractMostSignificantBits();
            previousR = lastR;
            previousO = lastO;
            previousKept = lastKept;
            previousDoubled = lastDoubled;
            lastR = r;
            lastO = o;
            lastKept = keep;
            lastDoubled = doubled;
            ref ushort block = ref Unsafe.Add(ref s, r);
            if ((keep & ~doubled) == 0xFFFF)
            {
                ref char to = ref Unsafe.Add(ref d, o);
                for (int k = 0; k < Width; k += 4)
                {
                    Unsafe.Add(ref to, k) = Unsafe.Add(ref map, Unsafe.Add(ref block, k));
                    Unsafe.Add(ref to, k + 1) = Unsafe.Add(ref map, Unsafe.Add(ref block, k + 1));
                    Unsafe.Add(ref to, k + 2) = Unsafe.Add(ref map, Unsafe.Add(ref block, k + 2));
                    Unsafe.Add(ref to, k + 3) = Unsafe.Add(ref map, Unsafe.Add(ref block, k + 3));
                }

                o += Width;
            }
            else if (doubled == 0)
            {
                // Written unconditionally, kept only when the bit says so (the next unit overwrites a dropped one): no
                // branch per code unit.
                for (int k = 0; k < Width; k += 2)
                {
                    Unsafe.Add(ref d, o) = Unsafe.Add(ref map, Unsafe.Add(ref block, k));
                    o += (int)((keep >> k) & 1);
                    Unsafe.Add(ref d, o) = Unsafe.Add(ref map, Unsafe.Add(ref block, k + 1));
                    o += (int)((keep >> (k + 1)) & 1);
                }
            }
            else
            {
                // The same with a lam-alef: each unit also writes a second letter, kept only for the ligature (the next
                // unit overwrites it otherwise).
                for (int k = 0; k < Width; k++)
                {
                    ushort c = Unsafe.Add(ref block, k);
                    Unsafe.Add(ref d, o) = Unsafe.Add(ref map, c);
                    Unsafe.Add(ref d, o + 1) = Unsafe.Add(ref alef, (c - LamAlefFirst) & (LamAlefCount - 1));
                    o += (int)((keep >> k) & 1) + (int)((doubled >> k) & 1);
                }
            }

            spaceBefore = (spaces >> Width) & 0b11;
            simpleBefore = (simples >> Width) & 0b11;
            r += Width;
        }

        refused = refusedAt;

        // Back to a clean cut: a simple code unit (never a space: the caller's state knows of no pending space) that does
        // not continue the word before it. It lies in one of the last two blocks unless one word or number filled them.
        while (r > r0)
        {
            byte here = Unsafe.Add(ref kinds, Unsafe.Add(ref s, r));
            ushort previous = Unsafe.Add(ref s, r - 1);
            byte before = Unsafe.Add(ref kinds, previous);

            // A lam-alef (SimpleKind.None to the scalar loop) is two letters of the word it stands in.
            bool continuesWord = before is SimpleKind.Letter or SimpleKind.Heh or SimpleKind.Removable || (uint)(previous - LamAlefFirst) < LamAlefCount;
            if (here is SimpleKind.Simple || (IsWordKind(here) && !continuesWord))
            {
                break;
            }

            r--;
        }

        if (r > r0 && r >= lastR && lastR >= 0)
        {
            uint before = (1u << (r - lastR)) - 1;
            o = lastO + BitOperations.PopCount(lastKept & before) + BitOperations.PopCount(lastDoubled & before);
        }
        else if (r > r0 && r >= previousR && previousR >= 0)
        {
            uint before = (1u << (r - previousR)) - 1;
            o = previousO + BitOperations.PopCount(previousKept & before) + BitOperations.PopCount(previousDoubled & before);
        }
        else
        {
            return false;
        }

        if (_d2a && !Vector256.EqualsAll(hehSeen, Vector256<ushort>.Zero))
        {
            ResolveWords(dst[o0..o]);
        }

        position = r;
        written = o;
        return true;
    }

    // The class bits of a kind, for the units after a block: space, simple (Simple, Letter, Heh), removable.
    const uint ClassSpace = 1, ClassSimple = 2, ClassRemovable = 4;
    static readonly byte[] s_classOfKind = BuildClassOfKind();

    static byte[] BuildClassOfKind()
    {
        var classes = new byte[256];
        classes[SimpleKind.Simple] = classes[SimpleKind.Letter] = classes[SimpleKind.Heh] = (byte)ClassSimple;
        classes[SimpleKind.Space] = (byte)ClassSpace;
        classes[SimpleKind.Removable] = (byte)ClassRemovable;
        return classes;
    }

    // The words of a run's output that hold an Arabic heh, resolved as the scalar loop resolves them. The run starts
    // after a space or a line feed and ends at a clean cut, so every word in it is whole.
    void ResolveWords(Span<char> output)
    {
        ref byte kinds = ref MemoryMarshal.GetArrayDataReference(_kinds);
        int at = output.IndexOf(DoChashmi.ArabicHeh);
        while (at >= 0)
        {
            int start = at;
            while (start > 0 && IsWordKind(Unsafe.Add(ref kinds, output[start - 1])))
            {
                start--;
            }

            int end = at + 1;
            while (end < output.Length && IsWordKind(Unsafe.Add(ref kinds, output[end])))
            {
                end++;
            }

            DoChashmi.ResolveBare(output[start..end]);
            int next = output[end..].IndexOf(DoChashmi.ArabicHeh);
            at = next < 0 ? -1 : end + next;
        }
    }
}

