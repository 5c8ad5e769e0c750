namespace UrduText.Tests.Properties;

/// <summary>
/// The hard parts of Urdu text as small pieces, by category. Shared by the property-test generators (CsCheck) and the
/// fuzz harness (which maps input bytes onto these pieces), so that both favour what breaks text code.
/// </summary>
public static class HardPieces
{
    /// <summary>Real Urdu words (from the sample article and common function words), including aspirates and ZWNJ compounds.</summary>
    public static readonly string[] UrduWords =
    [
        "روسی", "صدر", "پوتن", "نے", "شمالی", "کوریا", "کے", "دورے", "کی", "دعوت", "قبول", "کرلی", "بھی", "ہیں", "ہے", "میں",
        "پاکستان", "ڈاکٹر", "تھے", "چھوٹا", "گھر", "اُنہوں", "کہ", "یہ", "وہ", "ممالک", "درمیان", "فوجی", "تعاون", "ٹیلی\u200Cویژن",
        "خوش\u200Cگوار", "ضرورت", "آئے", "گئے", "جائیں", "سؤال", "مؤرخ", "اِس", "قرآن", "اللہ", "ﷺ", "ڈھونڈنا", "پڑھتا", "کریں_گے",
    ];

    /// <summary>Arabic-keyboard spellings and letters the normalizer maps (ي ك ه ة ى ۀ and the heh that means do-chashmi).</summary>
    public static readonly string[] ArabicSpellings =
    [
        "\u064A", "\u0643", "\u0647", "\u0629", "\u0649", "\u06C0", "\u06AA", "\u06D5", "\u0678",
        "\u0628\u0647\u064A", "\u0643\u062A\u0627\u0628", "\u0639\u0644\u064A", "\u0645\u0643\u0647",
    ];

    /// <summary>Combining marks: harakat, superscript alef, hamza/madda above and below, Quranic marks.</summary>
    public static readonly string[] Marks =
    [
        "\u064B", "\u064C", "\u064D", "\u064E", "\u064F", "\u0650", "\u0651", "\u0652", "\u0653", "\u0654", "\u0655", "\u0656",
        "\u0657", "\u0658", "\u0670", "\u06D6", "\u06E1", "\u06ED", "\u0651\u064E", "\u064E\u0651", "\u0301",
    ];

    /// <summary>Presentation forms (PDF text), including lam-alef ligatures and the symbol ligatures.</summary>
    public static readonly string[] PresentationForms =
    [
        "\uFB50", "\uFB56", "\uFB58", "\uFB8E", "\uFBA6", "\uFBA9", "\uFBAE", "\uFBFC", "\uFBFE", "\uFE8D", "\uFE91", "\uFEDF",
        "\uFEFB", "\uFEF5", "\uFDF2", "\uFDFA", "\uFDFB", "\uFDFD", "\uFDFC", "\uFC5E", "\uFE70", "\uFE7C", "\uFE80",
    ];

    /// <summary>Invisible characters: ZWNJ, ZWJ, bidi controls, ZWSP, BOM, soft hyphen, tatweel, word joiner.</summary>
    public static readonly string[] Invisibles =
    [
        "\u200C", "\u200D", "\u200E", "\u200F", "\u061C", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067",
        "\u2068", "\u2069", "\u200B", "\uFEFF", "\u00AD", "\u0640", "\u0640\u0640\u0640", "\u2060",
    ];

    /// <summary>Numbers in the three digit systems, with decimal and grouping separators.</summary>
    public static readonly string[] Numbers =
    [
        "0", "7", "13", "2023", "1,500", "3.5", "۰", "۱۳", "۲۰۲۳", "۲۲٫۵", "۱٬۵۰۰", "٠", "١٣", "٢٠٢٣", "٣٫٥", "12:30", "10%", "٪۵۰",
        "1.2.3", "۱۲۳۴۵۶۷۸۹", "-5", "+92", "03001234567",
    ];

