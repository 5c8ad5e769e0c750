namespace UrduText;

/// <summary>What a <see cref="UrduToken"/> is.</summary>
public enum UrduTokenKind : byte
{
    /// <summary>A word in Urdu or another Arabic-script language, with its marks, ZWNJ between letters and <c>_</c> joins.</summary>
    Word,
    /// <summary>A word in Latin script.</summary>
    LatinWord,
    /// <summary>A number in ASCII, Urdu or Arabic-Indic digits, with decimal and grouping separators inside (<c>1,500</c>, <c>۲۲٫۵</c>).</summary>
    Number,
    /// <summary>Punctuation: ۔ ؟ ، ؛ and their Latin counterparts, quotes, brackets, dashes.</summary>
    Punctuation,
    /// <summary>A symbol: currency, math, %, ٪, the honorific ligatures ﷺ.</summary>
    Symbol,
    /// <summary>A URL, with or without a scheme.</summary>
    Url,
    /// <summary>An e-mail address.</summary>
    Email,
    /// <summary>An <c>@mention</c>.</summary>
    Mention,
    /// <summary>A <c>#hashtag</c>, Urdu or Latin.</summary>
    Hashtag,
    /// <summary>An emoji sequence: ZWJ families, flags, skin tones, keycaps.</summary>
    Emoji,
    /// <summary>Anything else: lone surrogates, controls, unassigned code points, letters of scripts other than Arabic and Latin.</summary>
    Other,
}
