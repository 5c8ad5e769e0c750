using System.Buffers;
using System.Runtime.CompilerServices;

namespace UrduText.Internal;

/// <summary>
/// The one vocabulary of the characters that separate, join or disappear from words: white space, line breaks, the
/// word joiners ZWNJ and ZWJ, format characters and the invisibles normalization removes. Each predicate is a lookup in
/// the generated <see cref="CharClassTable"/> (or a fixed code-point list where the table has no class for it), and every
/// stage (tokenizer, segmenter, streaming, transliterator, normalizer, CLI) asks it instead of keeping its own copy.
/// <c>CharPredicatesTests</c> checks each predicate against the code points listed here, over all 65,536 UTF-16 code units,
/// and checks that the stages agree with it.
/// </summary>
/// <remarks>
/// <para><b>ZERO WIDTH SPACE U+200B: one character, two readings, chosen on purpose.</b> ZWSP is the one format
/// character whose whole job is to mark a word boundary without showing a space (Unicode word segmentation, UAX #29,
/// leaves it out of its Format class, so a boundary falls on both sides of it).</para>
/// <list type="bullet">
/// <item><description>The <b>tokenizer</b> honours that: ZWSP ends a token (<see cref="JoinsTokenWord"/> is false for it
/// alone among the format characters), so <c>کتاب\u200Bگھر</c> is two words, and a boundary written by the author is
/// never erased by tokenization.</description></item>
/// <item><description>Rule <b>D2a</b> (do-chashmi heh, in the normalizer) and the <b>readable transliteration</b>
/// (<c>ReadableEngine</c>, <c>AlaLcScheme</c>) read a word as the normalizer will leave it: D5 removes ZWSP
/// (<see cref="IsRemovableInvisible"/>), so after normalization the two halves are one word, and those stages decide
/// on that word.</description></item>
/// </list>
/// <para>So tokenizing raw text and tokenizing normalized text can differ at a ZWSP; normalize first when that matters
/// (docs/characters.md).</para>
/// </remarks>
internal static class CharPredicates
{
    /// <summary>ZERO WIDTH SPACE U+200B: a word boundary to the tokenizer, part of the word to D2a and the transliterator.</summary>
    public const char ZeroWidthSpace = '\u200B';

    /// <summary>
    /// True for <see cref="CharClass.Space"/> and <see cref="CharClass.LineBreak"/>: every space separator (Zs: U+0020,
    /// NO-BREAK SPACE U+00A0, U+1680, U+2000–U+200A, U+202F, U+205F, U+3000), TAB U+0009, and the line breaks of
    /// <see cref="IsLineBreak(CharClass)"/>.
    /// </summary>
    /// <remarks>
    /// What the tokenizer skips between tokens, what sentences are trimmed of, where the streaming readers may cut. Over
    /// UTF-16 code units it is exactly <see cref="char.IsWhiteSpace(char)"/> (a test checks all 65,536), which is why the
    /// Lucene package, which sees only the public API, can use that and still agree.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWhiteSpace(CharClass cls) => (uint)(cls - CharClass.Space) <= CharClass.LineBreak - CharClass.Space;

    /// <inheritdoc cref="IsWhiteSpace(CharClass)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWhiteSpace(char c) => IsWhiteSpace(CharClasses.Of(c));

    /// <summary>The code units of <see cref="IsWhiteSpace(char)"/>, for vectorized searches (<c>IndexOfAny</c>).</summary>
    public static SearchValues<char> WhiteSpaces { get; } = SearchValues.Create(Where(IsWhiteSpace));

    /// <summary>
    /// True for <see cref="CharClass.LineBreak"/>: LF U+000A, VT U+000B, FF U+000C, CR U+000D, NEL U+0085, LINE SEPARATOR
    /// U+2028 and PARAGRAPH SEPARATOR U+2029 (the mandatory breaks of UAX #14).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLineBreak(CharClass cls) => cls == CharClass.LineBreak;

