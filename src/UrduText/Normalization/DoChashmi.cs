namespace UrduText;

/// <summary>
/// Rule D2a: decides, for each Arabic heh (U+0647) left in a word, whether it is do-chashmi heh (U+06BE ھ, the aspiration
/// mark) or heh goal (U+06C1 ہ). Arabic keyboards have one heh; Urdu needs two.
/// </summary>
internal static class DoChashmi
{
    private const char ArabicHeh = '\u0647'; // ه ARABIC LETTER HEH
    private const char DoChashmiHeh = '\u06BE'; // ھ ARABIC LETTER HEH DOACHASHMEE
    private const char HehGoal = '\u06C1'; // ہ ARABIC LETTER HEH GOAL

    /// <summary>Replaces every U+0647 in <paramref name="word"/> with U+06BE or U+06C1, in place.</summary>
    /// <param name="word">One word: a maximal run of Arabic-script letters and combining marks, other letters already Urdu.</param>
    public static void Resolve(Span<char> word)
    {
        for (int i = 0; i < word.Length; i++)
        {
            if (word[i] != ArabicHeh)
            {
                continue;
            }

            int previous = PreviousBaseIndex(word, i);
            bool aspirable = previous >= 0 && IsAspirable(word[previous]);
            bool final = NextBaseIndex(word, i) < 0;

            // Provisional rule: word-final heh after a consonant is the ending heh goal (که، گروه) except in a few
            // very common aspirated words; a medial heh after an aspirable consonant is aspiration (بهی، تها، مجهے).
            word[i] = aspirable && (!final || IsCommonFinalAspirate(word)) ? DoChashmiHeh : HehGoal;
        }
    }

    private static bool IsCommonFinalAspirate(ReadOnlySpan<char> word)
        => word.SequenceEqual("\u0633\u0627\u062A\u0647") // ساته (ساتھ)
        || word.SequenceEqual("\u06A9\u0686\u0647") // کچه (کچھ)
        || word.SequenceEqual("\u06C1\u0627\u062A\u0647"); // ہاته (ہاتھ)

    private static int PreviousBaseIndex(ReadOnlySpan<char> word, int index)
    {
        for (int j = index - 1; j >= 0; j--)
        {
            if (!IsCombiningMark(word[j]))
            {
                return j;
            }
        }

        return -1;
    }

    private static int NextBaseIndex(ReadOnlySpan<char> word, int index)
    {
        for (int j = index + 1; j < word.Length; j++)
        {
            if (!IsCombiningMark(word[j]))
            {
                return j;
            }
        }

        return -1;
    }

    private static bool IsCombiningMark(char c)
        => c is (>= '\u064B' and <= '\u065F') or '\u0670' or (>= '\u0610' and <= '\u061A') or (>= '\u06D6' and <= '\u06ED');

    /// <summary>The consonants that take aspiration in Urdu: ب پ ت ٹ ج چ د ڈ ر ڑ ک گ ل م ن.</summary>
    internal static bool IsAspirable(char c) => c switch
    {
        '\u0628' // ب BEH
        or '\u067E' // پ PEH
        or '\u062A' // ت TEH
        or '\u0679' // ٹ TTEH
        or '\u062C' // ج JEEM
        or '\u0686' // چ TCHEH
        or '\u062F' // د DAL
        or '\u0688' // ڈ DDAL
        or '\u0631' // ر REH
        or '\u0691' // ڑ RREH
        or '\u06A9' // ک KEHEH
        or '\u06AF' // گ GAF
        or '\u0644' // ل LAM
        or '\u0645' // م MEEM
        or '\u0646' => true, // ن NOON
        _ => false,
    };
}
