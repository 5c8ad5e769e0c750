using System.Text;
using UrduText.Internal;
using UrduText.Normalization;

namespace UrduText.Benchmarks;

/// <summary>
/// Turns canonical Urdu into the text people actually paste, deterministically (seeded): Arabic-keyboard letters
/// (ي ك ه, also for do-chashmi ھ), words in presentation forms (what PDFs and legacy fonts deliver, lam-alef ligatures
/// included), kashida, stray bidi marks and ZWSP, Arabic-Indic digits and doubled or exotic spaces.
/// </summary>
public static class Dirtifier
{
    /// <summary>The dirty version of <paramref name="canonical"/>; the same input and seed always give the same output.</summary>
    public static string Dirty(string canonical, int seed = 42)
    {
        Dictionary<char, char[]> forms = PresentationForms();
        var random = new Random(seed);
        var sb = new StringBuilder(canonical.Length + canonical.Length / 8);
        int i = 0;
        while (i < canonical.Length)
        {
            // One word (a run of Arabic-script letters) at a time, or one other character.
            int end = i;
            while (end < canonical.Length && CharClasses.IsArabicScriptLetter(CharClasses.Of(canonical[end])))
            {
                end++;
            }

            if (end == i)
            {
                char c = canonical[i++];
                if (c is >= '\u06F0' and <= '\u06F9' && random.Next(2) == 0)
                {
                    sb.Append((char)(c - 0x06F0 + 0x0660)); // Arabic-Indic digit
                }
                else if (c == ' ' && random.Next(12) == 0)
                {
                    sb.Append(random.Next(2) == 0 ? "\u200F " : " \u00A0"); // RLM, or a no-break space after a space
                }
                else
                {
                    sb.Append(c);
                }

                continue;
            }

            ReadOnlySpan<char> word = canonical.AsSpan(i, end - i);
            if (random.Next(3) == 0)
            {
                AppendPresentationForms(sb, word, forms);
            }
            else
            {
                for (int k = 0; k < word.Length; k++)
                {
                    char c = word[k];
                    sb.Append(c switch
                    {
                        '\u06CC' => '\u064A', // ی → ي
                        '\u06A9' => '\u0643', // ک → ك
                        '\u06C1' or '\u06BE' => '\u0647', // ہ ھ → ه (D2a has to restore ھ)
                        _ => c,
                    });
                    if (k + 1 < word.Length && random.Next(25) == 0)
                    {
                        sb.Append('\u0640'); // kashida
                    }
                }
            }

            if (random.Next(40) == 0)
            {
                sb.Append('\u200B'); // ZWSP
            }

            i = end;
        }

        return sb.ToString();
    }

    static void AppendPresentationForms(StringBuilder sb, ReadOnlySpan<char> word, Dictionary<char, char[]> forms)
    {
        for (int k = 0; k < word.Length; k++)
        {
            char c = word[k];
            if (c == '\u0644' && k + 1 < word.Length && word[k + 1] == '\u0627')
            {
                sb.Append('\uFEFB'); // ﻻ LAM-ALEF ligature
                k++;
                continue;
            }

            if (!forms.TryGetValue(c, out char[]? list))
            {
                sb.Append(c);
                continue;
            }

            // Forms come as isolated, final, initial, medial for letters that join on both sides.
            bool joinsBefore = k > 0 && JoinsAfter(word[k - 1]);
            bool joinsAfter = k + 1 < word.Length && JoinsAfter(c);
            int index = (joinsBefore, joinsAfter) switch
            {
                (false, false) => 0,
                (true, false) => 1,
                (false, true) => 2,
                (true, true) => 3,
            };
            sb.Append(list[Math.Min(index, list.Length - 1)]);
        }
    }

    // Letters that never join to the following letter (ا د ڈ ذ ر ڑ ز ژ و and the hamza forms built on them).
    static bool JoinsAfter(char c) => c is not ('\u0627' or '\u0622' or '\u0623' or '\u062F' or '\u0688' or '\u0630' or '\u0631'
        or '\u0691' or '\u0632' or '\u0698' or '\u0648' or '\u0624' or '\u0621' or '\u06D2' or '\u06D3');

    /// <summary>For each letter, its single-letter presentation forms in code-point order (from the normalizer's own table).</summary>
    static Dictionary<char, char[]> PresentationForms()
    {
        var lists = new Dictionary<char, List<char>>();
        for (int cp = NormalizationTables.FormsBStart; cp <= 0xFEFC; cp++)
        {
            Add(lists, (char)cp);
        }

        for (int cp = NormalizationTables.FormsAStart; cp <= 0xFBFF; cp++)
        {
            Add(lists, (char)cp);
        }

        var result = new Dictionary<char, char[]>();
        foreach (var (letter, list) in lists)
        {
            result[letter] = [.. list];
        }

        return result;

        static void Add(Dictionary<char, List<char>> lists, char form)
        {
            string mapped = UrduNormalizer.Default.Normalize(form.ToString());
            if (mapped.Length == 1 && mapped[0] != form && CharClasses.Of(mapped[0]) == CharClass.UrduLetter)
            {
                if (!lists.TryGetValue(mapped[0], out List<char>? list))
                {
                    lists[mapped[0]] = list = [];
                }

                // FE70–FEFC comes first: the common Arabic letters; Forms-A adds the Urdu ones (ٹ ڈ ڑ ں ے ھ ہ ی ک گ).
                if (list.Count < 4 && !(form is '\uFEEB' or '\uFEEC' && mapped[0] == '\u06BE' && list.Count == 0))
                {
                    list.Add(form);
                }
            }
        }
    }
}
