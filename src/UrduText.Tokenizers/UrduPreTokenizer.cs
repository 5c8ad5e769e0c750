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
    readonly UrduSpacingRepairer? _spacing;

    UrduPreTokenizer(bool includeWhitespace, UrduSpacingRepairer? spacing = null)
    {
        _includeWhitespace = includeWhitespace;
        _spacing = spacing;
    }

    /// <summary>Pieces that cover the whole text: each token with the whitespace before it, then any trailing whitespace.</summary>
    public static UrduPreTokenizer Default { get; } = new(includeWhitespace: true);

    /// <summary>Pieces that are exactly UrduText's tokens; whitespace is not part of any piece.</summary>
    public static UrduPreTokenizer WordsOnly { get; } = new(includeWhitespace: false);

    /// <summary>
    /// A pre-tokenizer that also splits words written without the space after a non-joining letter (<c>کرلیا</c> →
    /// <c>کر</c>, <c>لیا</c>) with <paramref name="spacingRepairer"/> (docs/spacing.md). Pieces are still ranges of
    /// the original text: no character is inserted, so offsets and decoding are unchanged.
    /// </summary>
    /// <param name="includeWhitespace"><see langword="true"/> for the pieces of <see cref="Default"/>, <see langword="false"/> for those of <see cref="WordsOnly"/>.</param>
    /// <param name="spacingRepairer">The repair to apply (<see cref="UrduSpacingRepairer.Default"/> or the UrduText.Data one); only its restored spaces are applied, not its joins (<see cref="UrduSpacingRepairer.JoinsSplitWords"/>).</param>
    /// <returns>The pre-tokenizer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="spacingRepairer"/> is <see langword="null"/>.</exception>
    public static UrduPreTokenizer WithSpacingRepair(bool includeWhitespace, UrduSpacingRepairer spacingRepairer)
    {
        ArgumentNullException.ThrowIfNull(spacingRepairer);
        return new UrduPreTokenizer(includeWhitespace, spacingRepairer);
    }

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
        List<int>? edits = null;
        int nextEdit = 0;
        if (_spacing is not null)
        {
            foreach (UrduSpacingEdit edit in _spacing.EnumerateEdits(text))
            {
                // Pieces end at restored spaces; a repairer that also joins split words does not make a piece span a
                // space (pre-tokenizers split at spaces), so its joins are not applied here.
                if (edit.Kind == UrduSpacingEditKind.InsertSpace)
                {
                    (edits ??= []).Add(edit.Position);
                }
            }
        }

        foreach (UrduToken token in UrduTokenizer.EnumerateTokens(text))
        {
            // A restored space inside the token ends a piece there (edits are ascending and inside word tokens).
            int start = token.Start;
            while (edits is not null && nextEdit < edits.Count && edits[nextEdit] < token.End)
            {
                int cut = edits[nextEdit++];
                if (cut <= start)
                {
                    continue;
                }

                pieces.Add(_includeWhitespace ? (previousEnd, cut - previousEnd) : (start, cut - start));
                previousEnd = start = cut;
            }

            if (_includeWhitespace)
            {
                pieces.Add((previousEnd, token.End - previousEnd));
                previousEnd = token.End;
            }
            else
            {
                pieces.Add((start, token.End - start));
            }
        }

        if (_includeWhitespace && previousEnd < text.Length)
        {
            pieces.Add((previousEnd, text.Length - previousEnd));
        }

        return pieces;
    }
}
