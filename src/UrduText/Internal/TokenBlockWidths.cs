using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using UrduText.Normalization;

namespace UrduText.Internal;

// The vector tests of TokenBlocks, once per width, over its constants. Each mirrors TokenBlocks.IsWordUnit,
// IsMarkUnit, IsDigitUnit, IsSpaceUnit and IsPunctuationUnit (a unit test runs every code unit through both). Ranges are
// tested with one add and one signed compare (SignedRange); compare results are packed to bytes so that one MSB
// extraction yields the bits of 16 or 32 code units.

/// <summary>A block as two <see cref="Vector256{T}"/> (x86 with AVX2 only).</summary>
internal readonly struct TokenBlock256 : ITokenBlock
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Classify(ref ushort first, int i, out uint word, out uint mark, out uint digit, out uint punctuation)
    {
        // Lanes hold code units 0–7 and 16–23, 8–15 and 24–31: the in-lane byte pack then yields them in order.
        nuint at = (nuint)i;
        Vector256<ushort> a = Vector256.Create(Vector128.LoadUnsafe(ref first, at), Vector128.LoadUnsafe(ref first, at + 16));
        Vector256<ushort> b = Vector256.Create(Vector128.LoadUnsafe(ref first, at + 8), Vector128.LoadUnsafe(ref first, at + 24));
        Vector256<short> wordA = Word(a), wordB = Word(b);
        Vector256<short> digitA = Digit(a), digitB = Digit(b);
        Vector256<short> punctuationA = Punctuation(a), punctuationB = Punctuation(b);
        word = Bits(wordA, wordB);
        mark = Bits(Mark(a), Mark(b));
        digit = Bits(digitA, digitB);
        punctuation = Bits(punctuationA, punctuationB);
        return Bits(wordA | digitA | punctuationA | Space(a), wordB | digitB | punctuationB | Space(b));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static uint Bits(Vector256<short> low, Vector256<short> high) => (uint)Avx2.MoveMask(Avx2.PackSignedSaturate(low, high));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector256<short> In(Vector256<ushort> v, char firstChar, char lastChar) =>
        Vector256.LessThan((v + Vector256.Create((ushort)SignedRange.Bias(firstChar))).AsInt16(), Vector256.Create(SignedRange.Limit(firstChar, lastChar)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector256<short> Is(Vector256<ushort> v, char c) => Vector256.Equals(v, Vector256.Create((ushort)c)).AsInt16();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector256<short> Word(Vector256<ushort> v) => In(v, TokenBlocks.Word1First, TokenBlocks.Word1Last) | In(v, TokenBlocks.Word2First, TokenBlocks.Word2Last);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector256<short> Mark(Vector256<ushort> v) => In(v, TokenBlocks.MarkFirst, TokenBlocks.MarkLast) | Is(v, TokenBlocks.SuperscriptAlef);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector256<short> Digit(Vector256<ushort> v) => In(v, '0', '9');

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector256<short> Space(Vector256<ushort> v) => Is(v, ' ') | In(v, TokenBlocks.ControlSpaceFirst, TokenBlocks.ControlSpaceLast);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector256<short> Punctuation(Vector256<ushort> v) =>
        Is(v, TokenBlocks.FullStop) | Is(v, TokenBlocks.ArabicComma) | Is(v, ':') | Is(v, '"')
        | In(v, TokenBlocks.AsciiPunctuation1First, TokenBlocks.AsciiPunctuation1Last) | In(v, TokenBlocks.AsciiPunctuation2First, TokenBlocks.AsciiPunctuation2Last)
        | In(v, TokenBlocks.QuoteFirst, TokenBlocks.QuoteLast);
}

/// <summary>A block as four <see cref="Vector128{T}"/> (the width ARM64 runs).</summary>
internal readonly struct TokenBlock128 : ITokenBlock
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Classify(ref ushort first, int i, out uint word, out uint mark, out uint digit, out uint punctuation)
    {
        uint known = Classify16(ref first, (nuint)i, out word, out mark, out digit, out punctuation);
        uint knownHigh = Classify16(ref first, (nuint)i + 16, out uint wordHigh, out uint markHigh, out uint digitHigh, out uint punctuationHigh);
        word |= wordHigh << 16;
        mark |= markHigh << 16;
        digit |= digitHigh << 16;
        punctuation |= punctuationHigh << 16;
        return known | (knownHigh << 16);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static uint Classify16(ref ushort first, nuint at, out uint word, out uint mark, out uint digit, out uint punctuation)
    {
        Vector128<ushort> a = Vector128.LoadUnsafe(ref first, at);
        Vector128<ushort> b = Vector128.LoadUnsafe(ref first, at + 8);
        Vector128<short> wordA = Word(a), wordB = Word(b);
        Vector128<short> digitA = Digit(a), digitB = Digit(b);
        Vector128<short> punctuationA = Punctuation(a), punctuationB = Punctuation(b);
        word = Bits(wordA, wordB);
        mark = Bits(Mark(a), Mark(b));
        digit = Bits(digitA, digitB);
        punctuation = Bits(punctuationA, punctuationB);
        return Bits(wordA | digitA | punctuationA | Space(a), wordB | digitB | punctuationB | Space(b));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static uint Bits(Vector128<short> low, Vector128<short> high) => Sse2.IsSupported
        ? (uint)Sse2.MoveMask(Sse2.PackSignedSaturate(low, high))
        : Vector128.Narrow(low, high).ExtractMostSignificantBits();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector128<short> In(Vector128<ushort> v, char firstChar, char lastChar) =>
        Vector128.LessThan((v + Vector128.Create((ushort)SignedRange.Bias(firstChar))).AsInt16(), Vector128.Create(SignedRange.Limit(firstChar, lastChar)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector128<short> Is(Vector128<ushort> v, char c) => Vector128.Equals(v, Vector128.Create((ushort)c)).AsInt16();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector128<short> Word(Vector128<ushort> v) => In(v, TokenBlocks.Word1First, TokenBlocks.Word1Last) | In(v, TokenBlocks.Word2First, TokenBlocks.Word2Last);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector128<short> Mark(Vector128<ushort> v) => In(v, TokenBlocks.MarkFirst, TokenBlocks.MarkLast) | Is(v, TokenBlocks.SuperscriptAlef);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector128<short> Digit(Vector128<ushort> v) => In(v, '0', '9');

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector128<short> Space(Vector128<ushort> v) => Is(v, ' ') | In(v, TokenBlocks.ControlSpaceFirst, TokenBlocks.ControlSpaceLast);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector128<short> Punctuation(Vector128<ushort> v) =>
        Is(v, TokenBlocks.FullStop) | Is(v, TokenBlocks.ArabicComma) | Is(v, ':') | Is(v, '"')
        | In(v, TokenBlocks.AsciiPunctuation1First, TokenBlocks.AsciiPunctuation1Last) | In(v, TokenBlocks.AsciiPunctuation2First, TokenBlocks.AsciiPunctuation2Last)
        | In(v, TokenBlocks.QuoteFirst, TokenBlocks.QuoteLast);
}

/// <summary>
/// A block without vector instructions (<c>DOTNET_EnableHWIntrinsic=0</c>, or a machine without SIMD): one class-table
/// load per code unit gives a byte of flags, eight bytes are packed into a <see cref="ulong"/>, and a multiply gathers
/// one flag of all eight into a byte of bits. It follows the table's classes, not the vector ranges: every
/// Arabic-script letter and mark is a word unit, and of the punctuation only the classes with no special members
/// (terminators, brackets, quotes) count, so ، : - / take the scalar scanner here.
/// </summary>
internal readonly struct TokenBlockScalar : ITokenBlock
{
    const int WordFlag = 1, MarkFlag = 2, DigitFlag = 4, PunctuationFlag = 8, KnownFlag = 16;

    /// <summary>Classes that are one punctuation token whatever the character: no member starts a longer token.</summary>
    const uint SimplePunctuationMask =
        (1u << (int)CharClass.Terminator) | (1u << (int)CharClass.OpeningBracket) | (1u << (int)CharClass.ClosingBracket) | (1u << (int)CharClass.Quote);

    /// <summary>The flags of each <see cref="CharClass"/>.</summary>
    static readonly byte[] s_flags = BuildFlags();

    static byte[] BuildFlags()
    {
        var flags = new byte[32];
        for (int cls = 0; cls < flags.Length; cls++)
        {
            bool word = TokenScanner.In(TokenScanner.ArabicWordMask, (CharClass)cls);
            bool digit = cls == (int)CharClass.AsciiDigit;
            bool punctuation = ((SimplePunctuationMask >> cls) & 1) != 0;
            bool space = CharPredicates.IsWhiteSpace((CharClass)cls);
            flags[cls] = (byte)((word ? WordFlag : 0) | (cls == (int)CharClass.CombiningMark ? MarkFlag : 0) | (digit ? DigitFlag : 0)
                | (punctuation ? PunctuationFlag : 0) | (word || digit || punctuation || space ? KnownFlag : 0));
        }

        return flags;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Classify(ref ushort first, int i, out uint word, out uint mark, out uint digit, out uint punctuation)
    {
        ulong p0 = Pack(ref first, i), p1 = Pack(ref first, i + 8), p2 = Pack(ref first, i + 16), p3 = Pack(ref first, i + 24);
        word = Gather(p0, p1, p2, p3, 0);
        mark = Gather(p0, p1, p2, p3, 1);
        digit = Gather(p0, p1, p2, p3, 2);
        punctuation = Gather(p0, p1, p2, p3, 3);
        return Gather(p0, p1, p2, p3, 4);
    }

    /// <summary>The flag bytes of the eight code units at <paramref name="i"/>, code unit k in byte k.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static ulong Pack(ref ushort first, int i)
    {
        ref byte flags = ref MemoryMarshal.GetArrayDataReference(s_flags);
        ref byte classes = ref MemoryMarshal.GetReference(CharClassTable.Bmp);
        ref ushort at = ref Unsafe.Add(ref first, i);
        return Unsafe.Add(ref flags, Unsafe.Add(ref classes, at))
            | ((ulong)Unsafe.Add(ref flags, Unsafe.Add(ref classes, Unsafe.Add(ref at, 1))) << 8)
            | ((ulong)Unsafe.Add(ref flags, Unsafe.Add(ref classes, Unsafe.Add(ref at, 2))) << 16)
            | ((ulong)Unsafe.Add(ref flags, Unsafe.Add(ref classes, Unsafe.Add(ref at, 3))) << 24)
            | ((ulong)Unsafe.Add(ref flags, Unsafe.Add(ref classes, Unsafe.Add(ref at, 4))) << 32)
            | ((ulong)Unsafe.Add(ref flags, Unsafe.Add(ref classes, Unsafe.Add(ref at, 5))) << 40)
            | ((ulong)Unsafe.Add(ref flags, Unsafe.Add(ref classes, Unsafe.Add(ref at, 6))) << 48)
            | ((ulong)Unsafe.Add(ref flags, Unsafe.Add(ref classes, Unsafe.Add(ref at, 7))) << 56);
    }

    /// <summary>Flag <paramref name="bit"/> of 32 code units: the multiply moves bit 0 of byte k to bit 56 + k, with no carries.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static uint Gather(ulong p0, ulong p1, ulong p2, ulong p3, int bit) =>
        Gather8(p0, bit) | (Gather8(p1, bit) << 8) | (Gather8(p2, bit) << 16) | (Gather8(p3, bit) << 24);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static uint Gather8(ulong packed, int bit) => (uint)((((packed >> bit) & 0x0101010101010101UL) * 0x0102040810204080UL) >> 56);
}
