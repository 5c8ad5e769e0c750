using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using TokenStream = Lucene.Net.Analysis.TokenStream;

namespace UrduText.Lucene;

/// <summary>
/// Removes stop words (by default <see cref="UrduStopWords.Default"/>). Place it after
/// <see cref="UrduNormalizationFilter"/>: the stop set holds normalized words, so <c>كيا</c> and <c>کیا</c> are
/// both removed.
/// </summary>
public sealed class UrduStopFilter : FilteringTokenFilter
{
    readonly ICharTermAttribute _termAtt;
    readonly CharArraySet _stopWords;

    /// <summary>Creates a filter that removes the words of <see cref="UrduStopWords.Default"/>.</summary>
    /// <param name="matchVersion">The Lucene compatibility version.</param>
    /// <param name="input">The token stream to filter.</param>
    public UrduStopFilter(LuceneVersion matchVersion, TokenStream input)
        : this(matchVersion, input, UrduStopWords.Default)
    {
    }

    /// <summary>Creates a filter that removes the words of <paramref name="stopWords"/>.</summary>
    /// <param name="matchVersion">The Lucene compatibility version.</param>
    /// <param name="input">The token stream to filter.</param>
    /// <param name="stopWords">The words to remove, in normalized form (see <see cref="UrduStopWords.Create"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="stopWords"/> is <see langword="null"/>.</exception>
    public UrduStopFilter(LuceneVersion matchVersion, TokenStream input, CharArraySet stopWords)
        : base(matchVersion, input)
    {
        ArgumentNullException.ThrowIfNull(stopWords);
        _stopWords = stopWords;
        _termAtt = AddAttribute<ICharTermAttribute>();
    }

    /// <summary>Keeps the current token unless it is a stop word.</summary>
    /// <returns><see langword="true"/> to keep the token.</returns>
    protected override bool Accept() => !_stopWords.Contains(_termAtt.Buffer, 0, _termAtt.Length);
}
