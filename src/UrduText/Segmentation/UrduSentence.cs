namespace UrduText;

/// <summary>A sentence: a range of the input text, trimmed of surrounding whitespace. Slice the text with <see cref="Range"/>.</summary>
/// <param name="Start">Index of the first UTF-16 code unit (never whitespace).</param>
/// <param name="Length">Length in UTF-16 code units (always at least 1; the last code unit is never whitespace).</param>
public readonly record struct UrduSentence(int Start, int Length)
{
    /// <summary>Index just past the sentence.</summary>
    public int End => Start + Length;

    /// <summary>The sentence's range in the input, for <c>text[sentence.Range]</c>.</summary>
    public Range Range => new(Start, Start + Length);
}
