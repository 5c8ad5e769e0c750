using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace UrduText.Internal;

/// <summary>
/// The tokenizer's vector path: classifies 32 UTF-16 code units per step with vector range compares, turns them into
/// bit masks (Arabic-script word code units, ASCII digits, single-code-unit punctuation, everything it knows) and
/// reads the token starts off the masks (the Sep / simdjson approach). Anything it does not know (Latin, numbers with
/// separators, URLs, joiners, emoji, surrogates, presentation forms, a word that starts with a mark, two punctuation
/// marks in a row) goes to <see cref="TokenScanner"/> for the token that holds it, so the tokens are exactly the
/// scalar scanner's.
/// </summary>
/// <remarks>
/// The ranges are a subset of what the generated <see cref="CharClassTable"/> says: <see cref="RangesAgreeWithTable"/>
/// checks them against the table once at start-up, and the vector path stays off if they ever disagree (a unit test
/// fails then too). A block is decoded from a token boundary; its last code unit is only looked at (the next
/// character decides whether a punctuation mark takes trailing marks or a word goes on), so at most 31 are decided.
/// </remarks>
internal static class TokenBlocks
{
    /// <summary>Code units per block (one bit each in a <see cref="uint"/> mask).</summary>
    public const int BlockLength = 32;

    // Arabic-script word code units: letters, tatweel and marks U+0620–U+065F (ء … ي and the harakat), and the
    // letters U+066E–U+06D3 (ٹ پ چ ڈ ڑ ژ ک گ ں ھ ہ ی ے ۓ and the rest; superscript alef U+0670 is a mark).
    internal const char Word1First = '\u0620';
    internal const char Word1Last = '\u065F';
    internal const char Word2First = '\u066E';
    internal const char Word2Last = '\u06D3';

    // Combining marks among them: a word cannot start with one (the scalar scanner makes it an Other token).
    internal const char MarkFirst = '\u064B'; // ARABIC FATHATAN
    internal const char MarkLast = '\u065F'; // ARABIC WAVY HAMZA BELOW
    internal const char SuperscriptAlef = '\u0670'; // ARABIC LETTER SUPERSCRIPT ALEF

    // Whitespace: tab, LF, VT, FF, CR and the space.
    internal const char ControlSpaceFirst = '\t';
    internal const char ControlSpaceLast = '\r';

    // Single-code-unit punctuation, the marks that are common in Urdu text (others take the scalar path): ( ) * and
    // , - . / in two ASCII ranges (+ between them is a symbol), : " ، ۔ and the quotation marks ‘ ’ ‚ ‛ “ ”.
    internal const char AsciiPunctuation1First = '(';
    internal const char AsciiPunctuation1Last = '*';
    internal const char AsciiPunctuation2First = ',';
    internal const char AsciiPunctuation2Last = '/';
    internal const char FullStop = '\u06D4'; // ۔ ARABIC FULL STOP
    internal const char ArabicComma = '\u060C'; // ، ARABIC COMMA
    internal const char QuoteFirst = '\u2018'; // ‘ LEFT SINGLE QUOTATION MARK
    internal const char QuoteLast = '\u201D'; // ” RIGHT DOUBLE QUOTATION MARK

    /// <summary>
    /// True when the vector path is used: vectors are hardware-accelerated and the ranges agree with the table.
    /// </summary>
    public static readonly bool IsEnabled = Vector128.IsHardwareAccelerated && RangesAgreeWithTable();

    /// <summary>The path the public API takes on this machine.</summary>
    public static TokenPath BestPath =>
        !IsEnabled ? TokenPath.ScalarBlocks : Avx2.IsSupported && Vector256.IsHardwareAccelerated ? TokenPath.Vector256 : TokenPath.Vector128;

    /// <summary>The scalar form of the vector word test.</summary>
    public static bool IsWordUnit(char c) => (uint)(c - Word1First) <= Word1Last - Word1First || (uint)(c - Word2First) <= Word2Last - Word2First;

