using UrduText.Internal;

namespace UrduText.Segmentation;

/// <summary>Small facts about the text that more than one sentence rule asks: paragraph ends, word characters, trimming.</summary>
internal static class SentenceText
{
    /// <summary>A line break followed (after optional spaces) by another, U+2029, or the end of the text.</summary>
    public static bool IsParagraphBreak<TProbe>(ReadOnlySpan<char> text, int i)
        where TProbe : struct, IScanProbe
    {
        char c = text[i];
        if (c == '\u2029')
        {
            return true;
        }

        int j = i + 1;
        if (c == '\r' && j < text.Length && text[j] == '\n')
        {
            j++;
        }

        while (j < text.Length)
        {
            CharClass cls = CharClasses.Of(text[j]);
            if (cls == CharClass.LineBreak)
            {
                TProbe.Visit(j - i);
                return true;
            }

            if (cls != CharClass.Space)
            {
                TProbe.Visit(j - i);
                return false;
            }

            j++;
        }

        TProbe.Visit(j - i);
        return true;
    }

    /// <summary>A letter or digit of any script: what makes a quote or a full stop part of a word.</summary>
    public static bool IsWordChar(CharClass cls) => CharClasses.IsLetter(cls) || CharClasses.IsDigit(cls);

    /// <summary>Moves <paramref name="end"/> back over whitespace, not past <paramref name="start"/>.</summary>
    public static int TrimEnd<TProbe>(ReadOnlySpan<char> text, int start, int end)
        where TProbe : struct, IScanProbe
    {
        int trimmed = end;
        while (trimmed > start && CharPredicates.IsWhiteSpace(text[trimmed - 1]))
        {
            trimmed--;
        }

        TProbe.Visit(end - trimmed);
        return trimmed;
    }
}
