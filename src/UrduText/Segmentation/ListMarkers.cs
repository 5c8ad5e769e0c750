using UrduText.Internal;

namespace UrduText.Segmentation;

/// <summary>
/// <c>1۔ پہلا نکتہ</c>: one to three digits or a single Latin letter at the start of a line, followed by ۔ or <c>.</c>,
/// number a list item rather than end a sentence.
/// </summary>
/// <remarks>
/// The one rule that looks behind the sentence it decides (to the start of the line), so it is also the rule that says
/// where a resumed scan may start: <see cref="MayStartAt"/>.
/// </remarks>
internal static class ListMarkers
{
    /// <summary>True when the ۔ or <c>.</c> at <paramref name="i"/> ends a list marker that starts a line.</summary>
    public static bool IsListMarker<TProbe>(ReadOnlySpan<char> text, int start, int i)
        where TProbe : struct, IScanProbe
    {
        int m = MarkerStart(text, start, i);
        return m >= 0 && IsAtLineStart<TProbe>(text, m);
    }

    /// <summary>
    /// True when a sentence starting at <paramref name="start"/> could open with a list marker (<c>1۔</c>, <c>a.</c>):
    /// only then does the rule read the text before the sentence.
    /// </summary>
    public static bool MayStartAt(ReadOnlySpan<char> text, int start)
    {
        int last = Math.Min(text.Length - 1, start + 3);
        for (int i = start + 1; i <= last; i++)
        {
            if (text[i] is '.' or '\u06D4')
            {
                return MarkerStart(text, start, i) == start;
            }
        }

        return false;
    }

    /// <summary>True when only spaces lie between the start of a line (or of the text) and <paramref name="m"/>.</summary>
    public static bool IsAtLineStart<TProbe>(ReadOnlySpan<char> text, int m)
        where TProbe : struct, IScanProbe
    {
        int k = m;
        while (k > 0 && CharClasses.Of(text[k - 1]) == CharClass.Space)
        {
            k--;
        }

        TProbe.Visit(m - k + 1);
        return k == 0 || CharClasses.Of(text[k - 1]) == CharClass.LineBreak;
    }

    /// <summary>Where the marker that ends at the terminator <paramref name="i"/> starts, or -1 when none does.</summary>
    static int MarkerStart(ReadOnlySpan<char> text, int start, int i)
    {
        int m = i;
        if (m > start && CharClasses.Of(text[m - 1]) == CharClass.LatinLetter)
        {
            return m - 1;
        }

        while (m > start && i - m < 3 && CharClasses.IsDigit(CharClasses.Of(text[m - 1])))
        {
            m--;
        }

        return m == i ? -1 : m;
    }
}