    /// <summary>The scalar form of the vector mark test.</summary>
    public static bool IsMarkUnit(char c) => (uint)(c - MarkFirst) <= MarkLast - MarkFirst || c == SuperscriptAlef;

    /// <summary>The scalar form of the vector digit test (ASCII digits).</summary>
    public static bool IsDigitUnit(char c) => (uint)(c - '0') <= 9;

    /// <summary>The scalar form of the vector whitespace test.</summary>
    public static bool IsSpaceUnit(char c) => c == ' ' || (uint)(c - ControlSpaceFirst) <= ControlSpaceLast - ControlSpaceFirst;

    /// <summary>The scalar form of the vector punctuation test.</summary>
    public static bool IsPunctuationUnit(char c) =>
        c is FullStop or ArabicComma or ':' or '"' || (uint)(c - AsciiPunctuation1First) <= AsciiPunctuation1Last - AsciiPunctuation1First
        || (uint)(c - AsciiPunctuation2First) <= AsciiPunctuation2Last - AsciiPunctuation2First || (uint)(c - QuoteFirst) <= QuoteLast - QuoteFirst;

    /// <summary>
    /// Checks every code unit the vector tests accept against the table: word units continue an Arabic-script word
    /// (and start one unless they are marks), digits are ASCII digits, whitespace is whitespace, punctuation is a
    /// one-code-unit punctuation token, and no code unit is in two sets. All ranges lie below U+2020.
    /// </summary>
    /// <remarks>
    /// '*' is special to the scalar scanner only as the start of a keycap emoji (<c>*️⃣</c>): followed by anything the
    /// blocks know, it is one punctuation mark, and VS16 and the keycap mark are unknown to them.
    /// </remarks>
    public static bool RangesAgreeWithTable()
    {
        for (int i = 0; i < 0x2020; i++)
        {
            char c = (char)i;
            CharClass cls = CharClasses.Of(c);
            bool word = IsWordUnit(c);
            bool digit = IsDigitUnit(c);
            bool space = IsSpaceUnit(c);
            bool punctuation = IsPunctuationUnit(c);
            if ((word ? 1 : 0) + (digit ? 1 : 0) + (space ? 1 : 0) + (punctuation ? 1 : 0) > 1
                || (word && !TokenScanner.In(TokenScanner.ArabicWordMask, cls))
                || (word && !IsMarkUnit(c) && !TokenScanner.In(TokenScanner.ArabicWordStartMask, cls))
                || (digit && cls != CharClass.AsciiDigit)
                || (space && !CharPredicates.IsWhiteSpace(cls))
                || (punctuation && (!TokenScanner.In(TokenScanner.PunctuationMask, cls) || (TokenScanner.IsSpecialPunctuation(c) && c != '*'))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Decodes the block at <paramref name="i"/> (a token boundary, with at least <see cref="BlockLength"/> code
    /// units left) and returns the starts of the tokens it settles, as bits relative to <paramref name="i"/>.
    /// </summary>
    /// <remarks>
    /// A settled token is a run of word units (a <see cref="UrduTokenKind.Word"/>), a run of ASCII digits followed by
    /// whitespace (a <see cref="UrduTokenKind.Number"/>) or one punctuation mark. Unknown are: what no vector test
    /// accepts, a word that starts with a mark, a punctuation mark after another one (a run like ؟؟ or ۔۔۔ is one token),
    /// and the last digit of a number that anything but whitespace follows (3.5, 1990ء, 12@x.pk).
    /// </remarks>
    /// <param name="first">The text.</param>
    /// <param name="i">Where the block starts.</param>
    /// <param name="words">Bit k set when code unit <c>i + k</c> is a word unit (a settled word's length is its run of bits).</param>
    /// <param name="digits">Bit k set when code unit <c>i + k</c> is an ASCII digit.</param>
    /// <param name="settled">How many code units the block settles: decoding goes on at <c>i + settled</c>, a token boundary.</param>
    /// <param name="unknown">
    /// -1, or the offset of the first code unit the block does not know: the scalar scanner then reads from
    /// <c>i + settled</c> until it has passed <c>i + unknown</c>.
    /// </param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Decode<TBlock>(ref ushort first, int i, out uint words, out uint digits, out int settled, out int unknown)
        where TBlock : struct, ITokenBlock
    {
        uint known = TBlock.Classify(ref first, i, out uint word, out uint mark, out uint digit, out uint punctuation);
        uint space = known & ~(word | digit | punctuation);
        uint run = word | digit;
        uint wordStarts = word & ~(word << 1);
        uint runStarts = wordStarts | (digit & ~(digit << 1));
        uint unknownMask = ~known | (wordStarts & mark) | (punctuation & (punctuation << 1))
            | (digit & ~(digit >> 1) & ~(space >> 1) & (uint)int.MaxValue);
        words = word;
        digits = digit;
        if (unknownMask == 0)
        {
            // The last code unit is only looked at; when it is in a word or number, that token may go on past the
            // block, so the next block starts at it. One run that fills the block goes to the scalar scanner.
            int lastStart = (BlockLength - 1) - BitOperations.LeadingZeroCount(runStarts);
            settled = (int)run < 0 ? lastStart : BlockLength - 1;
            unknown = settled == 0 ? 0 : -1;
        }
        else
        {
            int f = BitOperations.TrailingZeroCount(unknownMask);
            unknown = f;
            uint previous = (1u << f) >> 1;
            if ((punctuation & previous) != 0)
            {
                settled = f - 1; // the mark before may take what follows (trailing marks, a run like ؟؟)
            }
            else if ((run & previous) != 0)
            {
                settled = (BlockLength - 1) - BitOperations.LeadingZeroCount(runStarts & ((previous << 1) - 1)); // the token may go on (a joiner, 3.5)
            }
            else
            {
                settled = f;
            }
        }

        return (runStarts | punctuation) & ((1u << settled) - 1);
    }

    /// <summary>Counts the tokens of <paramref name="text"/> with blocks of <typeparamref name="TBlock"/>.</summary>
    public static int Count<TBlock>(ReadOnlySpan<char> text)
        where TBlock : struct, ITokenBlock
    {
        ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        int count = 0;
        int i = 0;
        int lastBlock = text.Length - BlockLength;
        UrduToken token;
        while (i <= lastBlock)
        {
            uint starts = Decode<TBlock>(ref first, i, out _, out _, out int settled, out int unknown);
            count += BitOperations.PopCount(starts);
            if (unknown < 0)
            {
                i += settled;
                continue;
            }

            int until = i + unknown;
            i += settled;
            do
            {
                if (!TokenScanner.TryRead(text, i, out token))
                {
                    return count;
                }

                count++;
                i = token.End;
            }
            while (i <= until);
        }

        while (TokenScanner.TryRead(text, i, out token))
        {
            count++;
            i = token.End;
        }

        return count;
    }
}

/// <summary>Which path a <see cref="TokenCursor"/> takes (tests force each one).</summary>
internal enum TokenPath : byte
{
    /// <summary><see cref="TokenScanner"/> only (the reference the tests compare every path with).</summary>
    Scalar,

    /// <summary>Blocks classified without vector instructions (<see cref="TokenBlockScalar"/>).</summary>
    ScalarBlocks,

    /// <summary>Blocks of four <see cref="Vector128{T}"/> (what ARM64 runs).</summary>
    Vector128,

    /// <summary>Blocks of two <see cref="Vector256{T}"/>.</summary>
    Vector256,
}

/// <summary>One vector width for <see cref="TokenBlocks.Decode{TBlock}"/>.</summary>
internal interface ITokenBlock
{
    /// <summary>
    /// Classifies the <see cref="TokenBlocks.BlockLength"/> code units at <paramref name="i"/>; returns the mask of the
    /// ones it knows (word units, digits, whitespace, punctuation), and the word, mark, digit and punctuation masks.
    /// </summary>
    static abstract uint Classify(ref ushort first, int i, out uint word, out uint mark, out uint digit, out uint punctuation);
}
