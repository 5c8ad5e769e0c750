using UrduText.Internal;

namespace UrduText;

/// <summary>
/// ALA-LC Urdu romanization, letter by letter with the context rules the table states (initial alif carries the short
/// vowel; و and ی are consonants at the start of a word or after a vowel and long vowels elsewhere; final ہ after a
/// consonant is <c>ah</c>; a final zer is the izafat <c>-i</c>). Short vowels are written only when the text marks them,
/// so unvocalized text gives a consonantal skeleton with long vowels: that is the standard applied to what is written.
/// Uncertain cells (see docs/transliteration.md): چ is <c>c</c> (parallel to ALA-LC Hindi), initial آ is <c>ā</c>,
/// medial و without a mark is <c>ū</c> and final و after a consonant <c>o</c>.
/// </summary>
internal static class AlaLcScheme
{
    /// <summary>Most output characters one input character can produce (ۂ → ah-yi).</summary>
    public const int MaxExpansion = 5 * WordNormalizer.MaxGrowth;

    /// <summary>Transliterates <paramref name="source"/>; on overflow stops before the word or character that did not fit.</summary>
    public static void Run(ReadOnlySpan<char> source, ref OutputWriter writer, out int consumed)
    {
        Span<char> normalized = stackalloc char[256];
        int i = 0;
        while (i < source.Length)
        {
            int mark = writer.Written;
            int next;
            if (CharClasses.IsArabicScriptLetter(CharClasses.Of(source[i])))
            {
                next = i + 1;
                while (next < source.Length && (CharClasses.IsArabicScriptLetter(CharClasses.Of(source[next])) || TranslitLetters.IsDiacritic(source[next])
                    || ReadableEngine.IsInWordInvisible(CharClasses.Of(source[next]))))
                {
                    next++;
                }

                // Step 1: the word in its normalized form (presentation forms, Arabic letters, kashida, madda); a word too
                // long for the buffer is read as it is.
                ReadOnlySpan<char> word = source[i..next];
                int n = WordNormalizer.IsClean(word) ? -1 : WordNormalizer.Normalize(word, normalized);
                WriteWord(n > 0 ? normalized[..n] : word, ref writer);
            }
            else if (ReadableEngine.IsInvisible(source[i]) && ReadableEngine.IsBeforeWord(source, i))
            {
                next = i + 1; // normalized away, like the same character inside the word
            }
            else
            {
                next = i + SchemeTables.WritePassThrough(source, i, ref writer);
            }

            if (writer.Overflow)
            {
                writer.Rewind(mark);
                writer.Overflow = true;
                consumed = i;
                return;
            }

            i = next;
        }

        consumed = i;
    }

    const char Alef = '\u0627', Waw = '\u0648', Yeh = '\u06CC', YehBarree = '\u06D2', Heh = '\u06C1', DoChashmi = '\u06BE';
    const char Zabar = '\u064E', Zer = '\u0650', Pesh = '\u064F', Shadda = '\u0651';

    const string Unknown = "\uFFFF";

    static bool IsVowelLetter(char c) => c is Alef or '\u0622' or Waw or Yeh or YehBarree or '\u0626';

