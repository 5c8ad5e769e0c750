namespace UrduText;

/// <summary>Layout choices for <see cref="UrduSentenceSegmenter"/>. Combine with <c>|</c>.</summary>
[Flags]
public enum UrduSegmentationOptions
{
    /// <summary>
    /// The default: every line break ends a sentence (Urdu news and web text put one paragraph, headline or caption per
    /// line, and headlines carry no terminator); ، and ؛ never end one.
    /// </summary>
    None = 0,

    /// <summary>
    /// For hard-wrapped text: a single line break is read as a space, so a sentence may span lines.
    /// A blank line (or U+2029 PARAGRAPH SEPARATOR) still ends a sentence.
    /// </summary>
    JoinLines = 1,

    /// <summary>Also split clauses: ARABIC COMMA ، U+060C and ARABIC SEMICOLON ؛ U+061B end a segment.</summary>
    SplitClauses = 2,

    /// <summary>
    /// Turns off the spaced-dash rule: a dash (<c>-</c> U+002D, <c>–</c> U+2013, <c>—</c> U+2014) then never ends a sentence.
    /// By default a spaced dash after Urdu words ends one in text that spaces its full stops (<c>ہے ۔</c>, treebank style):
    /// <c>… قرار دیا - ان کا کہنا ہے …</c> is two sentences; datelines, ranges and dash pairs never are.
    /// </summary>
    IgnoreSpacedDashes = 4,
}
