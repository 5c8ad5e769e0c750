namespace UrduText;

/// <summary>
/// The model's input alphabet: a word is read as graphemes, each a folded Urdu letter (<see cref="TranslitLetters.Fold"/>)
/// or a kept diacritic, with two flags: <em>aspirated</em> (the letter carries a following ھ: بھ پھ تھ ٹھ جھ چھ دھ ڈھ
/// رھ ڑھ کھ گھ لھ مھ نھ) and <em>final</em> (the last letter of the word). Shared verbatim with the trainer
/// (tools/UrduText.Generators links this file), so training data and runtime input are read the same way.
/// </summary>
/// <remarks>
/// ھ joins the consonant before it because Urdu writes one sound with two letters there (ph, bh, kh …): read alone, the
/// model could spell the consonant and lose the h. The final flag gives a left-to-right model the one piece of
/// look-ahead that matters most: a final ی is usually i/ee, a medial one ai/e/y; a final ہ is often silent or a.
/// </remarks>
internal static class TranslitGraphemes
{
    /// <summary>HEH DOACHASHMEE, the aspiration mark.</summary>
    public const char Aspirate = '\u06BE';

    /// <summary>Most graphemes a word may have; longer words are read in pieces of this size.</summary>
    public const int MaxGraphemes = 48;

    /// <summary>The diacritics the model reads (zabar, zer, pesh, shadda, tanween fath, superscript alef); the others are dropped.</summary>
    public static bool IsKeptMark(char c) => c is '\u064E' or '\u0650' or '\u064F' or '\u0651' or '\u064B' or '\u0670';

    /// <summary>
    /// Letters that write vowels or nothing: a ھ after one of them does not aspirate it, and their Latin may be empty.
    /// </summary>
    public static bool IsVowelCarrier(char folded) => folded is '\u0627' or '\u0622' or '\u0648' or '\u06CC' or '\u06D2' or '\u06D3'
        or '\u0626' or '\u0624' or '\u0621' or '\u0639' or '\u06C1' or '\u06BA' or Aspirate;

    /// <summary>
    /// The silent list: graphemes whose Latin may be empty. Vowel letters (ا آ و ی ے ۓ ئ ؤ), hamza, ain, noon ghunna,
    /// a ھ that aspirates nothing, a final ہ (وہ → wo), and the diacritics. Every other letter (the consonants, and a
    /// medial ہ) always writes at least one Latin letter.
    /// </summary>
    public static bool MayBeSilent(char letter, bool final) => IsKeptMark(letter)
        || (letter == '\u06C1' ? final : IsVowelCarrier(letter));

    /// <summary>
    /// Reads <paramref name="word"/> into graphemes, packed as <c>letter | aspirated &lt;&lt; 16 | final &lt;&lt; 17</c>.
    /// Characters that are neither model letters nor kept marks are skipped. Returns how many were written;
    /// <paramref name="output"/> needs room for one grapheme per character of the word.
    /// </summary>
    public static int Split(ReadOnlySpan<char> word, Span<int> output)
    {
        int count = 0;
        foreach (char raw in word)
        {
            char c = raw;
            if (!IsKeptMark(c))
            {
                c = TranslitLetters.Fold(c);
                if (c == TranslitLetters.Drop || !TranslitLetters.IsModelLetter(c))
                {
                    continue;
                }
            }

            if (c == Aspirate && count > 0 && (output[count - 1] & AspiratedFlag) == 0)
            {
                char previous = (char)output[count - 1];
                if (!IsKeptMark(previous) && !IsVowelCarrier(previous))
                {
                    output[count - 1] |= AspiratedFlag;
                    continue;
                }
            }

            output[count++] = c;
        }

        for (int i = count - 1; i >= 0; i--)
        {
            if (!IsKeptMark((char)output[i]))
            {
                output[i] |= FinalFlag;
                break;
            }
        }

        return count;
    }

    /// <summary>Set on a grapheme whose letter carries ھ.</summary>
    public const int AspiratedFlag = 1 << 16;

    /// <summary>Set on the last letter of a word.</summary>
    public const int FinalFlag = 1 << 17;

    /// <summary>The letter of a packed grapheme.</summary>
    public static char Letter(int grapheme) => (char)grapheme;

    /// <summary>True when the packed grapheme carries ھ.</summary>
    public static bool IsAspirated(int grapheme) => (grapheme & AspiratedFlag) != 0;

    /// <summary>True when the packed grapheme is the word's last letter.</summary>
    public static bool IsFinal(int grapheme) => (grapheme & FinalFlag) != 0;
}
