using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace UrduText.Lucene;

/// <summary>
/// The Urdu analyzer: <see cref="UrduCharFilter"/> → <see cref="UrduLuceneTokenizer"/> →
/// <see cref="UrduNormalizationFilter"/> → <see cref="UrduStopFilter"/>. Text typed with Arabic-keyboard letters,
/// presentation forms, diacritics, kashida or any of the three digit systems indexes and matches as canonical Urdu,
/// and offsets point at the original text.
/// </summary>
public sealed class UrduAnalyzer : StopwordAnalyzerBase
{
    /// <summary>Creates an analyzer with the built-in stop words (<see cref="UrduStopWords.Default"/>).</summary>
    /// <param name="matchVersion">The Lucene compatibility version, usually <see cref="LuceneVersion.LUCENE_48"/>.</param>
    public UrduAnalyzer(LuceneVersion matchVersion)
        : this(matchVersion, UrduStopWords.Default)
    {
    }

    /// <summary>Creates an analyzer with the given stop words.</summary>
    /// <param name="matchVersion">The Lucene compatibility version, usually <see cref="LuceneVersion.LUCENE_48"/>.</param>
    /// <param name="stopWords">Normalized stop words (build them with <see cref="UrduStopWords.Create"/>), or <see cref="CharArraySet.Empty"/> to keep every word.</param>
    public UrduAnalyzer(LuceneVersion matchVersion, CharArraySet stopWords)
        : this(matchVersion, stopWords, spacingRepairer: null)
    {
    }

    /// <summary>Creates an analyzer with the given stop words that also restores missing spaces.</summary>
    /// <param name="matchVersion">The Lucene compatibility version, usually <see cref="LuceneVersion.LUCENE_48"/>.</param>
    /// <param name="stopWords">Normalized stop words (build them with <see cref="UrduStopWords.Create"/>), or <see cref="CharArraySet.Empty"/> to keep every word.</param>
    /// <param name="spacingRepairer">
    /// The word-spacing repair to apply in the tokenizer (<see cref="UrduSpacingRepairer.Default"/>, or the UrduText.Data
    /// one), or <see langword="null"/> (the default) to keep words as written. Split words keep offsets into the original text.
    /// Only missing spaces are restored: a repairer's joins (<see cref="UrduSpacingRepairer.JoinsSplitWords"/>) are not
    /// applied, since the tokenizer sees one word at a time.
    /// </param>
    public UrduAnalyzer(LuceneVersion matchVersion, CharArraySet stopWords, UrduSpacingRepairer? spacingRepairer)
        : base(matchVersion, stopWords)
    {
        SpacingRepairer = spacingRepairer;
    }

    /// <summary>The word-spacing repair the tokenizer applies, or <see langword="null"/> (the default).</summary>
    public UrduSpacingRepairer? SpacingRepairer { get; }

    /// <summary>Builds the tokenizer and filter chain for a field.</summary>
    /// <param name="fieldName">The field being analyzed.</param>
    /// <param name="reader">The (already char-filtered) text.</param>
    /// <returns>The chain.</returns>
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new UrduLuceneTokenizer(AttributeSource.AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY, reader, keepPunctuation: false, SpacingRepairer);
        TokenStream result = new UrduNormalizationFilter(source);
        // The stop set holds normalized words, so it must come after the normalization filter.
        result = new UrduStopFilter(m_matchVersion, result, m_stopwords);
        return new TokenStreamComponents(source, result);
    }

    /// <summary>Wraps the field's reader in a <see cref="UrduCharFilter"/>.</summary>
    /// <param name="fieldName">The field being analyzed.</param>
    /// <param name="reader">The original text.</param>
    /// <returns>The filtered reader.</returns>
    protected override TextReader InitReader(string fieldName, TextReader reader) => new UrduCharFilter(reader);
}
