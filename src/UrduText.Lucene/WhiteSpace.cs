namespace UrduText.Lucene;

/// <summary>
/// White space as the core library defines it (the tokenizer skips it, sentences are trimmed of it): space separators
/// (Zs), tab and the line breaks LF VT FF CR NEL U+2028 U+2029.
/// </summary>
/// <remarks>
/// The core's definition (<c>CharPredicates.IsWhiteSpace</c>, docs/characters.md) is internal, and this package sees only
/// UrduText's public API (it may run against a newer UrduText than it was built with). Over UTF-16 code units that
/// definition is exactly <see cref="char.IsWhiteSpace(char)"/>: <c>CharPredicatesTests</c> checks all 65,536, and
/// <c>WhiteSpaceTests</c> checks that <see cref="UrduTokenizer"/> leaves exactly these characters out of its tokens.
/// </remarks>
internal static class WhiteSpace
{
    /// <summary>True when <paramref name="c"/> is white space.</summary>
    public static bool Is(char c) => char.IsWhiteSpace(c);

    /// <summary>The index of the last white-space character of <paramref name="text"/>, or -1 when it has none.</summary>
    public static int LastIndexIn(ReadOnlySpan<char> text)
    {
        for (int i = text.Length - 1; i >= 0; i--)
        {
            if (Is(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
