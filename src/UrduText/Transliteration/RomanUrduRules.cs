namespace UrduText;

/// <summary>
/// The rule-based Roman Urdu reader of the core package (no data needed): a lower-case word is cut into the longest
/// Latin clusters of a fixed table, left to right, and each cluster writes its Urdu letters; vowels depend on their place
/// in the word. docs/transliteration.md ("Roman Urdu to Urdu") lists the table and its measured accuracy.
/// </summary>
/// <remarks>
/// Consonants: b ب, p پ, t ت, d د, j ج, ch چ, k ک, c ک, q ق, g گ, f ف, s س, sh ش, z ز, zh ژ, r ر, l ل, m م, n ن,
/// w/v و, y ی, h ہ, x کس, kh خ, gh غ; aspirates bh ph th dh jh chh کھ for khh, gh stays غ; a doubled consonant writes once.
/// Vowels: word-initial aa آ, a/i/u ا, e ای, ee ای, o او, oo او, ai ای, au او; medial aa ا, short a/i/u nothing, e/ee/i before
/// another vowel ی, ai/ei ی, o/oo/u-with-o و, au و; final a ا, ah ہ, i/ee ی, e/ai ے, o/oo و. A final n after i, e, ee, ai,
/// ei, o or oo (hain, mein, hoon) is noon ghunna ں.
/// </remarks>
internal static class RomanUrduRules
{
    /// <summary>Most Urdu characters one Latin letter writes.</summary>
    public const int MaxExpansion = 2;

    /// <summary>Writes the Urdu spelling of the lower-case ASCII word <paramref name="word"/>; returns the length written.</summary>
    public static int Convert(ReadOnlySpan<char> word, Span<char> destination)
    {
        int written = 0;
        int i = 0;
        int n = word.Length;
        while (i < n)
        {
            char c = word[i];
            bool initial = i == 0;
            if (IsVowel(c))
            {
                int length = VowelLength(word, i);
                ReadOnlySpan<char> v = word.Slice(i, length);
                bool final = i + length == n || (i + length == n - 1 && word[n - 1] == 'n' && NasalAfter(v));
                bool beforeFinalH = i + length == n - 1 && word[n - 1] == 'h' && v is "a";
                string urdu;
                if (initial)
                {
                    urdu = v switch
                    {
                        "aa" => "\u0622",
                        "a" or "i" or "u" => "\u0627",
                        "ai" or "ay" or "ae" or "e" or "ee" or "ei" => "\u0627\u06CC",
                        "o" or "oo" or "au" or "aw" or "ou" => "\u0627\u0648",
                        _ => "\u0627",
                    };
                }
                else if (beforeFinalH)
                {
                    urdu = string.Empty;
                }
                else if (final)
                {
                    urdu = v switch
                    {
                        "a" or "aa" => "\u0627",
                        "i" or "ee" or "ii" or "y" => "\u06CC",
                        "e" or "ai" or "ay" or "ae" or "ei" => i + length == n ? "\u06D2" : "\u06CC",
                        "o" or "oo" or "u" or "au" or "ou" or "aw" => "\u0648",
                        _ => "\u06CC",
                    };
                }
                else
                {
                    urdu = v switch
                    {
                        "aa" => "\u0627",
                        "a" or "i" or "u" => string.Empty,
                        "e" or "ee" or "ii" or "ai" or "ei" or "ay" or "ae" => "\u06CC",
                        _ => "\u0648",
                    };
                }

                urdu.AsSpan().CopyTo(destination[written..]);
                written += urdu.Length;
                i += length;
                continue;
            }

            if (c == 'n' && i == n - 1 && i > 0 && written > 0 && NasalAfter(PreviousVowel(word, i)))
            {
                destination[written++] = '\u06BA';
                i++;
                continue;
            }

            if (c == 'h' && i == n - 1 && i > 0 && word[i - 1] == 'a')
            {
                destination[written++] = '\u06C1';
                i++;
                continue;
            }

            // Doubled consonant: write it once.
            if (i + 1 < n && word[i + 1] == c && c != 'h')
            {
                i++;
                continue;
            }

            string consonant;
            int take = 1;
            char next = i + 1 < n ? word[i + 1] : '\0';
            if (c == 'c' && next == 'h')
            {
                bool aspirated = i + 2 < n && word[i + 2] == 'h';
                consonant = aspirated ? "\u0686\u06BE" : "\u0686";
                take = aspirated ? 3 : 2;
            }
            else if (next == 'h' && c is 'k' or 'g' or 's' or 'z')
            {
                consonant = c switch { 'k' => "\u062E", 'g' => "\u063A", 's' => "\u0634", _ => "\u0698" };
                take = 2;
            }
            else if (next == 'h' && c is 'b' or 'p' or 't' or 'd' or 'j' or 'r')
            {
                consonant = c switch { 'b' => "\u0628\u06BE", 'p' => "\u067E\u06BE", 't' => "\u062A\u06BE", 'd' => "\u062F\u06BE", 'j' => "\u062C\u06BE", _ => "\u0691\u06BE" };
                take = 2;
            }
            else
            {
                consonant = c switch
                {
                    'b' => "\u0628",
                    'p' => "\u067E",
                    't' => "\u062A",
                    'd' => "\u062F",
                    'j' => "\u062C",
                    'k' or 'c' => "\u06A9",
                    'q' => "\u0642",
                    'g' => "\u06AF",
                    'f' => "\u0641",
                    's' => "\u0633",
                    'z' => "\u0632",
                    'r' => "\u0631",
                    'l' => "\u0644",
                    'm' => "\u0645",
                    'n' => "\u0646",
                    'w' or 'v' => "\u0648",
                    'y' => "\u06CC",
                    'h' => "\u06C1",
                    'x' => "\u06A9\u0633",
                    _ => string.Empty,
                };
            }

            consonant.AsSpan().CopyTo(destination[written..]);
            written += consonant.Length;
            i += take;
        }

        return written;
    }

    static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    static int VowelLength(ReadOnlySpan<char> word, int i)
    {
        if (i + 1 < word.Length)
        {
            char a = word[i], b = word[i + 1];
            if ((a == b && a is 'a' or 'e' or 'o' or 'i') || (a == 'a' && b is 'i' or 'u') || (a == 'e' && b == 'i') || (a == 'o' && b == 'u'))
            {
                return 2;
            }
        }

        return 1;
    }

    static ReadOnlySpan<char> PreviousVowel(ReadOnlySpan<char> word, int end)
    {
        int start = end;
        while (start > 0 && IsVowel(word[start - 1]))
        {
            start--;
        }

        return word[start..end];
    }

    static bool NasalAfter(ReadOnlySpan<char> vowel) => vowel is "i" or "e" or "ee" or "ai" or "ei" or "o" or "oo" or "ou";
}
