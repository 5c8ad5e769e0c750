namespace UrduText.Internal;

/// <summary>
/// Recognizes whole emoji sequences so that they stay one token: a pictograph with its variation selector,
/// skin-tone modifier and tag characters (subdivision flags), ZWJ sequences (families, professions), flags
/// (pairs of regional indicators) and keycaps (<c>1️⃣</c>, <c>#️⃣</c>).
/// </summary>
internal static class EmojiScanner
{
    const char VariationSelector16 = '\uFE0F'; // VARIATION SELECTOR-16 (emoji presentation)
    const char CombiningEnclosingKeycap = '\u20E3'; // COMBINING ENCLOSING KEYCAP
    const char ZeroWidthJoiner = '\u200D'; // ZERO WIDTH JOINER

    /// <summary>True when a keycap sequence (<c>[0-9#*] U+FE0F? U+20E3</c>) starts at <paramref name="start"/>.</summary>
    public static bool TryScanKeycap(ReadOnlySpan<char> text, int start, out int end)
    {
        int i = start + 1;
        if (i < text.Length && text[i] == VariationSelector16)
        {
            i++;
        }

        if (text[start] is (>= '0' and <= '9') or '#' or '*' && i < text.Length && text[i] == CombiningEnclosingKeycap)
        {
            end = i + 1;
            return true;
        }

        end = start;
        return false;
    }

    /// <summary>
    /// Scans the emoji sequence starting at <paramref name="start"/>, whose code point is an emoji, an emoji
    /// modifier or a regional indicator.
    /// </summary>
    /// <returns>The index just past the sequence (at least one code point past <paramref name="start"/>).</returns>
    public static int Scan(ReadOnlySpan<char> text, int start)
    {
        int i = ScanElement(text, start);
        while (i + 1 < text.Length && text[i] == ZeroWidthJoiner && IsElementStart(text, i + 1))
        {
            i = ScanElement(text, i + 1);
        }

        return i;
    }

    /// <summary>True when an emoji element (pictograph, modifier or regional indicator) starts at <paramref name="index"/>.</summary>
    public static bool IsElementStart(ReadOnlySpan<char> text, int index) =>
        CharClasses.At(text, index, out _) is CharClass.Emoji or CharClass.EmojiModifier or CharClass.RegionalIndicator;

    static int ScanElement(ReadOnlySpan<char> text, int start)
    {
        CharClass cls = CharClasses.At(text, start, out int width);
        int i = start + width;
        if (cls == CharClass.RegionalIndicator)
        {
            // A flag is exactly two regional indicators; a third starts the next flag.
            if (i < text.Length && CharClasses.At(text, i, out int next) == CharClass.RegionalIndicator)
            {
                i += next;
            }

            return i;
        }

        while (i < text.Length)
        {
            CharClass after = CharClasses.At(text, i, out int w);
            if (after is CharClass.VariationSelector or CharClass.EmojiModifier or CharClass.EmojiTag
                || text[i] == CombiningEnclosingKeycap)
            {
                i += w;
                continue;
            }

            break;
        }

        return i;
    }
}
