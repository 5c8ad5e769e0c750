using UrduText.Internal;

namespace UrduText.Segmentation;

/// <summary>
/// What follows a terminator and belongs to the sentence it ends: closing quotes and brackets, emoji and stand-alone
/// symbols, further terminators, across spaces but never across a line break.
/// </summary>
internal static class QuoteAttachment
{
    /// <summary>
    /// After a terminator run ending at <paramref name="end"/>, takes what belongs to the sentence that started at
    /// <paramref name="start"/>.
    /// </summary>
    /// <returns>The end of the sentence (before any spaces that follow it).</returns>
    public static int AttachFollowers<TProbe>(ReadOnlySpan<char> text, int start, int end)
        where TProbe : struct, IScanProbe
    {
        int from = end;
        int j = end;
        while (j < text.Length)
        {
            CharClass cls = CharClasses.At(text, j, out int width);
            switch (cls)
            {
                case CharClass.Space:
                    j += width;
                    continue;
                case CharClass.ClosingBracket:
                case CharClass.Emoji:
                case CharClass.EmojiModifier:
                case CharClass.EmojiTag:
                case CharClass.RegionalIndicator:
                case CharClass.VariationSelector:
                case CharClass.ZeroWidthJoiner:
                    break;
                case CharClass.Quote:
                    if (!IsClosingQuote<TProbe>(text, start, end, j, width))
                    {
                        TProbe.Visit(j - from + 1);
                        return end;
                    }

                    break;
                case CharClass.Terminator:
                case CharClass.Symbol:
                    // Adjacent, or standing alone ("واہ! !" , "خوب! ♪"); "۔ $100" starts the next sentence.
                    if (j != end && !IsFollowedByBreak(text, j + width))
                    {
                        TProbe.Visit(j - from + 1);
                        return end;
                    }

                    break;
                default:
                    TProbe.Visit(j - from + 1);
                    return end;
            }

            j += width;
            end = j;
        }

        TProbe.Visit(j - from);
        return end;
    }

    /// <summary>
    /// A quote after a terminator closes the sentence unless it opens the next one. Touching the terminator and followed
    /// by a space (<c>گے۔‘ اس</c>) it closes; after a space and touching the next word (<c>ہوا۔ ’اگلا</c>) it opens.
    /// Otherwise (<c>گے۔‘اس</c>, or spaced on both sides as in <c>ہے ۔ ' اس</c>) it closes only if the sentence has an
    /// unclosed quote of the same kind (single or double). Both ’…‘ and ‘…’ are common in Urdu news.
    /// </summary>
    static bool IsClosingQuote<TProbe>(ReadOnlySpan<char> text, int start, int end, int j, int width)
        where TProbe : struct, IScanProbe
    {
        int k = j + width;
        bool followedByWord = k < text.Length && SentenceText.IsWordChar(CharClasses.Of(text[k]));
        bool adjacent = j == end;
        if (adjacent != followedByWord)
        {
            // "گے۔‘ اس" closes; "ہوا۔ ’اگلا" opens.
            return adjacent;
        }

        bool single = IsSingleQuote(text[j]);
        int count = 0;
        for (int p = start; p < j; p++)
        {
            char q = text[p];
            if (CharClasses.Of(q) == CharClass.Quote && IsSingleQuote(q) == single
                && !(p > start && p + 1 < j && SentenceText.IsWordChar(CharClasses.Of(text[p - 1])) && SentenceText.IsWordChar(CharClasses.Of(text[p + 1]))))
            {
                count++;
            }
        }

        TProbe.Visit(j - start);
        return (count & 1) == 1;
    }

    static bool IsSingleQuote(char c) => c is '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2039' or '\u203A';

    static bool IsFollowedByBreak(ReadOnlySpan<char> text, int k) => k >= text.Length || CharPredicates.IsWhiteSpace(text[k]);
}
