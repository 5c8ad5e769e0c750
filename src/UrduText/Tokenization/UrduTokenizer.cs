using System.Buffers;
using UrduText.Internal;

namespace UrduText;

/// <summary>Splits Urdu text into words, numbers, punctuation, URLs, e-mails, mentions, hashtags and emoji, without allocating.</summary>
/// <remarks>
/// Whitespace (space separators, tab, line breaks) is never a token; every other character belongs to exactly one
/// token, tokens are in order and never overlap. The tokenizer works on any text; normalizing first with
/// <see cref="UrduNormalizer"/> is recommended (see docs/tokenization.md for what changes). All members are
/// thread-safe and allocation-free except <see cref="Tokenize(string)"/>, which returns a new array.
/// </remarks>
public static class UrduTokenizer
{
    /// <summary>Enumerates the tokens of <paramref name="text"/> in order (usable in <c>foreach</c>, no allocation).</summary>
    /// <param name="text">The text to tokenize.</param>
    /// <returns>An enumerator of tokens.</returns>
    public static TokenEnumerator EnumerateTokens(ReadOnlySpan<char> text) => new(text, UrduTokenKinds.All);

    /// <summary>Enumerates only the tokens of the given kinds (e.g. <see cref="UrduTokenKinds.Words"/>), in order, without allocating.</summary>
    /// <param name="text">The text to tokenize.</param>
    /// <param name="kinds">The kinds of token to yield; the others are skipped.</param>
    /// <returns>An enumerator of the matching tokens.</returns>
    public static TokenEnumerator EnumerateTokens(ReadOnlySpan<char> text, UrduTokenKinds kinds) => new(text, kinds);

    /// <summary>Tokenizes <paramref name="text"/> into a new array.</summary>
    /// <param name="text">The text to tokenize.</param>
    /// <returns>The tokens in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static UrduToken[] Tokenize(string text)
    {
        if (text is null)
        {
            ThrowHelper.ThrowArgumentNull(nameof(text));
        }

        if (text.Length == 0)
        {
            return [];
        }

        // Urdu tokens average about 4.4 chars plus a space; start there and grow rarely.
        using var buffer = new PooledBuffer<UrduToken>(Math.Min(text.Length, (text.Length / 4) + 16));
        ReadOnlySpan<char> span = text;
        var cursor = TokenCursor.Create();
        UrduToken token;
        while ((token = cursor.Read(span)).Length != 0)
        {
            buffer.Add(token);
        }

        return buffer.ToArray();
    }

    /// <summary>Writes the tokens of <paramref name="text"/> into <paramref name="destination"/>.</summary>
    /// <param name="text">The text to tokenize.</param>
    /// <param name="destination">Where tokens are written; their positions are relative to <paramref name="text"/>.</param>
    /// <param name="charsConsumed">
    /// How much of <paramref name="text"/> is done: the end of the last token written, or the whole length when the
    /// status is <see cref="OperationStatus.Done"/>. To resume, call again with <c>text[charsConsumed..]</c> (the
    /// next tokens' positions are then relative to that slice); the tokens are the same as in one call.
    /// </param>
    /// <param name="tokensWritten">How many tokens were written.</param>
    /// <returns>
    /// <see cref="OperationStatus.Done"/> when every token was written, or
    /// <see cref="OperationStatus.DestinationTooSmall"/> when <paramref name="destination"/> filled up first.
    /// </returns>
    public static OperationStatus Tokenize(ReadOnlySpan<char> text, Span<UrduToken> destination, out int charsConsumed, out int tokensWritten)
    {
        int count = 0;
        int position = 0;
        var cursor = TokenCursor.Create();
        UrduToken token;
        while ((token = cursor.Read(text)).Length != 0)
        {
            if (count == destination.Length)
            {
                charsConsumed = position;
                tokensWritten = count;
                return OperationStatus.DestinationTooSmall;
            }

            destination[count++] = token;
            position = token.End;
        }

        charsConsumed = text.Length;
        tokensWritten = count;
        return OperationStatus.Done;
    }

    /// <summary>Counts the tokens of <paramref name="text"/> without materializing them.</summary>
    /// <param name="text">The text to tokenize.</param>
    /// <returns>The number of tokens.</returns>
    public static int CountTokens(ReadOnlySpan<char> text) => TokenBlocks.BestPath switch
    {
        TokenPath.Vector256 => TokenBlocks.Count<TokenBlock256>(text),
        TokenPath.Vector128 => TokenBlocks.Count<TokenBlock128>(text),
        _ => TokenBlocks.Count<TokenBlockScalar>(text),
    };

    /// <summary>Counts the tokens of the given kinds (e.g. words only) without materializing them.</summary>
    /// <param name="text">The text to tokenize.</param>
    /// <param name="kinds">The kinds of token to count.</param>
    /// <returns>The number of matching tokens.</returns>
    public static int CountTokens(ReadOnlySpan<char> text, UrduTokenKinds kinds)
    {
        int count = 0;
        var cursor = TokenCursor.Create();
        UrduToken token;
        while ((token = cursor.Read(text)).Length != 0)
        {
            if (kinds.Contains(token.Kind))
            {
                count++;
            }
        }

        return count;
    }
}
