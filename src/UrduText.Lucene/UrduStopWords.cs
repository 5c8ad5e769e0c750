using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace UrduText.Lucene;

/// <summary>
/// The curated Urdu stop-word list that ships with UrduText.Lucene (postpositions, pronouns, auxiliaries, light verbs,
/// conjunctions and particles; see docs/data.md for its source and size).
/// </summary>
public static class UrduStopWords
{
    static readonly Lazy<string[]> s_words = new(Load);
    static readonly Lazy<CharArraySet> s_default = new(() => Create(s_words.Value));

    /// <summary>The words of the list in their normalized (<see cref="UrduNormalizer.Search"/>) form, in ordinal order.</summary>
    public static IReadOnlyList<string> Words => s_words.Value;

    /// <summary>The list as a read-only <see cref="CharArraySet"/> for <see cref="UrduStopFilter"/> and <see cref="UrduAnalyzer"/>.</summary>
    public static CharArraySet Default => s_default.Value;

    /// <summary>
    /// Builds a read-only stop set from <paramref name="words"/>, normalizing each word with
    /// <see cref="UrduNormalizer.Search"/> so that it matches the terms <see cref="UrduNormalizationFilter"/> produces.
    /// </summary>
    /// <param name="words">The stop words, in any spelling.</param>
    /// <returns>A read-only set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="words"/> is <see langword="null"/>.</exception>
    public static CharArraySet Create(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var set = new CharArraySet(LuceneVersion.LUCENE_48, 256, ignoreCase: false);
        foreach (string word in words)
        {
            if (word is not null)
            {
                string normalized = UrduNormalizer.Search.Normalize(word);
                if (normalized.Length > 0)
                {
                    set.Add(normalized);
                }
            }
        }

        return set.AsReadOnly();
    }

    static string[] Load()
    {
        using Stream stream = typeof(UrduStopWords).Assembly.GetManifestResourceStream("UrduText.Lucene.stopwords-ur.txt")
            ?? throw new InvalidOperationException("The embedded stop-word list is missing.");
        using var reader = new StreamReader(stream);
        var words = new List<string>(256);
        while (reader.ReadLine() is { } line)
        {
            string word = line.Trim();
            if (word.Length > 0 && word[0] != '#')
            {
                words.Add(word);
            }
        }

        return [.. words];
    }
}
