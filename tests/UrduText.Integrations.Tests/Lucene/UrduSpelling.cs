using System.Text;

namespace UrduText.Integrations.Tests.Lucene;

/// <summary>Rewrites canonical Urdu the way it really arrives, to build variant documents and queries.</summary>
static class UrduSpelling
{
    /// <summary>As typed on an Arabic keyboard: ی → ي, ک → ك, ہ and ھ → ه.</summary>
    public static string ArabicKeyboard(string text) => text
        .Replace('\u06CC', '\u064A')   // FARSI YEH → ARABIC LETTER YEH
        .Replace('\u06A9', '\u0643')   // KEHEH → ARABIC LETTER KAF
        .Replace('\u06C1', '\u0647')   // HEH GOAL → ARABIC LETTER HEH
        .Replace('\u06BE', '\u0647');  // HEH DOACHASHMEE → ARABIC LETTER HEH

    static readonly Dictionary<char, char> s_isolatedForms = new()
    {
        ['\u0627'] = '\uFE8D', ['\u0628'] = '\uFE8F', ['\u067E'] = '\uFB56', ['\u062A'] = '\uFE95', ['\u0679'] = '\uFB66',
        ['\u062C'] = '\uFE9D', ['\u0686'] = '\uFB7A', ['\u062D'] = '\uFEA1', ['\u062E'] = '\uFEA5', ['\u062F'] = '\uFEA9',
        ['\u0688'] = '\uFB88', ['\u0631'] = '\uFEAD', ['\u0691'] = '\uFB8C', ['\u0632'] = '\uFEAF', ['\u0633'] = '\uFEB1',
        ['\u0634'] = '\uFEB5', ['\u0639'] = '\uFEC9', ['\u063A'] = '\uFECD', ['\u0641'] = '\uFED1', ['\u0642'] = '\uFED5',
        ['\u06A9'] = '\uFB8E', ['\u06AF'] = '\uFB92', ['\u0644'] = '\uFEDD', ['\u0645'] = '\uFEE1', ['\u0646'] = '\uFEE5',
        ['\u0648'] = '\uFEED', ['\u06CC'] = '\uFBFC', ['\u06D2'] = '\uFBAE', ['\u06C1'] = '\uFBA6', ['\u06BA'] = '\uFB9E',
    };

    /// <summary>As extracted from a PDF: letters in their isolated presentation forms (U+FB50–U+FEFF).</summary>
    public static string PresentationForms(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            sb.Append(s_isolatedForms.TryGetValue(c, out char form) ? form : c);
        }

        return sb.ToString();
    }

    /// <summary>With diacritics: zabar U+064E after the first letter of each word and zer U+0650 after the third.</summary>
    public static string Diacritics(string text) => MapWords(text, word =>
        word.Length < 2 ? word : word.Length < 4 ? word.Insert(1, "\u064E") : word.Insert(3, "\u0650").Insert(1, "\u064E"));

    /// <summary>With kashida U+0640 after the second letter of each word and a bidi mark U+200F after the word.</summary>
    public static string KashidaAndBidi(string text) => MapWords(text, word =>
        word.Length < 3 ? word : word.Insert(2, "\u0640\u0640") + "\u200F");

    /// <summary>Digits rewritten into another system: 0–9 → ۰–۹ (target '\u06F0') or ٠–٩ (target '\u0660').</summary>
    public static string Digits(string text, char zero)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            int d = c is >= '0' and <= '9' ? c - '0' : c is >= '\u06F0' and <= '\u06F9' ? c - '\u06F0' : c is >= '\u0660' and <= '\u0669' ? c - '\u0660' : -1;
            sb.Append(d >= 0 ? (char)(zero + d) : c);
        }

        return sb.ToString();
    }

    static string MapWords(string text, Func<string, string> map)
    {
        var sb = new StringBuilder(text.Length * 2);
        int i = 0;
        while (i < text.Length)
        {
            int start = i;
            if (IsArabicLetter(text[i]))
            {
                while (i < text.Length && IsArabicLetter(text[i]))
                {
                    i++;
                }

                sb.Append(map(text[start..i]));
            }
            else
            {
                sb.Append(text[i++]);
            }
        }

        return sb.ToString();
    }

    static bool IsArabicLetter(char c) => c is >= '\u0620' and <= '\u064A' or >= '\u0671' and <= '\u06D3';
}
