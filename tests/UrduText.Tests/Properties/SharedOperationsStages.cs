using System.Globalization;
using System.Text;

namespace UrduText.Tests.Properties;

/// <summary>The segmenter and transliterator operations for the concurrency hammer.</summary>
public static partial class SharedOperations
{
    static readonly UrduTransliterator s_alaLc = new(TransliterationScheme.AlaLc);
    static readonly UrduTransliterator s_reversible = new(TransliterationScheme.Reversible);

    static string Sentences(string text)
    {
        var sb = new StringBuilder();
        foreach (UrduSentence s in UrduSentenceSegmenter.Default.EnumerateSentences(text))
        {
            sb.Append(s.Start.ToString(CultureInfo.InvariantCulture)).Append(':').Append(s.Length.ToString(CultureInfo.InvariantCulture)).Append(' ');
        }

        return sb.ToString();
    }

    static string Candidates(string text)
    {
        var sb = new StringBuilder();
        foreach (UrduToken t in UrduTokenizer.Tokenize(text))
        {
            if (t.Kind == UrduTokenKind.Word)
            {
                foreach (TransliterationCandidate c in UrduTransliterator.Default.Candidates(text[t.Range], 3))
                {
                    sb.Append(c.Text).Append('/').Append(c.Score.ToString("R", CultureInfo.InvariantCulture)).Append(' ');
                }
            }
        }

        return sb.ToString();
    }
}
