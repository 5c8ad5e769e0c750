using System.Runtime.CompilerServices;
using UrduText.Internal;

namespace UrduText.Normalization;

/// <summary>
/// The normalization rules compiled for one set of options: per code unit, whether it can change at all, what it maps to,
/// and whether the mapping depends on what surrounds it. Every fast path is built from these answers
/// (<see cref="BuildScanTable"/> for the canonical scan and <see cref="CanonicalPrefilter"/>, <see cref="BuildSimpleTables"/>
/// for the fast loop and <see cref="SimpleBlocks"/>) and the general loop in <c>UrduNormalizer.Core</c> calls them, so a
/// new rule is one edit here plus its golden rows (docs/normalization.md lists every rule code point by code point).
/// </summary>
/// <remarks>A readonly struct held in a readonly field of the normalizer: reading a flag costs what a field of the
/// normalizer itself would.</remarks>
internal readonly partial struct NormalizationRules
{
    /// <summary>Every option bit that names a rule.</summary>
    internal const UrduNormalizationOptions AllOptions = UrduNormalizationOptions.Search | UrduNormalizationOptions.UrduPunctuation
        | UrduNormalizationOptions.SpacingRepair | UrduNormalizationOptions.ExpandSymbolLigatures | UrduNormalizationOptions.UrduDigits;

    const int ExpandedLigatureMaxLength = 22; // ﷽ → بسم اللہ الرحمن الرحیم

    /// <summary>D1 presentation forms → letters.</summary>
    internal readonly bool D1;

    /// <summary>D2 Arabic letters → Urdu letters.</summary>
    internal readonly bool D2;

    /// <summary>D2a do-chashmi restoration: an Arabic heh is decided with its whole word.</summary>
    internal readonly bool D2a;

    /// <summary>D3 Arabic-Indic digits → Urdu digits.</summary>
    internal readonly bool D3;

    /// <summary>D4 base + hamza/madda → the precomposed letter.</summary>
    internal readonly bool D4;

    /// <summary>D5 invisible format characters and kashida removed.</summary>
    internal readonly bool D5;

    /// <summary>D6 whitespace: spaces collapsed, trimmed, CR LF → LF.</summary>
    internal readonly bool D6;

    /// <summary>D7 marks in canonical order.</summary>
    internal readonly bool D7;

    /// <summary>S1 diacritics removed.</summary>
    internal readonly bool S1;

    /// <summary>S2 digits → ASCII.</summary>
    internal readonly bool S2;

    /// <summary>S3 ZWNJ removed.</summary>
    internal readonly bool S3;

    /// <summary>S4 Latin lower-cased.</summary>
    internal readonly bool S4;

    /// <summary><c>? , ;</c> → <c>؟ ، ؛</c> after Urdu.</summary>
    internal readonly bool UrduPunctuation;

    /// <summary>Spaces inserted between scripts and after Urdu punctuation.</summary>
    internal readonly bool Spacing;

    /// <summary>ﷺ ﷻ ﷼ ﷽ written out.</summary>
    internal readonly bool ExpandSymbols;

    /// <summary>ASCII and Arabic-Indic digits → Urdu digits (off under S2).</summary>
    internal readonly bool UrduDigits;

    /// <summary>Whether spaces are held back until what follows them is known (D6 or spacing repair).</summary>
    internal readonly bool HandleSpaces;

    /// <summary>Whether a lone surrogate becomes U+FFFD: removing a character between a lone high and a lone low surrogate would fuse them into a different code point.</summary>
    internal readonly bool ReplaceLoneSurrogates;

    /// <summary>Whether the fast loop may run: spacing repair and Urdu punctuation look at neighbours everywhere.</summary>
    internal readonly bool FastRuns;

    /// <summary>Bit per <see cref="CharClass"/>: the classes some rule may change; every other class is never changed.</summary>
    internal readonly uint Attention;

    /// <summary>Bit per <see cref="CharClass"/>: the classes copied without looking at their neighbours.</summary>
    internal readonly uint Simple;

    /// <summary>Compiles <paramref name="options"/> (already checked to hold only bits of <see cref="AllOptions"/>).</summary>
    /// <param name="options">The rules to apply.</param>
    internal NormalizationRules(UrduNormalizationOptions options)
    {
        D1 = Has(options, UrduNormalizationOptions.PresentationForms);
        D2 = Has(options, UrduNormalizationOptions.ArabicLetters);
        D2a = Has(options, UrduNormalizationOptions.DoChashmiRestoration);
        D3 = Has(options, UrduNormalizationOptions.ArabicIndicDigits);
        D4 = Has(options, UrduNormalizationOptions.ComposeHamzaAndMadda);
        D5 = Has(options, UrduNormalizationOptions.RemoveInvisibles);
        D6 = Has(options, UrduNormalizationOptions.Whitespace);
        D7 = Has(options, UrduNormalizationOptions.CanonicalMarkOrder);
        S1 = Has(options, UrduNormalizationOptions.RemoveDiacritics);
        S2 = Has(options, UrduNormalizationOptions.AsciiDigits);
        S3 = Has(options, UrduNormalizationOptions.RemoveZwnj);
        S4 = Has(options, UrduNormalizationOptions.LowercaseLatin);
        UrduPunctuation = Has(options, UrduNormalizationOptions.UrduPunctuation);
        Spacing = Has(options, UrduNormalizationOptions.SpacingRepair);
        ExpandSymbols = Has(options, UrduNormalizationOptions.ExpandSymbolLigatures);
        UrduDigits = Has(options, UrduNormalizationOptions.UrduDigits) && !S2;
        HandleSpaces = D6 || Spacing;
        ReplaceLoneSurrogates = D5 || S1 || S3;
        FastRuns = !Spacing && !UrduPunctuation;
        Attention = ComputeAttention();
        Simple = ComputeSimple();
    }

    static bool Has(UrduNormalizationOptions options, UrduNormalizationOptions flag) => (options & flag) != 0;

    /// <summary>The most UTF-16 code units one source code unit can become under these options.</summary>
    internal int MaxExpansion
    {
        get
        {
            long perUnit = 1;
            if (D1)
            {
                perUnit = Math.Max(perUnit, NormalizationTables.MaxFormExpansion);
            }

            if (ExpandSymbols)
            {
                perUnit = Math.Max(perUnit, ExpandedLigatureMaxLength);
            }

            if (Spacing)
            {
                perUnit++;
            }

            return (int)perUnit;
        }
    }

    /// <summary>Whether some rule may change code units of class <paramref name="cls"/>.</summary>
    /// <param name="cls">A character class.</param>
    internal bool Attends(CharClass cls) => ((Attention >> (int)cls) & 1) != 0;

    uint ComputeAttention()
    {
        if (Spacing)
        {
            return uint.MaxValue;
        }

        uint a = 0;
        if (D6)
        {
            a |= Bit(CharClass.Space) | Bit(CharClass.LineBreak);
        }

        if (D5)
        {
            a |= Bit(CharClass.Format) | Bit(CharClass.ZeroWidthNonJoiner) | Bit(CharClass.ZeroWidthJoiner) | Bit(CharClass.Tatweel);
        }

        if (S3)
        {
            a |= Bit(CharClass.ZeroWidthNonJoiner);
        }

        if (D4 || D7 || S1)
        {
            // Supplementary marks hide behind their high surrogate.
            a |= Bit(CharClass.CombiningMark) | Bit(CharClass.HighSurrogate);
        }

        if (ReplaceLoneSurrogates)
        {
            a |= Bit(CharClass.HighSurrogate) | Bit(CharClass.LowSurrogate);
        }

        if (D2 || D2a)
        {
            a |= Bit(CharClass.ArabicLetter);
        }

        if (D1)
        {
            a |= Bit(CharClass.PresentationFormLetter);
        }

        if (D3 || S2 || UrduDigits)
        {
            a |= Bit(CharClass.ArabicIndicDigit);
        }

        if (S2)
        {
            a |= Bit(CharClass.UrduDigit);
        }

        if (UrduDigits)
        {
            a |= Bit(CharClass.AsciiDigit);
        }

        if (S4)
        {
            a |= Bit(CharClass.LatinLetter);
        }

        if (ExpandSymbols)
        {
            a |= Bit(CharClass.Symbol);
        }

        if (UrduPunctuation)
        {
            a |= Bit(CharClass.Terminator) | Bit(CharClass.Punctuation);
        }

        return a;

        static uint Bit(CharClass c) => 1u << (int)c;
    }

    // The classes the normalizer copies without looking at their neighbours: never changed by these options and never
    // depending on context. Arabic-script letters are among them only inside words known to hold no Arabic heh (D2a).
    uint ComputeSimple()
    {
        if (!FastRuns)
        {
            return 0;
        }

        uint simple = 0;
        for (var c = CharClass.UrduLetter; c <= CharClass.Emoji; c++)
        {
            simple |= 1u << (int)c;
        }

        simple |= (1u << (int)CharClass.Other) | (1u << (int)CharClass.Control);
        return simple & ~Attention;
    }

    /// <summary>
    /// Whether a code unit is left as it is whatever surrounds it: its class is one no rule changes, or the rules of its
    /// class leave this code unit alone. Attended spaces, line breaks, marks, joiners and surrogates are never stable
    /// here: whether they change depends on their neighbours.
    /// </summary>
    /// <param name="c">A code unit.</param>
    /// <param name="cls">Its class.</param>
    internal bool IsStableAlone(char c, CharClass cls) => !Attends(cls) || (!Spacing && cls switch
    {
        CharClass.Format => !CharPredicates.IsRemovableInvisible(c),
        CharClass.ArabicLetter => MapArabicLetter(c) == c && c != DoChashmi.ArabicHeh, // ARABIC HEH always changes under D2 or D2a
        CharClass.PresentationFormLetter => FormMapping(c).Length == 0,
        CharClass.LatinLetter => char.ToLowerInvariant(c) == c,
        CharClass.Symbol => !IsSymbolLigature(c),
        CharClass.Terminator or CharClass.Punctuation => !IsUrduPunctuationSource(c),
        _ => false,
    });

    /// <summary>True for a code point that becomes exactly one non-mark character whatever surrounds it.</summary>
    /// <param name="c">A BMP code unit that is not a surrogate.</param>
    /// <param name="cls">Its class.</param>
    /// <param name="mapped">What it becomes.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TrySimple(char c, CharClass cls, out char mapped)
    {
        mapped = c;
        if (((Simple >> (int)cls) & 1) != 0)
        {
            return true;
        }

        switch (cls)
        {
            case CharClass.ArabicLetter when D2 && (c != DoChashmi.ArabicHeh || !D2a):
                mapped = MapArabicLetter(c);
                return true;
            case CharClass.PresentationFormLetter when D1:
                ReadOnlySpan<char> form = FormMapping(c);
                if (form.Length == 1 && CharClasses.IsLetter(CharClasses.Of(form[0])))
                {
                    mapped = form[0];
                    return true;
                }

                return form.Length == 0;
            case CharClass.ArabicIndicDigit or CharClass.UrduDigit or CharClass.AsciiDigit:
                mapped = MapDigit(c, cls);
                return true;
            case CharClass.LatinLetter:
                mapped = S4 ? char.ToLowerInvariant(c) : c;
                return true;
            default:
                return false;
        }
    }

    /// <summary>D3, S2 and Urdu digits: what a digit of class <paramref name="cls"/> becomes.</summary>
    /// <param name="c">An Arabic-Indic, Urdu or ASCII digit.</param>
    /// <param name="cls">Its class.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal char MapDigit(int c, CharClass cls) => (char)(cls switch
    {
        CharClass.ArabicIndicDigit => S2 ? c - '\u0660' + '0' : D3 || UrduDigits ? c - '\u0660' + '\u06F0' : c,
        CharClass.UrduDigit => S2 ? c - '\u06F0' + '0' : c,
        _ => UrduDigits ? c - '0' + '\u06F0' : c,
    });

    /// <summary>D2: the Urdu letter for an Arabic one (U+0647 is decided by D2a when that rule is on).</summary>
    /// <param name="c">An Arabic letter.</param>
    internal char MapArabicLetter(char c)
    {
        if (!D2)
        {
            return c;
        }

        return c switch
        {
            '\u064A' => '\u06CC', // ي ARABIC YEH → ی FARSI YEH: the Urdu yeh (Arabic keyboards)
            '\u0649' => '\u06CC', // ى ALEF MAKSURA → ی: Urdu writes final yeh as ی
            '\u0643' => '\u06A9', // ك ARABIC KAF → ک KEHEH: the Urdu kaf
            '\u06AA' => '\u06A9', // ڪ SWASH KAF → ک: Sindhi-keyboard kaf
            '\u0647' => '\u06C1', // ه ARABIC HEH → ہ HEH GOAL (unless D2a decides ھ)
            '\u06D5' => '\u06C1', // ە AE → ہ: Kurdish/Uighur letter typed for heh goal
            '\u0629' => '\u06C3', // ة TEH MARBUTA → ۃ TEH MARBUTA GOAL: the Urdu form
            '\u06C0' => '\u06C2', // ۀ HEH WITH YEH ABOVE → ۂ HEH GOAL WITH HAMZA ABOVE: the Urdu izafat heh
            '\u0678' => '\u0626', // ٸ HIGH HAMZA YEH → ئ YEH WITH HAMZA ABOVE
            _ => c,
        };
    }

    /// <summary>D4: the precomposed letter for base + hamza/madda, or 0.</summary>
    /// <param name="baseChar">The base letter.</param>
    /// <param name="mark">The mark after it.</param>
    internal char Compose(char baseChar, char mark) => (baseChar, mark) switch
    {
        ('\u0627', '\u0653') => '\u0622', // ا + MADDA → آ
        ('\u0627', '\u0654') => '\u0623', // ا + HAMZA ABOVE → أ
        ('\u0627', '\u0655') => '\u0625', // ا + HAMZA BELOW → إ (NFC)
        ('\u0648', '\u0654') => '\u0624', // و + HAMZA ABOVE → ؤ
        ('\u06CC', '\u0654') => '\u0626', // ی + HAMZA ABOVE → ئ (no NFC composition exists)
        ('\u064A', '\u0654') => '\u0626', // ي + HAMZA ABOVE → ئ (NFC, when D2 is off)
        ('\u06C1', '\u0654') => '\u06C2', // ہ + HAMZA ABOVE → ۂ
        ('\u06D5', '\u0654') => '\u06C0', // ە + HAMZA ABOVE → ۀ (NFC, when D2 is off)
        ('\u06D2', '\u0654') => '\u06D3', // ے + HAMZA ABOVE → ۓ
        ('\u0647', '\u0654') when D2 || D2a => '\u06C2', // Arabic heh with hamza is the izafat ۂ, never do-chashmi
        _ => '\0',
    };

    /// <summary>D4: the marks that compose with a base letter, madda above U+0653, hamza above U+0654, hamza below U+0655.</summary>
    /// <param name="c">A code point.</param>
    internal static bool IsComposingMark(int c) => c is '\u0653' or '\u0654' or '\u0655';

    /// <summary>The ASCII punctuation the Urdu-punctuation rule replaces after Urdu: <c>? , ;</c>.</summary>
    /// <param name="c">A code point.</param>
    internal static bool IsUrduPunctuationSource(int c) => c is '?' or ',' or ';';

    /// <summary>What <see cref="IsUrduPunctuationSource"/> punctuation becomes after Urdu.</summary>
    /// <param name="c">One of <c>? , ;</c>.</param>
    internal static char ToUrduPunctuation(int c) => c switch
    {
        '?' => '\u061F', // ؟ ARABIC QUESTION MARK
        ',' => '\u060C', // ، ARABIC COMMA
        _ => '\u061B', // ؛ ARABIC SEMICOLON
    };

    /// <summary>Whether the code point before some punctuation makes it Urdu (an Arabic-script letter).</summary>
    /// <param name="cls">The class of the last code point written, spaces excluded.</param>
    internal static bool IsUrduContext(CharClass cls) => CharClasses.IsArabicScriptLetter(cls);

    /// <summary>Spacing repair: the Urdu punctuation after which a letter needs a space (، ؛ ؟ ۔ !).</summary>
    /// <param name="c">A code unit.</param>
    internal static bool IsSpaceBeforeForbidden(char c) => c is '\u060C' or '\u061B' or '\u061F' or '\u06D4' or '!';

    /// <summary>S1: the diacritics the search profile removes.</summary>
    /// <param name="c">A code point.</param>
    internal static bool IsDiacritic(int c) => c is (>= 0x064B and <= 0x065F) or 0x0670 or (>= 0x0610 and <= 0x061A) or (>= 0x06D6 and <= 0x06ED);

    /// <summary>The symbol ligatures ﷺ ﷻ ﷼ ﷽ (U+FDFA–U+FDFD).</summary>
    /// <param name="c">A code point.</param>
    internal static bool IsSymbolLigature(int c) => c is >= 0xFDFA and <= 0xFDFD;

    /// <summary>Optional: the words a symbol ligature stands for, in Urdu spelling.</summary>
    /// <param name="c">A symbol ligature.</param>
    internal static ReadOnlySpan<char> SymbolExpansion(int c) => c switch
    {
        0xFDFA => "\u0635\u0644\u06CC \u0627\u0644\u0644\u06C1 \u0639\u0644\u06CC\u06C1 \u0648\u0633\u0644\u0645", // ﷺ صلی اللہ علیہ وسلم
        0xFDFB => "\u062C\u0644 \u062C\u0644\u0627\u0644\u06C1", // ﷻ جل جلالہ
        0xFDFC => "\u0631\u06CC\u0627\u0644", // ﷼ ریال
        0xFDFD => "\u0628\u0633\u0645 \u0627\u0644\u0644\u06C1 \u0627\u0644\u0631\u062D\u0645\u0646 \u0627\u0644\u0631\u062D\u06CC\u0645", // ﷽ بسم اللہ الرحمن الرحیم
        _ => default,
    };

    /// <summary>D1: what a presentation form becomes (generated from the Unicode decompositions), or empty.</summary>
    /// <param name="c">A code unit.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ReadOnlySpan<char> FormMapping(char c)
    {
        int slot;
        if ((uint)(c - NormalizationTables.FormsAStart) <= NormalizationTables.FormsAEnd - NormalizationTables.FormsAStart)
        {
            slot = c - NormalizationTables.FormsAStart;
        }
        else if ((uint)(c - NormalizationTables.FormsBStart) <= NormalizationTables.FormsBEnd - NormalizationTables.FormsBStart)
        {
            slot = NormalizationTables.FormsAEnd - NormalizationTables.FormsAStart + 1 + c - NormalizationTables.FormsBStart;
        }
        else
        {
            return default;
        }

        uint entry = NormalizationTables.FormIndex[slot];
        return NormalizationTables.Pool.Slice((int)(entry >> 4), (int)(entry & 0xF));
    }

    /// <summary>D7: the canonical combining class of a code point (generated).</summary>
    /// <param name="cp">A code point.</param>
    internal static int CombiningClass(int cp)
    {
        int i = NormalizationTables.CombiningClassStarts.BinarySearch(cp);
        if (i < 0)
        {
            i = ~i - 1;
        }

        return i >= 0 && cp <= NormalizationTables.CombiningClassEnds[i] ? NormalizationTables.CombiningClassValues[i] : 0;
    }

    /// <summary>
    /// D2a: whether a code point of class <paramref name="cls"/> continues a word (letters, marks, removed invisibles:
    /// ZWSP is part of the word here, the choice explained on <see cref="CharPredicates"/>).
    /// </summary>
    /// <param name="c">A code unit.</param>
    /// <param name="cls">Its class (of the whole code point for a surrogate pair).</param>
    internal bool IsWordPart(char c, CharClass cls)
        => CharClasses.IsArabicScriptLetter(cls) || cls == CharClass.CombiningMark
            || (D5 && (cls is CharClass.Tatweel or CharClass.ZeroWidthJoiner || (cls == CharClass.Format && CharPredicates.IsRemovableInvisible(c))))
            || (S3 && cls == CharClass.ZeroWidthNonJoiner);
}
