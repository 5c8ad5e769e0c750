using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace UrduText.Lucene;

/// <summary>
/// Normalizes each term with a <see cref="UrduNormalizer"/> (by default <see cref="UrduNormalizer.Search"/>), so that
/// text typed on an Arabic keyboard (<c>كيا</c>, <c>بهی</c>), pasted from a PDF in presentation forms, written with
/// diacritics or in another digit system indexes and matches as the same term.
/// </summary>
/// <remarks>
/// Terms that are already normalized (the common case) are left untouched after one scan. Other terms are normalized
/// into a scratch buffer owned by the filter and copied back into the term buffer: no allocation per token.
/// A term that normalizes to nothing (only tatweel or diacritics) is dropped and its position is kept.
/// </remarks>
public sealed class UrduNormalizationFilter : TokenFilter
{
    readonly ICharTermAttribute _termAtt;
    readonly IPositionIncrementAttribute _posIncAtt;
    readonly UrduNormalizer _normalizer;
    char[] _scratch = new char[64];

    /// <summary>Creates a filter that applies <see cref="UrduNormalizer.Search"/>.</summary>
    /// <param name="input">The token stream to normalize.</param>
    public UrduNormalizationFilter(TokenStream input)
        : this(input, UrduNormalizer.Search)
    {
    }

    /// <summary>Creates a filter that applies <paramref name="normalizer"/>.</summary>
    /// <param name="input">The token stream to normalize.</param>
    /// <param name="normalizer">The normalizer to apply to every term.</param>
    /// <exception cref="ArgumentNullException"><paramref name="normalizer"/> is <see langword="null"/>.</exception>
    public UrduNormalizationFilter(TokenStream input, UrduNormalizer normalizer)
        : base(input)
    {
        ArgumentNullException.ThrowIfNull(normalizer);
        _normalizer = normalizer;
        _termAtt = AddAttribute<ICharTermAttribute>();
        _posIncAtt = AddAttribute<IPositionIncrementAttribute>();
    }

    /// <summary>The normalizer this filter applies.</summary>
    public UrduNormalizer Normalizer => _normalizer;

    /// <summary>Advances to the next term and normalizes it.</summary>
    /// <returns><see langword="false"/> at the end of the stream.</returns>
    public override bool IncrementToken()
    {
        int skippedPositions = 0;
        while (m_input.IncrementToken())
        {
            if (Normalize() > 0)
            {
                if (skippedPositions != 0)
                {
                    _posIncAtt.PositionIncrement += skippedPositions;
                }

                return true;
            }

            skippedPositions += _posIncAtt.PositionIncrement;
        }

        return false;
    }

    int Normalize()
    {
        var term = _termAtt.Buffer.AsSpan(0, _termAtt.Length);
        if (_normalizer.IsNormalized(term))
        {
            return term.Length;
        }

        int max = _normalizer.GetMaxNormalizedLength(term.Length);
        if (_scratch.Length < max)
        {
            _scratch = new char[ArrayUtil.Oversize(max, sizeof(char))];
        }

        // A term is complete text, so the final-block call either finishes or the scratch buffer was too small,
        // which GetMaxNormalizedLength rules out.
        _normalizer.Normalize(term, _scratch, out _, out int written);
        _termAtt.CopyBuffer(_scratch, 0, written);
        return written;
    }
}