    static void WriteWord(scoped ReadOnlySpan<char> word, ref OutputWriter writer)
    {
        // Letters only (folded), with the mark that follows each.
        Span<char> letters = stackalloc char[Math.Min(word.Length, 256)];
        Span<char> marks = stackalloc char[letters.Length];
        int n = 0;
        foreach (char raw in word)
        {
            char c = TranslitLetters.Fold(raw);
            if (TranslitLetters.IsDiacritic(raw))
            {
                if (n > 0 && (marks[n - 1] == '\0' || raw == Shadda))
                {
                    marks[n - 1] = marks[n - 1] == '\0' ? raw : marks[n - 1];
                    if (raw == Shadda && marks[n - 1] != Shadda)
                    {
                        marks[n - 1] = Shadda; // shadda wins over a vowel mark: the vowel is implied after a doubled consonant
                    }
                }

                continue;
            }

            if (c == TranslitLetters.Drop || n == letters.Length)
            {
                continue;
            }

            // Fold keeps ۂ as ہ; keep the izafat he distinct here because ALA-LC writes it.
            letters[n] = raw == '\u06C2' ? '\u06C2' : c;
            marks[n] = '\0';
            n++;
        }

        ReadOnlySpan<char> previousConsonant = default;
        for (int i = 0; i < n; i++)
        {
            char c = letters[i];
            bool initial = i == 0;
            bool final = i == n - 1;
            char prev = i > 0 ? letters[i - 1] : '\0';
            char prevMark = i > 0 ? marks[i - 1] : '\0';
            char nextLetter = i + 1 < n ? letters[i + 1] : '\0';
            ReadOnlySpan<char> text = c switch
            {
                Alef => initial ? (marks[i] is Zer or Pesh ? "" : "a") : "\u0101",
                '\u0622' => "\u0101",
                '\u0628' => "b",
                '\u067E' => "p",
                '\u062A' => "t",
                '\u0679' => "\u1E6D",        // ṭ
                '\u062B' => "s\u0331",       // s̱
                '\u062C' => "j",
                '\u0686' => "c",
                '\u062D' => "\u1E25",        // ḥ
                '\u062E' => "k\u035Fh",      // k͟h
                '\u062F' => "d",
                '\u0688' => "\u1E0D",        // ḍ
                '\u0630' => "\u1E95",        // ẕ
                '\u0631' => "r",
                '\u0691' => "\u1E5B",        // ṛ
                '\u0632' => "z",
                '\u0698' => "z\u035Fh",      // z͟h
                '\u0633' => "s",
                '\u0634' => "sh",
                '\u0635' => "\u1E63",        // ṣ
                '\u0636' => "\u1E93",        // ẓ
                '\u0637' => "t\u0324",       // t̤
                '\u0638' => "z\u0324",       // z̤
                '\u0639' => "\u02BB",        // ʻ
                '\u063A' => "g\u035Fh",      // g͟h
                '\u0641' => "f",
                '\u0642' => "q",
                '\u06A9' => "k",
                '\u06AF' => "g",
                '\u0644' => "l",
                '\u0645' => "m",
                '\u0646' => "n",
                '\u06BA' => "\u1E49",        // ṉ
                Waw => initial || IsVowelLetter(prev) || nextLetter == Alef ? "v"
                    : prevMark == Zabar ? "u" : prevMark == Pesh ? "" : final ? "o" : "\u016B",
                Heh => final && !initial && !IsVowelLetter(prev) ? (prevMark == Zabar ? "h" : "ah") : "h",
                '\u06C2' => "ah-yi",
                DoChashmi => "h",
                '\u0621' => "\u02BC",        // ʼ
                '\u0626' => "\u02BC",
                '\u0624' => "\u02BC\u016B",
                Yeh => initial || IsVowelLetter(prev) && prev != '\u0626' || nextLetter is Alef or Waw ? "y"
                    : prevMark == Zabar ? "i" : prevMark == Zer ? "" : "\u012B",
                YehBarree or '\u06D3' => prevMark == Zabar ? "i" : "e",
                _ => Unknown,
            };

            if (text.SequenceEqual(Unknown))
            {
                writer.Write(c); // a letter outside the Urdu alphabet passes through unchanged
                text = default;
            }
            else
            {
                writer.Write(text);
            }

            bool consonant = !IsVowelLetter(c) && c is not (Heh or DoChashmi or '\u0621' or '\u06C2');
            if (consonant)
            {
                previousConsonant = text;
            }

            switch (marks[i])
            {
                case Zabar when nextLetter == Alef:
                    break; // zabar + alif is the long ā the alif writes
                case Zabar:
                    writer.Write('a');
                    break;
                case Zer when final && !initial:
                    writer.Write("-i");
                    break;
                case Zer when nextLetter != Yeh:
                    writer.Write('i');
                    break;
                case Zer:
                    writer.Write("\u012B"); // zer + ی = ī
                    i++;
                    break;
                case Pesh when nextLetter == Waw:
                    writer.Write("\u016B"); // pesh + و = ū
                    i++;
                    break;
                case Pesh:
                    writer.Write('u');
                    break;
                case Shadda:
                    writer.Write(previousConsonant);
                    break;
                case '\u064B':
                    writer.Write("an");
                    break;
                case '\u064D':
                    writer.Write("in");
                    break;
                case '\u064C':
                    writer.Write("un");
                    break;
                case '\u0670':
                    writer.Write("\u00E1");
                    break;
                default:
                    break;
            }
        }
    }
}
