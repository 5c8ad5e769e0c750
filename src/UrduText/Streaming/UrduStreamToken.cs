namespace UrduText;

/// <summary>A token read from a stream: where it starts in the input, its text and its kind.</summary>
/// <param name="Start">Offset of the first UTF-16 code unit from the start of the input.</param>
/// <param name="Text">The token's text.</param>
/// <param name="Kind">What the token is.</param>
public readonly record struct UrduStreamToken(long Start, string Text, UrduTokenKind Kind);
