namespace UrduText;

/// <summary>
/// The letter folding the transliterator keys on, shared verbatim with the model trainer
/// (tools/UrduText.Generators links this file), so training data and runtime input meet in the same alphabet.
/// </summary>
/// <remarks>
/// This is <see cref="UrduNormalizationOptions.ArabicLetters"/> plus the Search profile's diacritic removal, narrowed to what
/// a lookup key needs: Arabic-keyboard letters become Urdu ones, and the letter variants that do not change a name's
/// Latin spelling (hamza on alef, the three he-like endings) collapse to one letter.
/// </remarks>
internal static class TranslitLetters
{
    /// <summary>Marker returned by <see cref="Fold"/> for characters a key leaves out.</summary>
    public const char Drop = '\0';

    /// <summary>True for the harakat, tanween, superscript alef and Quranic marks (kept by the Readable scheme as hints only).</summary>
    public static bool IsDiacritic(char c) => c is (>= '\u064B' and <= '\u065F') or '\u0670' or (>= '\u06D6' and <= '\u06ED' and not '\u06DD' and not '\u06DE' and not '\u06E9');

    /// <summary>
    /// Folds one character for a lookup or model key: returns the Urdu letter it stands for, <see cref="Drop"/> for
    /// characters that carry nothing (diacritics, tatweel, ZWNJ/ZWJ), or the character itself.
    /// </summary>
    public static char Fold(char c)
    {
        if (c < '\u0621')
        {
            return c is '\u200C' or '\u200D' ? Drop : c;
        }

        if (IsDiacritic(c))
        {
            return Drop;
        }

        return c switch
        {
            '\u0640' => Drop,       // ARABIC TATWEEL
            '\u064A' or '\u0649' or '\u06D0' or '\u06CD' or '\u06CE' => '\u06CC', // ARABIC YEH, ALEF MAKSURA, E, YEH WITH TAIL, YEH WITH SMALL V → FARSI YEH
            '\u0643' or '\u06AA' => '\u06A9',                  // ARABIC KAF, SWASH KAF → KEHEH
            '\u0647' or '\u06D5' or '\u0629' or '\u06C3' or '\u06C0' or '\u06C2' => '\u06C1', // HEH, AE, TEH MARBUTA (both), HEH WITH YEH/HAMZA → HEH GOAL
            '\u0623' or '\u0625' or '\u0671' or '\u0672' or '\u0673' => '\u0627', // ALEF WITH HAMZA ABOVE/BELOW, WASLA, WAVY HAMZA → ALEF
            '\u06A4' or '\u06C6' or '\u06C7' or '\u06C8' or '\u06CB' => '\u0648', // VEH (Arabic v), OE, U, YU, VE → WAW
            '\u06A8' or '\u06AB' or '\u06B3' => '\u06AF',      // QAF WITH THREE DOTS (Maghrebi g), KAF WITH RING, GUEH → GAF
            '\u0678' => '\u0626',   // HIGH HAMZA YEH → YEH WITH HAMZA ABOVE
            '\u06BE' => '\u06BE',   // HEH DOACHASHMEE stays: it marks aspiration
            _ => c,
        };
    }

    /// <summary>
    /// Writes the lookup key of <paramref name="urdu"/>: its folded model letters, diacritics and everything else left out.
    /// Returns the key's length, or 0 when it does not fit in <paramref name="destination"/>.
    /// </summary>
    public static int FoldKey(ReadOnlySpan<char> urdu, Span<char> destination)
    {
        int n = 0;
        foreach (char c in urdu)
        {
            char f = Fold(c);
            if (f == Drop || !IsModelLetter(f))
            {
                continue;
            }

            if (n == destination.Length)
            {
                return 0;
            }

            destination[n++] = f;
        }

        return n;
    }

    /// <summary>True when <paramref name="c"/> (already folded) is a letter of the model's Urdu alphabet.</summary>
    public static bool IsModelLetter(char c) => c is (>= '\u0621' and <= '\u064A') or (>= '\u0671' and <= '\u06D3');
}