    /// <inheritdoc cref="IsLineBreak(CharClass)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLineBreak(char c) => IsLineBreak(CharClasses.Of(c));

    /// <summary>The code units of <see cref="IsLineBreak(char)"/>, for vectorized searches (<c>IndexOfAny</c>).</summary>
    public static SearchValues<char> LineBreaks { get; } = SearchValues.Create(Where(IsLineBreak));

    static char[] Where(Func<char, bool> predicate)
    {
        var chars = new List<char>();
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (predicate((char)c))
            {
                chars.Add((char)c);
            }
        }

        return [.. chars];
    }

    /// <summary>
    /// True for the two word joiners, ZERO WIDTH NON-JOINER U+200C and ZERO WIDTH JOINER U+200D: they shape the letter
    /// before them and belong to the word (<c>خوش‌نویس</c> is one word written with a ZWNJ), never separate it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordJoiner(CharClass cls) => (uint)(cls - CharClass.ZeroWidthNonJoiner) <= CharClass.ZeroWidthJoiner - CharClass.ZeroWidthNonJoiner;

    /// <inheritdoc cref="IsWordJoiner(CharClass)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordJoiner(char c) => IsWordJoiner(CharClasses.Of(c));

    /// <summary>
    /// True for every format character (general category Cf in the BMP): <see cref="CharClass.Format"/> (bidi controls,
    /// ZWSP, BOM, soft hyphen, ARABIC LETTER MARK, the Arabic number signs U+0600–U+0605, WORD JOINER U+2060, …) and the
    /// two word joiners.
    /// </summary>
    /// <remarks>
    /// The readable transliterator keeps all of them inside a word; the tokenizer keeps all but ZWSP
    /// (<see cref="JoinsTokenWord"/>). Supplementary Cf characters have classes of their own (the emoji tags).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsFormat(CharClass cls) => (uint)(cls - CharClass.Format) <= CharClass.ZeroWidthJoiner - CharClass.Format;

    /// <summary>
    /// True for a format character that may continue a word for the tokenizer (when a letter follows it, or, for the word
    /// joiners, at the end of the word): every <see cref="IsFormat"/> character except <see cref="ZeroWidthSpace"/>, the
    /// stage-specific choice explained on this class.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool JoinsTokenWord(char c, CharClass cls) => IsFormat(cls) && c != ZeroWidthSpace;

    /// <summary>
    /// True for the invisible format characters rule D5 removes wherever they stand: ZERO WIDTH SPACE U+200B, BYTE ORDER
    /// MARK / ZERO WIDTH NO-BREAK SPACE U+FEFF, SOFT HYPHEN U+00AD, LRM U+200E, RLM U+200F, ARABIC LETTER MARK U+061C, the
    /// embeddings and overrides U+202A–U+202E (LRE RLE PDF LRO RLO) and the isolates U+2066–U+2069 (LRI RLI FSI PDI).
    /// </summary>
    /// <remarks>
    /// They carry no letters and only change how text is displayed or broken, so search and comparison must not see them.
    /// Other format characters are text (ARABIC NUMBER SIGN U+0600 and its kin, WORD JOINER U+2060) and stay. The word
    /// joiners are asked separately (<see cref="IsWordJoiner(char)"/>): D5 removes ZWJ outside emoji sequences, S3 removes
    /// ZWNJ. Takes an <see cref="int"/> so a code point from the normalizer's loop can be passed as it is.
    /// </remarks>
    public static bool IsRemovableInvisible(int c) => c is ZeroWidthSpace
        or '\uFEFF' // BYTE ORDER MARK / ZERO WIDTH NO-BREAK SPACE
        or '\u00AD' // SOFT HYPHEN
        or '\u200E' or '\u200F' // LRM, RLM
        or '\u061C' // ARABIC LETTER MARK
        or (>= '\u202A' and <= '\u202E') // LRE RLE PDF LRO RLO
        or (>= '\u2066' and <= '\u2069'); // LRI RLI FSI PDI
}
