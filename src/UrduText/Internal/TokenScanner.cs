using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace UrduText.Internal;

/// <summary>
/// The tokenizer's one-pass scanner over the shared <see cref="CharClassTable"/>. A token depends only on the text
/// from its own start onwards (no look-behind), so scanning can resume at any token boundary and give the same
/// tokens: the span overload's <c>DestinationTooSmall</c> resumption and the sentence segmenter rely on it.
/// </summary>
/// <remarks>
/// The common path (an Arabic-script letter followed by letters, marks and tatweel) is a tight loop with one table
/// load and one bit test per UTF-16 code unit; numbers, Latin words, URLs, e-mails, mentions, hashtags and emoji
/// take the slower branches in <see cref="ReadSlow"/>.
/// </remarks>
internal static class TokenScanner
{
    const char ArabicPercentSign = '\u066A'; // ٪ ARABIC PERCENT SIGN
    const char ArabicIndicPerMille = '\u0609'; // ؉ ARABIC-INDIC PER MILLE SIGN
    const char ArabicIndicPerTenThousand = '\u060A'; // ؊ ARABIC-INDIC PER TEN THOUSAND SIGN
    const char PerMille = '\u2030'; // ‰ PER MILLE SIGN
    const char PerTenThousand = '\u2031'; // ‱ PER TEN THOUSAND SIGN

    /// <summary>Classes that continue an Arabic-script word: its letters, combining marks and tatweel.</summary>
    internal const uint ArabicWordMask =
        (1u << (int)CharClass.UrduLetter) | (1u << (int)CharClass.ArabicLetter) | (1u << (int)CharClass.PresentationFormLetter)
        | (1u << (int)CharClass.CombiningMark) | (1u << (int)CharClass.Tatweel);

    /// <summary>Classes that start an Arabic-script word (a bare combining mark does not).</summary>
    internal const uint ArabicWordStartMask = ArabicWordMask & ~(1u << (int)CharClass.CombiningMark);

    /// <summary>
    /// Classes that may join two parts of a word: ZWNJ (<c>خوش‌نویس</c>), ZWJ, invisible format characters, '_'. A quick
    /// filter only: <see cref="ContinueArabicWord"/> decides, with <see cref="CharPredicates.JoinsTokenWord"/>.
    /// </summary>
    const uint JoinerMask =
        (1u << (int)CharClass.ZeroWidthNonJoiner) | (1u << (int)CharClass.ZeroWidthJoiner) | (1u << (int)CharClass.Format)
        | (1u << (int)CharClass.Connector) | (1u << (int)CharClass.HighSurrogate);

    const uint LatinWordMask = (1u << (int)CharClass.LatinLetter) | (1u << (int)CharClass.CombiningMark) | (1u << (int)CharClass.AsciiDigit);

    internal const uint PunctuationMask =
        (1u << (int)CharClass.Terminator) | (1u << (int)CharClass.OpeningBracket) | (1u << (int)CharClass.ClosingBracket)
        | (1u << (int)CharClass.Quote) | (1u << (int)CharClass.Punctuation);

    const uint TrailingMarkMask = (1u << (int)CharClass.CombiningMark) | (1u << (int)CharClass.VariationSelector);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool In(uint mask, CharClass cls) => ((mask >> (int)cls) & 1) != 0;

    /// <summary>
    /// Reads the next token at or after <paramref name="position"/>, skipping whitespace.
    /// </summary>
    /// <returns><see langword="false"/> when only whitespace remains.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryRead(ReadOnlySpan<char> text, int position, out UrduToken token)
    {
        ref char first = ref MemoryMarshal.GetReference(text);
        int length = text.Length;
        int i = position;
        CharClass cls;
        while (true)
        {
            if (i >= length)
            {
                token = default;
                return false;
            }

            cls = CharClasses.Of(Unsafe.Add(ref first, i));
            if (!CharPredicates.IsWhiteSpace(cls))
            {
                break;
            }

            i++;
        }

        if (In(ArabicWordStartMask, cls))
        {
            int start = i;
            i++;
            while (i < length)
            {
                cls = CharClasses.Of(Unsafe.Add(ref first, i));
                if (!In(ArabicWordMask, cls))
                {
                    if (In(JoinerMask, cls))
                    {
                        i = ContinueArabicWord(text, i);
                    }

                    break;
                }

                i++;
            }

            token = new UrduToken(start, i - start, UrduTokenKind.Word);
            return true;
        }

        if (In(PunctuationMask, cls))
        {
            // Single-character punctuation (، ۔ ؟ quotes brackets) is the second most common token: keep it off
            // the slow path unless it can start something longer (@mention, #hashtag, keycap, a run like ؟؟) or
            // is a percent sign (a Symbol).
            char c = Unsafe.Add(ref first, i);
            int next = i + 1;
            if (!IsSpecialPunctuation(c)
                && (next >= length
                    || (!In(TrailingMarkMask, CharClasses.Of(Unsafe.Add(ref first, next)))
                        && (cls != CharClass.Terminator || Unsafe.Add(ref first, next) != c))))
            {
                token = new UrduToken(i, 1, UrduTokenKind.Punctuation);
                return true;
            }
        }

        int end = ReadSlow(text, i, cls, out UrduTokenKind kind);
        token = new UrduToken(i, end - i, kind);
        return true;
    }

