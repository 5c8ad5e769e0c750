namespace UrduText;

/// <summary>Enumerates the tokens of a text (the <c>SpanLineEnumerator</c> shape). Obtain it from <see cref="UrduTokenizer.EnumerateTokens"/>.</summary>
public ref struct TokenEnumerator
{
    readonly ReadOnlySpan<char> _text;
    UrduToken _current;

    internal TokenEnumerator(ReadOnlySpan<char> text)
    {
        _text = text;
        _current = default;
    }

    /// <summary>The current token.</summary>
    public readonly UrduToken Current => _current;

    /// <summary>Returns this enumerator, so that it works in <c>foreach</c>.</summary>
    /// <returns>This enumerator.</returns>
    public readonly TokenEnumerator GetEnumerator() => this;

    /// <summary>Advances to the next token.</summary>
    /// <returns><see langword="false"/> at the end of the text.</returns>
    public bool MoveNext() => throw new NotImplementedException();
}
