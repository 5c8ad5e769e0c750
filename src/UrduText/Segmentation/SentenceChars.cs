using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using UrduText.Internal;

namespace UrduText.Segmentation;

/// <summary>
/// The character sets the segmenter searches for, derived once from the shared <see cref="CharClassTable"/> so that
/// "what is a terminator" and "what is whitespace" have a single definition.
/// </summary>
internal static class SentenceChars
{
    const char ArabicComma = '\u060C'; // ، ARABIC COMMA
    const char ArabicSemicolon = '\u061B'; // ؛ ARABIC SEMICOLON

    /// <summary>
    /// The run of Arabic-script letters and marks U+0620–U+06D3 holds no terminator, line break or clause mark (؟ U+061F
    /// lies just below it and ۔ U+06D4 just above), so the vectorized scan skips it together with the space U+0020:
    /// in Urdu text that is nearly every character. A unit test checks the claim against the table.
    /// </summary>
    public const char SkipRangeFirst = '\u0620';

    /// <summary>Last character of the skipped range (ۓ YEH BARREE WITH HAMZA ABOVE U+06D3).</summary>
    public const char SkipRangeLast = '\u06D3';

    /// <summary>Spaces, tab and line breaks: what sentences are trimmed of.</summary>
    public static readonly SearchValues<char> WhiteSpace = BuildWhiteSpace();

    /// <summary>True for the classes sentences are trimmed of (<see cref="CharClass.Space"/>, <see cref="CharClass.LineBreak"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWhiteSpace(CharClass cls) => (uint)(cls - CharClass.Space) <= CharClass.LineBreak - CharClass.Space;

    /// <summary>True when <paramref name="c"/> is a space, tab or line break.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWhiteSpace(char c) => IsWhiteSpace(CharClasses.Of(c));

    /// <summary>True for ، and ؛, which end a segment only under <see cref="UrduSegmentationOptions.SplitClauses"/>.</summary>
    public static bool IsClauseMark(char c) => c is ArabicComma or ArabicSemicolon;

    /// <summary>True for a character where a sentence may end: a terminator, a line break, or (with clauses) ، ؛.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsStop(char c, bool clauses)
    {
        CharClass cls = CharClasses.Of(c);
        return cls is CharClass.Terminator or CharClass.LineBreak || (clauses && IsClauseMark(c));
    }

    /// <summary>
    /// Index of the first stop (<see cref="IsStop"/>) at or after <paramref name="start"/>, or -1. Vectorized: each block
    /// of 16 (or 8) characters is reduced to the positions that are neither Arabic letters (U+0620–U+06D3) nor spaces, and
    /// only those are looked up in the table. Measured 3x faster on Urdu text than <c>IndexOfAny</c> with a
    /// <see cref="SearchValues{T}"/> of the 22 stop characters (whose probabilistic filter matches many Urdu letters).
    /// </summary>
    public static int IndexOfStop(ReadOnlySpan<char> text, int start, bool clauses)
    {
        ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        int i = start;
        int length = text.Length;
        if (Vector256.IsHardwareAccelerated && length - i >= Vector256<ushort>.Count)
        {
            Vector256<ushort> rangeFirst = Vector256.Create((ushort)SkipRangeFirst);
            Vector256<ushort> rangeWidth = Vector256.Create((ushort)(SkipRangeLast - SkipRangeFirst));
            Vector256<ushort> space = Vector256.Create((ushort)' ');
            for (; i <= length - Vector256<ushort>.Count; i += Vector256<ushort>.Count)
            {
                Vector256<ushort> v = Vector256.LoadUnsafe(ref first, (nuint)i);
                Vector256<ushort> skip = Vector256.LessThanOrEqual(v - rangeFirst, rangeWidth) | Vector256.Equals(v, space);
                uint candidates = (~skip).ExtractMostSignificantBits();
                while (candidates != 0)
                {
                    int index = i + BitOperations.TrailingZeroCount(candidates);
                    if (IsStop(text[index], clauses))
                    {
                        return index;
                    }

                    candidates &= candidates - 1;
                }
            }
        }
        else if (Vector128.IsHardwareAccelerated && length - i >= Vector128<ushort>.Count)
        {
            Vector128<ushort> rangeFirst = Vector128.Create((ushort)SkipRangeFirst);
            Vector128<ushort> rangeWidth = Vector128.Create((ushort)(SkipRangeLast - SkipRangeFirst));
            Vector128<ushort> space = Vector128.Create((ushort)' ');
            for (; i <= length - Vector128<ushort>.Count; i += Vector128<ushort>.Count)
            {
                Vector128<ushort> v = Vector128.LoadUnsafe(ref first, (nuint)i);
                Vector128<ushort> skip = Vector128.LessThanOrEqual(v - rangeFirst, rangeWidth) | Vector128.Equals(v, space);
                uint candidates = (~skip).ExtractMostSignificantBits();
                while (candidates != 0)
                {
                    int index = i + BitOperations.TrailingZeroCount(candidates);
                    if (IsStop(text[index], clauses))
                    {
                        return index;
                    }

                    candidates &= candidates - 1;
                }
            }
        }

        for (; i < length; i++)
        {
            if (IsStop(text[i], clauses))
            {
                return i;
            }
        }

        return -1;
    }

    static SearchValues<char> BuildWhiteSpace()
    {
        var chars = new List<char>();
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (IsWhiteSpace(CharClasses.Of((char)c)))
            {
                chars.Add((char)c);
            }
        }

        return SearchValues.Create(chars.ToArray());
    }
}
