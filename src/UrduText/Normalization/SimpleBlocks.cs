using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

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
/// <para>A block is classified with one <see cref="Vector256{T}"/> where 256-bit vectors are accelerated and with two
/// <see cref="Vector128{T}"/> elsewhere (ARM64 runs only 128-bit vectors; tests force that path on x64 too); everything
/// after the classification is the same code for both, so they map a block identically.</para>
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
    // The loops test for them with these constants.
    const ushort Space = ' ', NoBreakSpace = '\u00A0', LineFeed = '\n';
    const ushort Kashida = '\u0640', ZeroWidthSpace = '\u200B', LeftToRightMark = '\u200E', RightToLeftMark = '\u200F';
    static readonly char[] s_spaces = [(char)Space, (char)NoBreakSpace];
    static readonly char[] s_removables = [(char)Kashida, (char)ZeroWidthSpace, (char)LeftToRightMark, (char)RightToLeftMark];

    readonly byte[] _kinds;
    readonly char[] _map;
    readonly bool _d2a;

    // The alef each lam-alef ligature writes after its lam (the lam comes from the map); unused when they are not taken.
    readonly char[] _alef = new char[LamAlefCount];

    // The lam-alef range as a range test, or an empty range when the options leave the ligatures alone.
    readonly short _lamAlefBias;
    readonly short _lamAlefLimit;

    // The Arabic heh presentation forms (U+FEE9–U+FEEC) as a range test when they are U+0647 to D2a (kind Heh), else empty.
    readonly short _hehFormBias;
    readonly short _hehFormLimit;

    // Range r holds v when (short)(v + _bias[r]) < _limit[r] (SignedRange: one add, one signed compare). Kept as scalars
    // and broadcast at the start of each run, to whichever width the run uses.
    readonly short[] _bias;
    readonly short[] _limit;

    SimpleBlocks(byte[] kinds, char[] map, bool d2a, List<(char Low, char High)> ranges, (char First, char Second)[]? lamAlef, SimpleBlockWidth width)
    {
        _kinds = kinds;
        _map = map;
        _d2a = d2a;
        Width256 = width == SimpleBlockWidth.Vector256;
        _lamAlefBias = SignedRange.Bias(LamAlefFirst);
        _lamAlefLimit = lamAlef is null ? SignedRange.Empty : SignedRange.Limit(LamAlefFirst, (char)(LamAlefFirst + LamAlefCount - 1));
        _hehFormBias = SignedRange.Bias(DoChashmi.HehFormFirst);
        _hehFormLimit = d2a && kinds[DoChashmi.HehFormFirst] == SimpleKind.Heh ? SignedRange.Limit(DoChashmi.HehFormFirst, DoChashmi.HehFormLast) : SignedRange.Empty;
        for (int i = 0; lamAlef is not null && i < LamAlefCount; i++)
        {
            _alef[i] = lamAlef[i].Second;
        }

        _bias = new short[RangeCount];
        _limit = new short[RangeCount];
        for (int r = 0; r < RangeCount; r++)
        {
            // A dropped candidate is replaced by a copy of a kept one: the loop reads a fixed set of locals.
            (char low, char high) = ranges[Math.Min(r, ranges.Count - 1)];
            _bias[r] = SignedRange.Bias(low);
            _limit[r] = SignedRange.Limit(low, high);
        }
    }

    /// <summary>Whether blocks are classified with one <see cref="Vector256{T}"/> (else with two <see cref="Vector128{T}"/>).</summary>
    internal bool Width256 { get; }

    /// <summary>The widest width accelerated on this machine (what the public API takes).</summary>
    internal static SimpleBlockWidth BestWidth =>
        Vector256.IsHardwareAccelerated ? SimpleBlockWidth.Vector256 : Vector128.IsHardwareAccelerated ? SimpleBlockWidth.Vector128 : SimpleBlockWidth.None;

    /// <summary>Whether <paramref name="width"/> can run here (<see cref="SimpleBlockWidth.None"/> always can).</summary>
    /// <param name="width">A width.</param>
    internal static bool IsAccelerated(SimpleBlockWidth width) => width switch
    {
        SimpleBlockWidth.Vector256 => Vector256.IsHardwareAccelerated,
        SimpleBlockWidth.Vector128 => Vector128.IsHardwareAccelerated,
        _ => true,
    };

    /// <summary>
    /// Blocks for the fast loop's tables, or null when <paramref name="width"/> is <see cref="SimpleBlockWidth.None"/> or
    /// not accelerated here, or the options leave the blocks nothing to do (D6 off: spaces are not single-space safe;
    /// D5 off: the invisibles stay).
    /// </summary>
    /// <param name="kinds">The fast loop's kinds (see <c>UrduNormalizer._simpleKind</c>).</param>
    /// <param name="map">What Simple, Letter, Heh and Space code units become.</param>
    /// <param name="d2a">Whether words holding an Arabic heh are resolved (kind 3).</param>
    /// <param name="lamAlef">What the lam-alef ligatures become under these options (the lam already in <paramref name="map"/>), or null when they stay.</param>
    /// <param name="width">The vector width to classify blocks with (<see cref="BestWidth"/> outside tests and benchmarks).</param>
    public static SimpleBlocks? Create(byte[] kinds, char[] map, bool d2a, (char First, char Second)[]? lamAlef, SimpleBlockWidth width)
    {
        if (width == SimpleBlockWidth.None || !IsAccelerated(width) || kinds['\n'] != SimpleKind.LineFeed)
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

        return ranges.Count == 0 ? null : new SimpleBlocks(kinds, map, d2a, ranges, lamAlef, width);
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector128<short> Is(Vector128<ushort> v, ushort c) => Vector128.Equals(v, Vector128.Create(c)).AsInt16();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector128<short> IsSpace(Vector128<ushort> v) => Is(v, Space) | Is(v, NoBreakSpace);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector128<short> IsRemovable(Vector128<ushort> v) => Is(v, Kashida) | Is(v, ZeroWidthSpace) | Is(v, LeftToRightMark) | Is(v, RightToLeftMark);

    /// <summary>One bit per lane of two 8-lane masks, <paramref name="low"/>'s in bits 0–7 (one pack and one move mask on x86).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static uint Bits(Vector128<short> low, Vector128<short> high) => Sse2.IsSupported
        ? (uint)Sse2.MoveMask(Sse2.PackSignedSaturate(low, high))
        : Vector128.Narrow(low, high).ExtractMostSignificantBits();

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
    public bool Run(ReadOnlySpan<char> src, ref int position, int limit, Span<char> dst, ref int written, out int refused) => Width256
        ? Run<Wide>(src, ref position, limit, dst, ref written, out refused)
        : Run<Narrow>(src, ref position, limit, dst, ref written, out refused);

    // The width as a type argument: each instantiation is compiled on its own and keeps only its branch of the
    // classification below, so the 256-bit loop carries nothing of the 128-bit one and the reverse.
    readonly struct Wide;

    readonly struct Narrow;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    bool Run<TWidth>(ReadOnlySpan<char> src, ref int position, int limit, Span<char> dst, ref int written, out int refused)
        where TWidth : struct
    {
        // Locals, not the ref parameters: the loop must keep its positions in registers.
        int r0 = position, r = r0;
        int o0 = written, o = o0;
        ref ushort s = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(src));
        ref char d = ref MemoryMarshal.GetReference(dst);
        ref byte kinds = ref MemoryMarshal.GetArrayDataReference(_kinds);
        ref char map = ref MemoryMarshal.GetArrayDataReference(_map);
        ref char alef = ref MemoryMarshal.GetArrayDataReference(_alef);
        bool wide = typeof(TWidth) == typeof(Wide);

        // The constants of the width in use; the other width's stay default and unused.
        Vector256<short> b0 = default, b1 = default, b2 = default, b3 = default, b4 = default, b5 = default, b6 = default, b7 = default, b8 = default;
        Vector256<short> t0 = default, t1 = default, t2 = default, t3 = default, t4 = default, t5 = default, t6 = default, t7 = default, t8 = default;
        Vector256<short> lamAlefBias = default, lamAlefLimit = default, hehFormBias = default, hehFormLimit = default;
        Vector128<short> nb0 = default, nb1 = default, nb2 = default, nb3 = default, nb4 = default, nb5 = default, nb6 = default, nb7 = default, nb8 = default;
        Vector128<short> nt0 = default, nt1 = default, nt2 = default, nt3 = default, nt4 = default, nt5 = default, nt6 = default, nt7 = default, nt8 = default;
        Vector128<short> nLamAlefBias = default, nLamAlefLimit = default, nHehFormBias = default, nHehFormLimit = default;
        short[] bias = _bias, rangeLimit = _limit;
        if (wide)
        {
            b0 = Vector256.Create(bias[0]); b1 = Vector256.Create(bias[1]); b2 = Vector256.Create(bias[2]);
            b3 = Vector256.Create(bias[3]); b4 = Vector256.Create(bias[4]); b5 = Vector256.Create(bias[5]);
            b6 = Vector256.Create(bias[6]); b7 = Vector256.Create(bias[7]); b8 = Vector256.Create(bias[8]);
            t0 = Vector256.Create(rangeLimit[0]); t1 = Vector256.Create(rangeLimit[1]); t2 = Vector256.Create(rangeLimit[2]);
            t3 = Vector256.Create(rangeLimit[3]); t4 = Vector256.Create(rangeLimit[4]); t5 = Vector256.Create(rangeLimit[5]);
            t6 = Vector256.Create(rangeLimit[6]); t7 = Vector256.Create(rangeLimit[7]); t8 = Vector256.Create(rangeLimit[8]);
            lamAlefBias = Vector256.Create(_lamAlefBias);
            lamAlefLimit = Vector256.Create(_lamAlefLimit);
            hehFormBias = Vector256.Create(_hehFormBias);
            hehFormLimit = Vector256.Create(_hehFormLimit);
        }
        else
        {
            nb0 = Vector128.Create(bias[0]); nb1 = Vector128.Create(bias[1]); nb2 = Vector128.Create(bias[2]);
            nb3 = Vector128.Create(bias[3]); nb4 = Vector128.Create(bias[4]); nb5 = Vector128.Create(bias[5]);
            nb6 = Vector128.Create(bias[6]); nb7 = Vector128.Create(bias[7]); nb8 = Vector128.Create(bias[8]);
            nt0 = Vector128.Create(rangeLimit[0]); nt1 = Vector128.Create(rangeLimit[1]); nt2 = Vector128.Create(rangeLimit[2]);
            nt3 = Vector128.Create(rangeLimit[3]); nt4 = Vector128.Create(rangeLimit[4]); nt5 = Vector128.Create(rangeLimit[5]);
            nt6 = Vector128.Create(rangeLimit[6]); nt7 = Vector128.Create(rangeLimit[7]); nt8 = Vector128.Create(rangeLimit[8]);
            nLamAlefBias = Vector128.Create(_lamAlefBias);
            nLamAlefLimit = Vector128.Create(_lamAlefLimit);
            nHehFormBias = Vector128.Create(_hehFormBias);
            nHehFormLimit = Vector128.Create(_hehFormLimit);
        }

        // Whether a mapped block held an Arabic heh (or a form D2a takes as one), accumulated without a branch.
        Vector256<ushort> hehSeen = Vector256<ushort>.Zero;
        Vector128<ushort> nHehSeen = Vector128<ushort>.Zero;

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
            // The block's masks, one bit per code unit: spaces, removables, line feeds, lam-alefs, hehs.
            uint spaces16, removed16, breaks16, doubled;
            Vector256<ushort> hehBlock = default;
            Vector128<ushort> nHehBlock = default;
            if (wide)
            {
                Vector256<ushort> v = Vector256.LoadUnsafe(ref s, (nuint)r);
                Vector256<short> signed = v.AsInt16();
                Vector256<ushort> simple = (Vector256.LessThan(signed + b0, t0) | Vector256.LessThan(signed + b1, t1)
                    | Vector256.LessThan(signed + b2, t2) | Vector256.LessThan(signed + b3, t3)
                    | Vector256.LessThan(signed + b4, t4) | Vector256.LessThan(signed + b5, t5)
                    | Vector256.LessThan(signed + b6, t6) | Vector256.LessThan(signed + b7, t7)
                    | Vector256.LessThan(signed + b8, t8)).AsUInt16();
                Vector256<ushort> isSpace = Vector256.Equals(v, Vector256.Create(Space)) | Vector256.Equals(v, Vector256.Create(NoBreakSpace));
                Vector256<ushort> isRemovable = Vector256.Equals(v, Vector256.Create(Kashida)) | Vector256.Equals(v, Vector256.Create(ZeroWidthSpace))
                    | Vector256.Equals(v, Vector256.Create(LeftToRightMark)) | Vector256.Equals(v, Vector256.Create(RightToLeftMark));
                Vector256<ushort> isLineFeed = Vector256.Equals(v, Vector256.Create(LineFeed));
                Vector256<ushort> isLamAlef = Vector256.LessThan(signed + lamAlefBias, lamAlefLimit).AsUInt16();
                Vector256<ushort> taken = simple | isSpace | isRemovable | isLineFeed | isLamAlef;
                if (!Vector256.EqualsAll(taken, Vector256<ushort>.AllBitsSet))
                {
                    refusedAt = r + BitOperations.TrailingZeroCount(~taken.ExtractMostSignificantBits());
                    break;
                }

                spaces16 = isSpace.ExtractMostSignificantBits();
                removed16 = isRemovable.ExtractMostSignificantBits();
                breaks16 = isLineFeed.ExtractMostSignificantBits();
                doubled = isLamAlef.ExtractMostSignificantBits();
                hehBlock = Vector256.Equals(v, Vector256.Create((ushort)DoChashmi.ArabicHeh)) | Vector256.LessThan(signed + hehFormBias, hehFormLimit).AsUInt16();
            }
            else
            {
                // Two halves of eight code units, each tested as the wide path tests its sixteen; the masks are then
                // packed to 16 bits, low half first.
                Vector128<ushort> lo = Vector128.LoadUnsafe(ref s, (nuint)r);
                Vector128<ushort> hi = Vector128.LoadUnsafe(ref s, (nuint)r + 8);
                Vector128<short> sLo = lo.AsInt16(), sHi = hi.AsInt16();
                Vector128<short> simpleLo = Vector128.LessThan(sLo + nb0, nt0) | Vector128.LessThan(sLo + nb1, nt1)
                    | Vector128.LessThan(sLo + nb2, nt2) | Vector128.LessThan(sLo + nb3, nt3)
                    | Vector128.LessThan(sLo + nb4, nt4) | Vector128.LessThan(sLo + nb5, nt5)
                    | Vector128.LessThan(sLo + nb6, nt6) | Vector128.LessThan(sLo + nb7, nt7)
                    | Vector128.LessThan(sLo + nb8, nt8);
                Vector128<short> simpleHi = Vector128.LessThan(sHi + nb0, nt0) | Vector128.LessThan(sHi + nb1, nt1)
                    | Vector128.LessThan(sHi + nb2, nt2) | Vector128.LessThan(sHi + nb3, nt3)
                    | Vector128.LessThan(sHi + nb4, nt4) | Vector128.LessThan(sHi + nb5, nt5)
                    | Vector128.LessThan(sHi + nb6, nt6) | Vector128.LessThan(sHi + nb7, nt7)
                    | Vector128.LessThan(sHi + nb8, nt8);
                Vector128<short> spaceLo = IsSpace(lo), spaceHi = IsSpace(hi);
                Vector128<short> removableLo = IsRemovable(lo), removableHi = IsRemovable(hi);
                Vector128<short> lineFeedLo = Is(lo, LineFeed), lineFeedHi = Is(hi, LineFeed);
                Vector128<short> lamAlefLo = Vector128.LessThan(sLo + nLamAlefBias, nLamAlefLimit);
                Vector128<short> lamAlefHi = Vector128.LessThan(sHi + nLamAlefBias, nLamAlefLimit);
                Vector128<short> takenLo = simpleLo | spaceLo | removableLo | lineFeedLo | lamAlefLo;
                Vector128<short> takenHi = simpleHi | spaceHi | removableHi | lineFeedHi | lamAlefHi;
                if (!Vector128.EqualsAll(takenLo & takenHi, Vector128<short>.AllBitsSet))
                {
                    refusedAt = r + BitOperations.TrailingZeroCount(~Bits(takenLo, takenHi));
                    break;
                }

                spaces16 = Bits(spaceLo, spaceHi);
                removed16 = Bits(removableLo, removableHi);
                breaks16 = Bits(lineFeedLo, lineFeedHi);
                doubled = Bits(lamAlefLo, lamAlefHi);
                nHehBlock = (Is(lo, DoChashmi.ArabicHeh) | Vector128.LessThan(sLo + nHehFormBias, nHehFormLimit)
                    | Is(hi, DoChashmi.ArabicHeh) | Vector128.LessThan(sHi + nHehFormBias, nHehFormLimit)).AsUInt16();
            }

            // The block's classes as 20-bit windows: the two units before it, its 16, the two after it (looked up in
            // the kinds table: Space counts as a space; Simple, Letter and Heh as simple).
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

            if (wide)
            {
                hehSeen |= hehBlock;
            }
            else
            {
                nHehSeen |= nHehBlock;
            }

            uint keep = ~(removed16 | (dropped >> 2)) & 0xFFFF;
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

        if (_d2a && (wide ? !Vector256.EqualsAll(hehSeen, Vector256<ushort>.Zero) : !Vector128.EqualsAll(nHehSeen, Vector128<ushort>.Zero)))
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


/// <summary>The vector width <see cref="SimpleBlocks"/> classify with (tests and benchmarks force each one).</summary>
internal enum SimpleBlockWidth : byte
{
    /// <summary>No blocks: the scalar loop only (the reference the tests compare every width with).</summary>
    None,

    /// <summary>Two <see cref="Vector128{T}"/> per block (what ARM64 runs).</summary>
    Vector128,

    /// <summary>One <see cref="Vector256{T}"/> per block.</summary>
    Vector256,
}
