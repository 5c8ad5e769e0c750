namespace UrduText.Generators.Transliteration;

/// <summary>
/// The plausible Latin spellings of each grapheme, the only units the aligner may use (docs/transliteration.md, "The
/// letter table"). A unit is <c>[vowel] core [core repeated] [vowel suffix]</c>:
/// <list type="bullet">
/// <item>the <b>core</b> is what the letter itself sounds like, from <see cref="Cores"/>; only the letters of the silent
/// list (<see cref="TranslitGraphemes.MayBeSilent"/>) have an empty core, so every consonant writes a letter;</item>
/// <item>a consonant may be <b>doubled</b> (shadda written or not: <c>abba</c>, <c>mohabbat</c>);</item>
/// <item>the <b>suffix</b> is the short vowel Urdu does not write, or a vowel-letter spelling: up to two of a e i o u y,
/// or <c>ah</c>/<c>eh</c> (<c>kitab</c>: ک→ki, ت→ta, ا→"", ب→b);</item>
/// <item>only the vowel carriers (ا ع ء ئ ؤ آ و) take a <b>vowel before</b> the core (ع→i in <c>imran</c>, و→au).</item>
/// </list>
/// The alternatives in the cores are the spellings people really type (Dakshina train split): ت/ط as <c>th</c>, ز ذ ض ظ as
/// <c>j</c> (speakers without z), ق/خ as <c>kh</c>/<c>q</c>, a final ہ as <c>t</c> (Arabic tā marbūṭa, <c>jamaat</c>).
/// </summary>
internal static class UnitTable
{
    /// <summary>Longest unit the table produces (vowel + doubled three-letter core + two-letter suffix).</summary>
    public const int MaxLength = 8;

    static readonly string[] s_suffixes = BuildSuffixes();

    static string[] BuildSuffixes()
    {
        const string vowels = "aeiouy";
        var list = new List<string> { "" };
        foreach (char a in vowels)
        {
            list.Add(a.ToString());
        }

        foreach (char a in vowels)
        {
            foreach (char b in vowels)
            {
                list.Add(string.Concat(a, b));
            }
        }

        list.Add("ah");
        list.Add("eh");
        return [.. list];
    }

    static readonly string[] s_preVowels = ["", "a", "e", "i", "o", "u"];

    /// <summary>The consonant sound of a letter; for an aspirated grapheme the aspirate spelling comes first.</summary>
    public static string[] Cores(char letter, bool aspirated)
    {
        if (aspirated)
        {
            return letter switch
            {
                'پ' => ["ph", "p", "f"],
                'چ' => ["chh", "ch", "c"],
                'ڑ' => ["rh", "r", "dh"],
                _ => [.. Cores(letter, false).Select(c => c + "h"), .. Cores(letter, false)],
            };
        }

        return letter switch
        {
            'ب' => ["b"],
            'پ' => ["p", "ph"],
            'ت' => ["t", "th"],
            'ٹ' => ["t", "th"],
            'ث' => ["s", "th", "c"],
            'ج' => ["j", "z", "g"],
            'چ' => ["ch", "c"],
            'ح' => ["h"],
            'خ' => ["kh", "k", "x", "h", "q", "qh"],
            'د' => ["d", "dh"],
            'ڈ' => ["d", "dh"],
            'ذ' => ["z", "dh", "th", "j"],
            'ر' => ["r"],
            'ڑ' => ["r", "d"],
            'ز' => ["z", "s", "j"],
            'ژ' => ["zh", "j", "z", "s"],
            'س' => ["s", "c"],
            'ش' => ["sh", "s", "ch"],
            'ص' => ["s"],
            'ض' => ["z", "d", "j", "dh"],
            'ط' => ["t", "th"],
            'ظ' => ["z", "j", "dh"],
            'غ' => ["gh", "g"],
            'ف' => ["f", "ph"],
            'ق' => ["q", "k", "c", "kh", "qh"],
            'ک' => ["k", "c", "q", "ck", "kh", "ch"],
            'گ' => ["g"],
            'ل' => ["l"],
            'م' => ["m"],
            'ن' => ["n", "m"],
            'ہ' => ["h"],
            _ => [],
        };
    }

    /// <summary>Every Latin string the packed grapheme may produce.</summary>
    public static HashSet<string> Allowed(int grapheme)
    {
        char c = TranslitGraphemes.Letter(grapheme);
        bool final = TranslitGraphemes.IsFinal(grapheme);
        bool aspirated = TranslitGraphemes.IsAspirated(grapheme);
        var set = new HashSet<string>(StringComparer.Ordinal);
        switch (c)
        {
            case '\u064E': set.UnionWith(["", "a"]); return set;                      // zabar
            case '\u0650': set.UnionWith(["", "i", "e"]); return set;                 // zer (also izafat -e)
            case '\u064F': set.UnionWith(["", "u", "o"]); return set;                 // pesh
            case '\u064B': set.UnionWith(["", "n", "an", "un", "in"]); return set;    // tanween fath (fauran)
            case '\u0670': set.UnionWith(["", "a", "aa"]); return set;                // superscript alef (Isa, Musa)
            case '\u0651':                                                            // shadda: the consonant again
                set.Add("");
                foreach (char l in "bcdfghjklmnpqrstvwxyz")
                {
                    set.Add(l.ToString());
                }

                return set;
        }

        string[] pre = [""];
        string[] cores;
        bool doubled = true;
        switch (c)
        {
            case 'ا' or 'ع' or 'ء' or 'ئ' or 'ؤ' or 'آ':
                cores = c switch { 'آ' => ["", "a"], 'ئ' => ["", "y", "h"], 'ؤ' => ["", "w", "v"], 'ء' => ["", "y"], _ => [""] };
                pre = s_preVowels;
                doubled = false;
                break;
            case 'و':
                cores = ["", "w", "v"];
                pre = s_preVowels;
                doubled = false;
                break;
            case 'ی':
                cores = ["", "y"];
                doubled = false;
                break;
            case 'ے' or 'ۓ':
                cores = [""];
                doubled = false;
                break;
            case 'ہ':
                cores = final ? ["", "h", "t"] : ["h"];
                doubled = false;
                break;
            case 'ھ':
                cores = ["h", ""];
                doubled = false;
                break;
            case 'ں':
                cores = ["n", ""];
                doubled = false;
                break;
            default:
                cores = Cores(c, aspirated);
                break;
        }

        foreach (string p in pre)
        {
            foreach (string core in cores)
            {
                for (int d = 0; d < (doubled && core.Length > 0 ? 2 : 1); d++)
                {
                    string body = d == 1 ? core[0] + core : core;
                    foreach (string s in s_suffixes)
                    {
                        string unit = p + body + s;
                        if (unit.Length <= MaxLength)
                        {
                            set.Add(unit);
                        }
                    }
                }
            }
        }

        return set;
    }
}
