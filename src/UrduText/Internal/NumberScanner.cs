using System.Runtime.CompilerServices;

namespace UrduText.Internal;

/// <summary>
/// Recognizes numbers: runs of digits of one digit system (ASCII, Urdu U+06F0–U+06F9, Arabic-Indic U+0660–U+0669,
/// or another script's) with decimal, grouping, time and date separators inside (<c>3.5</c>, <c>۲۲٫۵</c>,
/// <c>1,500</c>, <c>١٬٠٠٠</c>, <c>10:30</c>, <c>13.09.2023</c>, <c>13/09/2023</c>, <c>2.0.1</c>), and the year
/// markers ء and ھ right after the digits (<c>1990ء</c>, <c>۱۴۴۵ھ</c>).
/// </summary>
/// <remarks>
/// A separator belongs to the number only when a digit of the same system follows it, so a sentence-final
/// <c>2023.</c> or a list <c>1, 2</c> keeps its punctuation separate. The sentence segmenter relies on this: a '.'
/// inside a number token is never a full stop.
/// </remarks>
internal static class NumberScanner
{
    const char ArabicDecimalSeparator = '\u066B'; // ٫ ARABIC DECIMAL SEPARATOR
    const char ArabicThousandsSeparator = '\u066C'; // ٬ ARABIC THOUSANDS SEPARATOR
    const char ArabicHamza = '\u0621'; // ء ARABIC LETTER HAMZA: the year marker of the Common Era (سنہ عیسوی)
    const char HehDoachashmee = '\u06BE'; // ھ ARABIC LETTER HEH DOACHASHMEE: the Hijri year marker

    /// <summary>True for the characters that may sit between two digits of a number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSeparator(char c) =>
        c is '.' or ',' or ':' or '/' or ArabicDecimalSeparator or ArabicThousandsSeparator;

    /// <summary>
    /// Scans the number that starts at <paramref name="start"/>, which must be a BMP digit.
    /// </summary>
    /// <returns>The index just past the number (and its year marker, if any).</returns>
    public static int Scan(ReadOnlySpan<char> text, int start)
    {
        CharClass system = CharClasses.Of(text[start]);
        int i = start + 1;
        while (true)
        {
            while (i < text.Length && CharClasses.Of(text[i]) == system)
            {
                i++;
            }

            if (i + 1 < text.Length && IsSeparator(text[i]) && CharClasses.Of(text[i + 1]) == system)
            {
                i += 2;
                continue;
            }

            break;
        }

        if (i < text.Length && text[i] is ArabicHamza or HehDoachashmee && !IsWordCharAt(text, i + 1))
        {
            i++;
        }

        return i;
    }

    /// <summary>True when a number token covers <paramref name="index"/>: the segmenter asks this about a '.'.</summary>
    public static bool IsInsideNumber(ReadOnlySpan<char> text, int index)
    {
        if ((uint)index >= (uint)text.Length || !IsSeparator(text[index]) || index == 0 || index + 1 >= text.Length)
        {
            return false;
        }

        CharClass before = CharClasses.Of(text[index - 1]);
        return CharClasses.IsDigit(before) && CharClasses.Of(text[index + 1]) == before;
    }

    static bool IsWordCharAt(ReadOnlySpan<char> text, int index)
    {
        if (index >= text.Length)
        {
            return false;
        }

        CharClass cls = CharClasses.Of(text[index]);
        return CharClasses.IsArabicScriptLetter(cls) || cls is CharClass.CombiningMark or CharClass.Tatweel;
    }
}
