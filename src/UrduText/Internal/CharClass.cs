namespace UrduText.Internal;

/// <summary>
/// The one character classification every stage reads (normalizer, tokenizer, segmenter, transliterator).
/// Values are generated into <see cref="CharClassTable"/> by <c>tools/UrduText.Generators</c>.
/// </summary>
/// <remarks>
/// The order is part of the contract: letters and digits are contiguous so that
/// <see cref="CharClasses.IsLetter"/> and <see cref="CharClasses.IsDigit"/> are one comparison each.
/// </remarks>
internal enum CharClass : byte
{
    /// <summary>Unassigned, private use, or anything not listed below.</summary>
    Other = 0,
    /// <summary>C0/C1 controls other than tab and line breaks.</summary>
    Control,
    /// <summary>Space separators (Zs) and tab.</summary>
    Space,
    /// <summary>LF, VT, FF, CR, NEL U+0085, LINE SEPARATOR U+2028, PARAGRAPH SEPARATOR U+2029.</summary>
    LineBreak,
    /// <summary>Invisible format characters (Cf) other than ZWNJ and ZWJ: bidi controls, ZWSP, BOM, soft hyphen.</summary>
    Format,
    /// <summary>ZERO WIDTH NON-JOINER U+200C.</summary>
    ZeroWidthNonJoiner,
    /// <summary>ZERO WIDTH JOINER U+200D.</summary>
    ZeroWidthJoiner,
    /// <summary>ARABIC TATWEEL U+0640 (kashida).</summary>
    Tatweel,
    /// <summary>Nonspacing, spacing and enclosing marks (Mn, Mc, Me), e.g. zabar U+064E, superscript alef U+0670.</summary>
    CombiningMark,
    /// <summary>Variation selectors U+FE00–U+FE0F (VS16 turns a symbol into an emoji).</summary>
    VariationSelector,
    /// <summary>Emoji skin-tone modifiers U+1F3FB–U+1F3FF.</summary>
    EmojiModifier,
    /// <summary>Regional indicators U+1F1E6–U+1F1FF (flags are pairs of them).</summary>
    RegionalIndicator,
    /// <summary>Emoji tag characters U+E0020–U+E007F (subdivision flags).</summary>
    EmojiTag,

    /// <summary>A letter of the Urdu alphabet (including its hamza forms, ھ, ں, ے, ۃ, ۂ, ۓ).</summary>
    UrduLetter,
    /// <summary>An Arabic-script letter that is not part of the Urdu alphabet (ي ك ه ة ى ۀ, Persian, Sindhi, Pashto letters).</summary>
    ArabicLetter,
    /// <summary>An Arabic presentation-form letter or ligature (U+FB50–U+FDFF, U+FE70–U+FEFC) other than the symbol ligatures.</summary>
    PresentationFormLetter,
    /// <summary>A Latin-script letter.</summary>
    LatinLetter,
    /// <summary>A letter of any other script.</summary>
    OtherLetter,

    /// <summary>ASCII digits 0–9.</summary>
    AsciiDigit,
    /// <summary>Extended Arabic-Indic (Urdu) digits U+06F0–U+06F9.</summary>
    UrduDigit,
    /// <summary>Arabic-Indic digits U+0660–U+0669.</summary>
    ArabicIndicDigit,
    /// <summary>Decimal digits of other scripts.</summary>
    OtherDigit,

    /// <summary>Sentence terminators: . ! ? ۔ U+06D4 ؟ U+061F … U+2026 ‼ ⁇ ⁈ ⁉ 。.</summary>
    Terminator,
    /// <summary>Opening brackets (Ps).</summary>
    OpeningBracket,
    /// <summary>Closing brackets (Pe).</summary>
    ClosingBracket,
    /// <summary>Quotation marks, either direction (Urdu news text opens with ’ and closes with ‘ as often as the reverse).</summary>
    Quote,
    /// <summary>Other punctuation: ، ؛ , ; : - / and so on.</summary>
    Punctuation,
    /// <summary>Connector punctuation (Pc), e.g. the underscore that joins <c>کریں_گے</c>.</summary>
    Connector,
    /// <summary>Math, currency, modifier and other symbols that are not emoji, and the Arabic honorific ligatures ﷺ ﷻ ﷽.</summary>
    Symbol,
    /// <summary>Extended_Pictographic characters (emoji bases).</summary>
    Emoji,

    /// <summary>A UTF-16 high surrogate; the code point it starts is classified separately.</summary>
    HighSurrogate,
    /// <summary>A UTF-16 low surrogate (on its own, it is a lone surrogate).</summary>
    LowSurrogate,
}
