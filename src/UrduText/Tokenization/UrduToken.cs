namespace UrduText;

/// <summary>A token: a range of the input text and its kind. Slice the text with <see cref="Range"/>.</summary>
/// <param name="Start">Index of the first UTF-16 code unit.</param>
/// <param name="Length">Length in UTF-16 code units (always at least 1).</param>
/// <param name="Kind">What the token is.</param>
public readonly record struct UrduToken(int Start, int Length, UrduTokenKind Kind)
{
    /// <summary>Index just past the token.</summary>
    public int End => Start + Length;

    /// <summary>The token's range in the input, for <c>text[token.Range]</c>.</summary>
    public Range Range => new(Start, Start + Length);
}