    /// <summary>Counts the tokens of <paramref name="text"/> with the scalar scanner alone.</summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        int count = 0;
        int position = 0;
        while (TryRead(text, position, out UrduToken token))
        {
            count++;
            position = token.End;
        }

        return count;
    }

    /// <summary>Sets the kind and returns the end: the slow branches report (end, kind) so that the token struct is built once, in the inlined fast path.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static int Emit(out UrduTokenKind kind, UrduTokenKind value, int end)
    {
        kind = value;
        return end;
    }

    /// <summary>Punctuation that may start a longer token (# % * @) or is a percent sign (a Symbol token).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsSpecialPunctuation(char c) =>
        c < 0x80 ? (uint)(c - '#') <= '@' - '#' && ((SpecialAsciiPunctuation >> (c - '#')) & 1) != 0
            : c < 0x2000 ? (uint)(c - ArabicIndicPerMille) <= 1 || c == ArabicPercentSign : (uint)(c - PerMille) <= 1;

    /// <summary>Bits for '#', '%', '*' and '@', counted from '#'.</summary>
    const uint SpecialAsciiPunctuation = (1u << 0) | (1u << ('%' - '#')) | (1u << ('*' - '#')) | (1u << ('@' - '#'));

    /// <summary>
    /// Reads the token that starts at <paramref name="start"/> (which must not be whitespace). The sentence
    /// segmenter and the transliterator call this to ask "what token is here?", e.g. whether a '.' belongs to a
    /// number, URL, e-mail or initialism.
    /// </summary>
    public static UrduToken ReadToken(ReadOnlySpan<char> text, int start)
    {
        if ((uint)start >= (uint)text.Length)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(start), "The start must be inside the text.");
        }

        TryRead(text, start, out UrduToken token);
        return token;
    }

    /// <summary>Continues an Arabic-script word at a joiner-class character <paramref name="i"/>; returns the word's end.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    static int ContinueArabicWord(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length)
        {
            CharClass cls = CharClasses.Of(text[i]);
            if (In(ArabicWordMask, cls))
            {
                i++;
                continue;
            }

            if (cls == CharClass.HighSurrogate)
            {
                CharClass full = CharClasses.At(text, i, out int width);
                if (width == 2 && (CharClasses.IsArabicScriptLetter(full) || full == CharClass.CombiningMark))
                {
                    i += 2;
                    continue;
                }

                return i;
            }

            if (CharPredicates.JoinsTokenWord(text[i], cls))
            {
                // A run of invisible joiners stays in the word when a letter follows (خوش‌نویس); ZWNJ and ZWJ
                // also stay at the end of a word, since they only shape the letter before them.
                int j = i;
                while (j < text.Length && CharPredicates.JoinsTokenWord(text[j], CharClasses.Of(text[j])))
                {
                    j++;
                }

                if (j < text.Length && In(ArabicWordStartMask, CharClasses.Of(text[j])))
                {
                    i = j;
                    continue;
                }

                int k = i;
                while (k < j && CharPredicates.IsWordJoiner(text[k]))
                {
                    k++;
                }

                return k;
            }

            if (cls == CharClass.Connector && i + 1 < text.Length && In(ArabicWordStartMask, CharClasses.Of(text[i + 1])))
            {
                // کریں_گے, بات_چیت: an underscore between Arabic-script letters joins.
                i += 2;
                continue;
            }

            return i;
        }

        return i;
    }

    /// <summary>Everything but the Arabic-word fast path.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    static int ReadSlow(ReadOnlySpan<char> text, int start, CharClass cls, out UrduTokenKind kind)
    {
        char c = text[start];
        int end;
        switch (cls)
        {
            case CharClass.LatinLetter:
                return ReadLatin(text, start, out kind);

            case CharClass.AsciiDigit or CharClass.UrduDigit or CharClass.ArabicIndicDigit or CharClass.OtherDigit:
                if (cls == CharClass.AsciiDigit && EmojiScanner.TryScanKeycap(text, start, out end))
                {
                    return Emit(out kind, UrduTokenKind.Emoji, end);
                }

                end = NumberScanner.Scan(text, start);
                if (cls == CharClass.AsciiDigit && end < text.Length && text[end] is '@' or '.' or '_' or '+' or '-' or '%'
                    && UrlScanner.TryScanEmail(text, start, out int emailEnd))
                {
                    return Emit(out kind, UrduTokenKind.Email, emailEnd);
                }

                return Emit(out kind, UrduTokenKind.Number, SkipTrailingMarks(text, end));

            case CharClass.Terminator:
            {
                // A run of the same terminator (؟؟, ۔۔۔, !!!, ...) is one token.
                end = start + 1;
                while (end < text.Length && text[end] == c)
                {
                    end++;
                }

                return Emit(out kind, UrduTokenKind.Punctuation, SkipTrailingMarks(text, end));
            }

            case CharClass.Punctuation:
                return ReadPunctuation(text, start, c, out kind);

            case CharClass.OpeningBracket or CharClass.ClosingBracket or CharClass.Quote or CharClass.Connector:
                return Emit(out kind, UrduTokenKind.Punctuation, SkipTrailingMarks(text, start + 1));

            case CharClass.Symbol:
                return Emit(out kind, UrduTokenKind.Symbol, SkipTrailingMarks(text, start + 1));

            case CharClass.Emoji or CharClass.EmojiModifier or CharClass.RegionalIndicator:
                return Emit(out kind, UrduTokenKind.Emoji, EmojiScanner.Scan(text, start));

            case CharClass.HighSurrogate:
                return ReadSupplementary(text, start, out kind);

            case CharClass.OtherLetter:
                return Emit(out kind, UrduTokenKind.Other, ScanOtherScript(text, start + 1));

            case CharClass.CombiningMark:
            {
                // Marks with no base (after whitespace or at the start of the text) stay together.
                end = start + 1;
                while (end < text.Length && In(TrailingMarkMask, CharClasses.Of(text[end])))
                {
                    end++;
                }

                return Emit(out kind, UrduTokenKind.Other, end);
            }

            default:
                // Controls, format characters, joiners and variation selectors on their own, lone low surrogates,
                // unassigned and private-use code points: one code unit each, never dropped.
                return Emit(out kind, UrduTokenKind.Other, start + 1);
        }
    }

    static int ReadPunctuation(ReadOnlySpan<char> text, int start, char c, out UrduTokenKind kind)
    {
        int end;
        switch (c)
        {
            case '@':
                if (start + 1 < text.Length && IsHandleChar(text, start + 1))
                {
                    return Emit(out kind, UrduTokenKind.Mention, ScanHandle(text, start + 1));
                }

                break;
            case '#':
                if (EmojiScanner.TryScanKeycap(text, start, out end))
                {
                    return Emit(out kind, UrduTokenKind.Emoji, end);
                }

                if (start + 1 < text.Length && IsHandleChar(text, start + 1) && !CharClasses.IsDigit(CharClasses.Of(text[start + 1])))
                {
                    return Emit(out kind, UrduTokenKind.Hashtag, ScanHandle(text, start + 1));
                }

                break;
            case '*':
                if (EmojiScanner.TryScanKeycap(text, start, out end))
                {
                    return Emit(out kind, UrduTokenKind.Emoji, end);
                }

                break;
            case '%' or ArabicPercentSign or ArabicIndicPerMille or ArabicIndicPerTenThousand or PerMille or PerTenThousand:
                return Emit(out kind, UrduTokenKind.Symbol, SkipTrailingMarks(text, start + 1));
        }

        return Emit(out kind, UrduTokenKind.Punctuation, SkipTrailingMarks(text, start + 1));
    }

    static int ReadLatin(ReadOnlySpan<char> text, int start, out UrduTokenKind kind)
    {
        int i = start + 1;
        while (i < text.Length)
        {
            CharClass cls = CharClasses.Of(text[i]);
            if (In(LatinWordMask, cls))
            {
                i++;
            }
            else if (cls == CharClass.Connector && i + 1 < text.Length && CharClasses.Of(text[i + 1]) == CharClass.LatinLetter)
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        if (i < text.Length)
        {
            int end;
            switch (text[i])
            {
                case ':':
                case '.':
                    if (UrlScanner.TryScan(text, start, out end))
                    {
                        return Emit(out kind, UrduTokenKind.Url, end);
                    }

                    if (text[i] == '.')
                    {
                        if (UrlScanner.TryScanEmail(text, start, out end))
                        {
                            return Emit(out kind, UrduTokenKind.Email, end);
                        }

                        if (i - start == 1 && TryScanInitialism(text, start, out end))
                        {
                            return Emit(out kind, UrduTokenKind.LatinWord, end);
                        }
                    }

                    break;
                case '@' or '_' or '+' or '-' or '%':
                    if (UrlScanner.TryScanEmail(text, start, out end))
                    {
                        return Emit(out kind, UrduTokenKind.Email, end);
                    }

                    break;
            }
        }

        return Emit(out kind, UrduTokenKind.LatinWord, i);
    }

    /// <summary>Initialisms such as <c>U.S.</c>, <c>U.K.</c>, <c>e.g.</c>, <c>i.e.</c>: single letters each followed by a dot, at least two of them.</summary>
    static bool TryScanInitialism(ReadOnlySpan<char> text, int start, out int end)
    {
        int i = start;
        int letters = 0;
        while (i + 1 < text.Length && CharClasses.Of(text[i]) == CharClass.LatinLetter && text[i + 1] == '.'
            && (i + 2 >= text.Length || CharClasses.Of(text[i + 2]) != CharClass.LatinLetter || i + 3 >= text.Length
                || CharClasses.Of(text[i + 3]) != CharClass.LatinLetter))
        {
            letters++;
            i += 2;
            if (i >= text.Length || CharClasses.Of(text[i]) != CharClass.LatinLetter)
            {
                break;
            }
        }

        end = i;
        return letters >= 2;
    }

    /// <summary>True when a mention or hashtag body can start at <paramref name="index"/>: a letter, digit or '_'.</summary>
    static bool IsHandleChar(ReadOnlySpan<char> text, int index)
    {
        CharClass cls = CharClasses.Of(text[index]);
        return CharClasses.IsLetter(cls) || CharClasses.IsDigit(cls) || cls == CharClass.Connector;
    }

    /// <summary>The body of a mention or hashtag: letters of any script with their marks, digits, '_' and ZWNJ between letters.</summary>
    static int ScanHandle(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length)
        {
            CharClass cls = CharClasses.Of(text[i]);
            if (CharClasses.IsLetter(cls) || CharClasses.IsDigit(cls) || cls is CharClass.Connector or CharClass.CombiningMark or CharClass.Tatweel)
            {
                i++;
            }
            else if (CharPredicates.IsWordJoiner(cls) && i + 1 < text.Length
                && CharClasses.IsLetter(CharClasses.Of(text[i + 1])))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    static int ScanOtherScript(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && CharClasses.Of(text[i]) is CharClass.OtherLetter or CharClass.CombiningMark)
        {
            i++;
        }

        return i;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static int SkipTrailingMarks(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && In(TrailingMarkMask, CharClasses.Of(text[i])))
        {
            i++;
        }

        return i;
    }

    static int ReadSupplementary(ReadOnlySpan<char> text, int start, out UrduTokenKind kind)
    {
        CharClass cls = CharClasses.At(text, start, out int width);
        if (width == 1)
        {
            // A lone high surrogate.
            return Emit(out kind, UrduTokenKind.Other, start + 1);
        }

        int end = start + width;
        switch (cls)
        {
            case CharClass.Emoji or CharClass.EmojiModifier or CharClass.RegionalIndicator:
                return Emit(out kind, UrduTokenKind.Emoji, EmojiScanner.Scan(text, start));
            case CharClass.UrduLetter or CharClass.ArabicLetter or CharClass.PresentationFormLetter:
                return Emit(out kind, UrduTokenKind.Word, ContinueArabicWord(text, end));
            case CharClass.LatinLetter:
                return Emit(out kind, UrduTokenKind.LatinWord, SkipTrailingMarks(text, end));
            case CharClass.AsciiDigit or CharClass.UrduDigit or CharClass.ArabicIndicDigit or CharClass.OtherDigit:
                return Emit(out kind, UrduTokenKind.Number, SkipTrailingMarks(text, end));
            case CharClass.Symbol:
                return Emit(out kind, UrduTokenKind.Symbol, SkipTrailingMarks(text, end));
            case CharClass.Terminator or CharClass.Punctuation or CharClass.OpeningBracket or CharClass.ClosingBracket
                or CharClass.Quote or CharClass.Connector:
                return Emit(out kind, UrduTokenKind.Punctuation, SkipTrailingMarks(text, end));
            case CharClass.OtherLetter:
                return Emit(out kind, UrduTokenKind.Other, SkipTrailingMarks(text, end));
            default:
                return Emit(out kind, UrduTokenKind.Other, start + width);
        }
    }
}
