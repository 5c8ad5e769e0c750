using System.Runtime.CompilerServices;
using UrduText.Internal;

namespace UrduText;

/// <summary>Enumerates the tokens of a text (the <c>SpanLineEnumerator</c> shape). Obtain it from <see cref="UrduTokenizer.EnumerateTokens(ReadOnlySpan{char})"/>.</summary>
/// <remarks>Enumerating allocates nothing; whitespace between tokens is skipped.</remarks>
public ref struct TokenEnumerator
{
    readonly ReadOnlySpan<char> _text;
    readonly UrduTokenKinds _kinds;
    UrduToken _current;
    TokenCursor _cursor;

    internal TokenEnumerator(ReadOnlySpan<char> text, UrduTokenKinds kinds)
    {
        _text = text;
        _kinds = kinds;
        _current = default;
        _cursor = TokenCursor.Create();
    }

    /// <summary>The current token.</summary>
    public readonly UrduToken Current => _current;

    /// <summary>The text of the current token: <c>text[Current.Range]</c>.</summary>
    public readonly ReadOnlySpan<char> CurrentText => _text.Slice(_current.Start, _current.Length);

    /// <summary>Returns this enumerator, so that it works in <c>foreach</c>.</summary>
    /// <returns>This enumerator.</returns>
    public readonly TokenEnumerator GetEnumerator() => this;

    /// <summary>Advances to the next token (of the requested kinds).</summary>
    /// <returns><see langword="false"/> at the end of the text.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MoveNext()
    {
        UrduToken token;
        while ((token = _cursor.Read(_text)).Length != 0)
        {
            if (((uint)_kinds & (1u << (int)token.Kind)) != 0)
            {
                _current = token;
                return true;
            }
        }

        return false;
    }
}
