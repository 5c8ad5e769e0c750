using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace UrduText.Lucene;

/// <summary>
/// Normalizes each term with a <see cref="UrduNormalizer"/> (by default <see cref="UrduNormalizer.Search"/>), so that
/// text typed on an Arabic keyboard (<c>كيا</c>, <c>بهی</c>), pasted from a PDF in presentation forms, written with
/// diacritics or in another digit system indexes and matches as the same term.
/// </summary>
/// <remarks>
/// Terms that are already normalized (the common case) are left untouched after one scan. Other terms are normalized
/// in place in the term buffer (<see cref="UrduNormalizer.TryNormalizeInPlace"/>): no allocation per token.
/// A term that normalizes to nothing (only tatweel or diacritics) is dropped and its position is kept.
/// </remarks>
public sealed class UrduNormalizationFilter : TokenFilter
{
    readonly ICharTermAttribute _termAtt;
    readonly IPositionIncrementAttribute _posIncAtt;
    readonly UrduNormalizer _normalizer;

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
        int length = _termAtt.Length;
        if (_normalizer.IsNormalized(_termAtt.Buffer.AsSpan(0, length)))
        {
            return length;
        }

        // In place on the term buffer; only a term whose output grows (a ligature) beyond the buffer needs a resize.
        if (!_normalizer.TryNormalizeInPlace(_termAtt.Buffer, length, out int normalized))
        {
            _termAtt.ResizeBuffer(_normalizer.GetMaxNormalizedLength(length));
            _normalizer.TryNormalizeInPlace(_termAtt.Buffer, length, out normalized);
        }

        _termAtt.SetLength(normalized);
        return normalized;
    }
}