    /// <summary>Emoji sequences: ZWJ families, flags, skin tones, keycaps, tag flags, and broken ones.</summary>
    public static readonly string[] Emoji =
    [
        "\U0001F44D", "\U0001F44D\U0001F3FD", "\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466", "\U0001F1F5\U0001F1F0",
        "\U0001F3F3\uFE0F\u200D\U0001F308", "#\uFE0F\u20E3", "1\uFE0F\u20E3", "\u2764\uFE0F", "\u2764",
        "\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F", "\U0001F1F5", "\U0001F600\u200D", "\u200D\U0001F600",
        "\U0001F3FD", "\U0001F602\U0001F602\U0001F602", "\u263A\uFE0E",
    ];

    /// <summary>URLs, e-mails, mentions and hashtags, Latin and Urdu.</summary>
    public static readonly string[] WebTokens =
    [
        "https://www.independenturdu.com/node/148596", "www.bbc.com/urdu", "express.pk", "http://x.pk/?q=اردو&a=1", "https://example.com.",
        "user@example.com", "علی@مثال.پاکستان", "@imrankhan", "@", "#پاکستان", "#ہیش_ٹیگ", "#", "ftp://a.b", "https://a.com/(x)",
        "mailto:a@b.pk", "a.b", "http://", "www.", "https://ur.wikipedia.org/wiki/اردو",
    ];

    /// <summary>Quotes and brackets in both directions, as Urdu news text uses them.</summary>
    public static readonly string[] Quotes = ["\"", "'", "\u2018", "\u2019", "\u201C", "\u201D", "\u00AB", "\u00BB", "(", ")", "[", "]", "{", "}", "\u2039", "\u203A"];

    /// <summary>Sentence terminators and other punctuation, Urdu and Latin.</summary>
    public static readonly string[] Punctuation =
    [
        "\u06D4", "\u061F", "\u060C", "\u061B", ".", "?", "!", ",", ";", ":", "-", "\u2014", "\u2026", "...", "!!", "?!", "\u06D4\u06D4",
        "/", "\u066A", "\u203C", "_", "*", "&", "\u066B", "\u066C",
    ];

    /// <summary>Line breaks of every kind.</summary>
    public static readonly string[] LineBreaks = ["\n", "\r\n", "\r", "\u2028", "\u2029", "\u0085", "\n\n", "\u000B", "\u000C"];

    /// <summary>Spaces: ASCII, tab, no-break, thin, ideographic, and runs.</summary>
    public static readonly string[] Spaces = [" ", " ", " ", "  ", "\t", "\u00A0", "\u2009", "\u202F", "\u3000", "   "];

    /// <summary>Lone and reversed surrogates, noncharacters and controls.</summary>
    public static readonly string[] Broken = ["\uD800", "\uDC00", "\uDBFF", "\uDC00\uD800", "\uFFFD", "\uFFFF", "\u0000", "\u0007", "\u001B", "\u009F", "\uE000"];

    /// <summary>Latin words and abbreviations that look like sentence ends.</summary>
    public static readonly string[] LatinWords = ["Putin", "Kim", "U.S.", "Dr.", "e.g.", "NATO", "iPhone", "COVID-19", "ABC", "x", "Mr.", "etc.", "ÄÖÜ", "naïve"];

    /// <summary>Urdu abbreviations and honorifics that contain a dot or a terminator.</summary>
    public static readonly string[] UrduAbbreviations = ["ڈاکٹر.", "ص۔", "ق۔م", "ء", "ع", "رح", "ڈی۔آئی۔جی", "پی.ٹی.آئی"];

    /// <summary>Every category, in a fixed order (the fuzz harness indexes into it).</summary>
    public static readonly string[][] All =
    [
        UrduWords, ArabicSpellings, Marks, PresentationForms, Invisibles, Numbers, Emoji, WebTokens, Quotes, Punctuation, LineBreaks,
        Spaces, Broken, LatinWords, UrduAbbreviations,
    ];
}
