using Microsoft.ML.Tokenizers;

namespace UrduText.Tokenizers;

/// <summary>
/// A Microsoft.ML.Tokenizers <see cref="PreTokenizer"/> that splits text at UrduText's token boundaries: Urdu words
/// stay whole with their marks and ZWNJ, punctuation such as ۔ ، ؟ is split off even without a space, and numbers
/// (<c>۲۲٫۵</c>, <c>1,500</c>), URLs, e-mails, hashtags and emoji sequences are one piece each.
/// </summary>
/// <remarks>
/// <see cref="Default"/> attaches the whitespace before a token to it (<c>" لفظ"</c>, as GPT-style byte-level BPE
/// expects), so the pieces cover the whole text and decoding gives it back. <see cref="WordsOnly"/> yields the
/// tokens alone, without whitespace.
/// </remarks>
public sealed class UrduPreTokenizer : PreTokenizer
{
    readonly bool _includeWhitespace;

    UrduPreTokenizer(bool includeWhitespace) => _includeWhitespace = includeWhitespace;

    /// <summary>Pieces that cover the whole text: each token with the whitespace before it, then any trailing whitespace.</summary>
    public static UrduPreTokenizer Default { get; } = new(includeWhitespace: true);

    /// <summary>Pieces that are exactly UrduText's tokens; whitespace is not part of any piece.</summary>
    public static UrduPreTokenizer WordsOnly { get; } = new(includeWhitespace: false);

    /// <summary>Splits <paramref name="text"/> into pieces.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The pieces as (offset, length) pairs in order.</returns>
    public override IEnumerable<(int Offset, int Length)> PreTokenize(string text)
        => text is null ? [] : PreTokenize(text.AsSpan());

    /// <summary>Splits <paramref name="text"/> into pieces.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The pieces as (offset, length) pairs in order.</returns>
    public override IEnumerable<(int Offset, int Length)> PreTokenize(ReadOnlySpan<char> text)
    {
        // The result outlives the span, so it is materialized; the enumeration itself allocates nothing.
        var pieces = new List<(int Offset, int Length)>(Math.Max(4, text.Length / 4));
        int previousEnd = 0;
        foreach (UrduToken token in UrduTokenizer.EnumerateTokens(text))
        {
            if (_includeWhitespace)
            {
                pieces.Add((previousEnd, token.End - previousEnd));
                previousEnd = token.End;
            }
            else
            {
                pieces.Add((token.Start, token.Length));
            }
        }

        if (_includeWhitespace && previousEnd < text.Length)
        {
            pieces.Add((previousEnd, text.Length - previousEnd));
        }

        return pieces;
    }
}
