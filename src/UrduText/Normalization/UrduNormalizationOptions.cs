namespace UrduText;

/// <summary>
/// The rules <see cref="UrduNormalizer"/> applies, each a switch. <see cref="Default"/> preserves meaning;
/// <see cref="Search"/> adds the folds that make matching forgiving. See docs/normalization.md for every code point.
/// </summary>
[Flags]
public enum UrduNormalizationOptions
{
    /// <summary>No rule: the text is returned unchanged.</summary>
    None = 0,
    /// <summary>D1: Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) become Urdu base letters.</summary>
    PresentationForms = 1 << 0,
    /// <summary>D2: Arabic letters become their Urdu counterparts (ي ى → ی, ك ڪ → ک, ه ە → ہ, ة → ۃ, ۀ → ۂ, ٸ → ئ).</summary>
    ArabicLetters = 1 << 1,
    /// <summary>D2a: Arabic heh after an aspirable consonant becomes do-chashmi ھ where that gives the common Urdu word (بهی → بھی).</summary>
    DoChashmiRestoration = 1 << 2,
    /// <summary>D3: Arabic-Indic digits U+0660–U+0669 become Urdu digits U+06F0–U+06F9.</summary>
    ArabicIndicDigits = 1 << 3,
    /// <summary>D4: a letter followed by a combining hamza or madda is composed (ا + U+0653 → آ, ی + U+0654 → ئ, …).</summary>
    ComposeHamzaAndMadda = 1 << 4,
    /// <summary>D5: invisible characters are removed (tatweel, ZWSP, BOM, soft hyphen, bidi controls, stray ZWNJ/ZWJ).</summary>
    RemoveInvisibles = 1 << 5,
    /// <summary>D6: exotic spaces and tabs become a space, runs of spaces collapse, lines are trimmed, CRLF and CR become LF.</summary>
    Whitespace = 1 << 6,
    /// <summary>D7: combining marks are put in canonical (NFC) order.</summary>
    CanonicalMarkOrder = 1 << 7,
    /// <summary>S1: diacritics (harakat, superscript alef, Quranic marks) are removed; hamza and madda of composed letters stay.</summary>
    RemoveDiacritics = 1 << 8,
    /// <summary>S2: Urdu and Arabic-Indic digits become ASCII digits.</summary>
    AsciiDigits = 1 << 9,
    /// <summary>S3: ZWNJ U+200C is removed everywhere.</summary>
    RemoveZwnj = 1 << 10,
    /// <summary>S4: Latin letters are lower-cased.</summary>
    LowercaseLatin = 1 << 11,
    /// <summary>Optional: Latin <c>?</c> <c>,</c> <c>;</c> in Urdu context become ؟ ، ؛.</summary>
    UrduPunctuation = 1 << 12,
    /// <summary>Optional: spacing repair around punctuation, between digits and Urdu letters, and at script changes.</summary>
    SpacingRepair = 1 << 13,
    /// <summary>Optional: symbol ligatures (ﷺ ﷻ ﷽ ﷼) are expanded into the words they stand for.</summary>
    ExpandSymbolLigatures = 1 << 14,
    /// <summary>Optional: ASCII and Arabic-Indic digits become Urdu digits (the other digit target).</summary>
    UrduDigits = 1 << 15,

    /// <summary>The meaning-preserving profile: D1–D7.</summary>
    Default = PresentationForms | ArabicLetters | DoChashmiRestoration | ArabicIndicDigits | ComposeHamzaAndMadda
        | RemoveInvisibles | Whitespace | CanonicalMarkOrder,
    /// <summary>The search profile: <see cref="Default"/> plus S1–S4.</summary>
    Search = Default | RemoveDiacritics | AsciiDigits | RemoveZwnj | LowercaseLatin,
}
