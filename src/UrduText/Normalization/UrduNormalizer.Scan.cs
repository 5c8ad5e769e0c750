using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using UrduText.Internal;
using UrduText.Normalization;

namespace UrduText;

/// <summary>The canonical scan behind <see cref="IsNormalized"/> and the string overload's "nothing changes" answer.</summary>
public sealed partial class UrduNormalizer
{

    /// <summary>The start of the first line whose normalization differs from itself, or -1 when the text is normalized.</summary>
    /// <remarks>
    /// One table lookup per code unit decides whether it can change at all; only the few that can (and plain spaces,
    /// whose check is one look at the code unit before) look at their neighbour. The class of the previous code unit
    /// is read back from the text when needed instead of being tracked for every character.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    int FindFirstChangedLine(ReadOnlySpan<char> text)
    {
        ref byte scan = ref MemoryMarshal.GetArrayDataReference(_scan);
        ref char start = ref MemoryMarshal.GetReference(text);
        int length = text.Length;
        int i = 0;
        while (true)
        {
            if (_prefilter is not null && i > 0)
            {
                i = _prefilter.Skip(text, i);
            }

            // Four code units per branch: each one's kind, with the plain-space bit kept only after a space or break.
            // (The mask is 3 after a space or line break, else 1; bit 7 of the kind itself never survives it.)
            uint prevBits = i == 0 ? NormalizationRules.ScanSpaceOrBreakBit : Unsafe.Add(ref scan, Unsafe.Add(ref start, i - 1));
            for (; i + 4 <= length; i += 4)
            {
                uint b0 = Unsafe.Add(ref scan, Unsafe.Add(ref start, i));
                uint b1 = Unsafe.Add(ref scan, Unsafe.Add(ref start, i + 1));
                uint b2 = Unsafe.Add(ref scan, Unsafe.Add(ref start, i + 2));
                uint b3 = Unsafe.Add(ref scan, Unsafe.Add(ref start, i + 3));
                uint any = (b0 & (1 | (prevBits >> 6)))
                    | (b1 & (1 | (b0 >> 6)))
                    | (b2 & (1 | (b1 >> 6)))
                    | (b3 & (1 | (b2 >> 6)));
                if (any != 0)
                {
                    break;
                }

                prevBits = b3;
            }

            // Either the end is near or one of the next four code units needs a look: go one at a time.
            int stop = Math.Min(length, i + 4);
            for (; i < stop; i++)
            {
                if (NeedsLook(text, ref i, ref scan, out bool changed) && changed)
                {
                    return i;
                }
            }

            if (i >= length)
            {
                break;
            }
        }

        if (_rules.D6 && length > 0 && CharClasses.Of(text[length - 1]) == CharClass.Space)
        {
            return text.LastIndexOfAny(CharPredicates.LineBreaks) + 1;
        }

        return -1;
    }

    /// <summary>
    /// Looks at the code unit at <paramref name="i"/>: false when it cannot change; otherwise the line it is on is
    /// checked by the normalizer (<paramref name="changed"/> tells the outcome) and <paramref name="i"/> moves to that
    /// line's start when it changed, to its last code unit otherwise.
    /// </summary>
    bool NeedsLook(ReadOnlySpan<char> text, ref int i, ref byte scan, out bool changed)
    {
        changed = false;
        char c = text[i];
        byte kind = Unsafe.Add(ref scan, c);
        if ((kind & 3) == 0)
        {
            return false;
        }

        {
            CharClass prev = i == 0 ? CharClass.LineBreak : CharClasses.Of(text[i - 1]);
            if ((kind & 3) == 2 && !CharPredicates.IsWhiteSpace(prev))
            {
                return false;
            }

            if (IsQuietlyNormal(text, i, c, CharClasses.Of(c), prev))
            {
                return false;
            }

            // Lines are independent: run the normalizer on this one and compare.
            int lineStart = text[..i].LastIndexOfAny(CharPredicates.LineBreaks) + 1;
            int lineEnd = text[i..].IndexOfAny(CharPredicates.LineBreaks);
            int end = lineEnd < 0 ? text.Length : i + lineEnd + 1;
            changed = !SegmentIsNormalized(text[lineStart..end]);

            // The next code unit then sees a line break (or the end) before it, as a fresh line should.
            i = changed ? lineStart : end - 1;
            return true;
        }
    }

    // Cheap local checks for the code units whose change depends on their neighbours; false sends the line to the real
    // normalizer. Every other class gets here only when the rules change the code unit itself (the scan table says so:
    // NormalizationRules.IsStableAlone), so the default is false.
    bool IsQuietlyNormal(ReadOnlySpan<char> text, int i, char c, CharClass cls, CharClass prev)
    {
        if (_rules.Spacing)
        {
            return false;
        }

        switch (cls)
        {
            case CharClass.Space:
                return _rules.D6 && c == ' ' && prev != CharClass.Space && prev != CharClass.LineBreak;
            case CharClass.LineBreak:
                return !_rules.D6 || (c != '\r' && prev != CharClass.Space);
            case CharClass.CombiningMark:
                // A single mark on a base that it does not compose with is already in order; so is a haraka after a
                // haraka of a lower class (U+064B–U+0652, U+0670: classes 27–35 rise with the code point; فَّ).
                return (prev is not (CharClass.CombiningMark or CharClass.LowSurrogate or CharClass.HighSurrogate)
                        || (CanonicalPrefilter.IsOrderedMark(text[i - 1]) && CanonicalPrefilter.IsOrderedMark(c) && text[i - 1] <= c))
                    && !NormalizationRules.IsComposingMark(c)
                    && !(_rules.S1 && NormalizationRules.IsDiacritic(c))
                    && !(i + 1 < text.Length && char.IsHighSurrogate(text[i + 1]));
            case CharClass.HighSurrogate:
                if (!(i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])))
                {
                    return !_rules.ReplaceLoneSurrogates;
                }

                return !((_rules.D4 || _rules.D7 || _rules.S1) && CharClasses.Of(char.ConvertToUtf32(c, text[i + 1])) == CharClass.CombiningMark);
            case CharClass.LowSurrogate:
                return prev == CharClass.HighSurrogate;
            default:
                return false;
        }
    }

    bool SegmentIsNormalized(ReadOnlySpan<char> segment)
    {
        Span<char> scratch = stackalloc char[256];
        char[]? rented = null;
        int consumed = 0;
        int matched = 0;
        bool result;
        while (true)
        {
            OperationStatus status = Core(segment[consumed..], scratch, out int c, out int w, isFinalBlock: true);
            if (matched + w > segment.Length || !scratch[..w].SequenceEqual(segment.Slice(matched, w)))
            {
                result = false;
                break;
            }

            matched += w;
            consumed += c;
            if (status == OperationStatus.Done)
            {
                result = matched == segment.Length;
                break;
            }

            if (c == 0 && w == 0)
            {
                // One unit (a long word holding an Arabic heh) is larger than the scratch buffer.
                if (rented is not null)
                {
                    ArrayPool<char>.Shared.Return(rented);
                }

                rented = ArrayPool<char>.Shared.Rent((int)Math.Min(Array.MaxLength, _rules.MaxExpansion * (long)(segment.Length - consumed)));
                scratch = rented;
            }
        }

        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

}
