using System.Buffers;

namespace UrduText;

/// <summary>Splits Urdu text into words, numbers, punctuation, URLs, e-mails, mentions, hashtags and emoji, without allocating.</summary>
public static class UrduTokenizer
{
    /// <summary>Enumerates the tokens of <paramref name="text"/> in order (usable in <c>foreach</c>, no allocation).</summary>
    /// <param name="text">The text to tokenize.</param>
    /// <returns>An enumerator of tokens.</returns>
    public static TokenEnumerator EnumerateTokens(ReadOnlySpan<char> text) => new(text);

    /// <summary>Tokenizes <paramref name="text"/> into a new array.</summary>
    /// <param name="text">The text to tokenize.</param>
    /// <returns>The tokens in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static UrduToken[] Tokenize(string text) => throw new NotImplementedException();

    /// <summary>Writes the tokens of <paramref name="text"/> into <paramref name="destination"/>.</summary>
    /// <param name="text">The text to tokenize.</param>
    /// <param name="destination">Where tokens are written.</param>
    /// <param name="charsConsumed">End of the last token written (where to resume).</param>
    /// <param name="tokensWritten">How many tokens were written.</param>
    /// <returns><see cref="OperationStatus.Done"/> or <see cref="OperationStatus.DestinationTooSmall"/>.</returns>
    public static OperationStatus Tokenize(ReadOnlySpan<char> text, Span<UrduToken> destination, out int charsConsumed, out int tokensWritten)
        => throw new NotImplementedException();

    /// <summary>Counts the tokens of <paramref name="text"/> without materializing them.</summary>
    /// <param name="text">The text to tokenize.</param>
    /// <returns>The number of tokens.</returns>
    public static int CountTokens(ReadOnlySpan<char> text) => throw new NotImplementedException();
}
