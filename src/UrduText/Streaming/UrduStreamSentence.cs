namespace UrduText;

/// <summary>A sentence read from a stream: where it starts in the input and its text.</summary>
/// <param name="Start">Offset of the first UTF-16 code unit from the start of the input.</param>
/// <param name="Text">The sentence, trimmed of surrounding white space.</param>
public readonly record struct UrduStreamSentence(long Start, string Text);
