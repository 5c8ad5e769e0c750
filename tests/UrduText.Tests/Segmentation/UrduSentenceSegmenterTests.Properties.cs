using System.Text;

namespace UrduText.Tests.Segmentation;

public partial class UrduSentenceSegmenterTests
{
    // Pieces that exercise every rule: words in both scripts, every terminator, quotes both ways, brackets, emoji
    // (surrogate pairs, ZWJ, modifiers), numbers, URLs, abbreviations, list markers, clause marks, odd characters.
    static readonly string[] s_pieces =
    [
        "کتاب", "ہے", "تھا", "پاکستان", "اُن", "کرلی", "Smith", "whatsapp", "channel", "a", "A", "x",
        " ", " ", " ", "  ", "\t", "\u00A0", "\n", "\r\n", "\u2028",
        "۔", "؟", "!", "?", ".", "…", "۔۔۔", "...", "؟!", "!!",
        "’", "‘", "“", "”", "\"", "'", "(", ")", "[", "]", "«", "»",
        "👍", "👍🏽", "🇵🇰", "👨‍👩‍👧", "❤️", "$", "%", "٪", "+",
        "3.5", "۲۲٫۵", "10:30", "13.09.2023", "2.0.1", "۱۲.۵", "1", "۱", "2023",
        "www.example.com.pk", "https://example.com/a?b=1", "info@example.pk", "@user", "#اردو",
        "Dr.", "U.S.", "e.g.", "etc.", "No.", "J.R.R.",
        "1۔", "a.", "،", "؛", ":", "-", " - ", " ۔ ", "–", " — ", "_", "/",
        "\u200C", "\u200F", "\u0640", "\u064E", "\uD800", "\uDC00", "\u0000",
    ];

    static string RandomText(Random random, int pieces, bool allowBlankLines)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < pieces; i++)
        {
            string piece = s_pieces[random.Next(s_pieces.Length)];
            if (!allowBlankLines && IsLineBreakPiece(piece) && (sb.Length == 0 || EndsWithLineBreak(sb)))
            {
                continue;
            }

            sb.Append(piece);
        }

        if (!allowBlankLines)
        {
            while (sb.Length > 0 && IsLineBreakChar(sb[^1]))
            {
                sb.Length--;
            }
        }

        return sb.ToString();
    }

    static bool IsLineBreakPiece(string piece) => piece is "\n" or "\r\n" or "\u2028";

    static bool IsLineBreakChar(char c) => c is '\n' or '\r' or '\u2028' or '\u2029';

    static bool EndsWithLineBreak(StringBuilder sb)
    {
        // Spaces between two line breaks would still make a blank line.
        for (int i = sb.Length - 1; i >= 0; i--)
        {
            if (IsLineBreakChar(sb[i]))
            {
                return true;
            }

            if (sb[i] is not (' ' or '\t' or '\u00A0'))
            {
                return false;
            }
        }

        return true;
    }

    static List<UrduSentence> Collect(UrduSentenceSegmenter segmenter, ReadOnlySpan<char> text)
    {
        var list = new List<UrduSentence>();
        foreach (UrduSentence s in segmenter.EnumerateSentences(text))
        {
            list.Add(s);
        }

        return list;
    }

    public static TheoryData<UrduSegmentationOptions> AllOptions =>
    [
        UrduSegmentationOptions.None,
        UrduSegmentationOptions.JoinLines,
        UrduSegmentationOptions.SplitClauses,
        UrduSegmentationOptions.JoinLines | UrduSegmentationOptions.SplitClauses,
        UrduSegmentationOptions.IgnoreSpacedDashes,
        UrduSegmentationOptions.JoinLines | UrduSegmentationOptions.IgnoreSpacedDashes,
    ];

    [Theory]
    [MemberData(nameof(AllOptions))]
    public void EnumerateSentences_RandomText_CoversEveryNonWhitespaceCharOnce(UrduSegmentationOptions options)
    {
        var segmenter = new UrduSentenceSegmenter(options);
        var random = new Random(20260928 + (int)options);
        for (int round = 0; round < 3000; round++)
        {
            string text = RandomText(random, random.Next(0, 60), allowBlankLines: true);
            List<UrduSentence> sentences = Collect(segmenter, text);
            string? violation = CheckCoverage(text, sentences);
            violation.Should().BeNull("sentences must cover every non-whitespace character once, trimmed: {0}", Escape(text));

            if (round % 10 == 0)
            {
                segmenter.Segment(text).Should().Equal(sentences, "Segment(string) agrees with EnumerateSentences");
                segmenter.CountSentences(text).Should().Be(sentences.Count);
            }
        }
    }

    /// <summary>Null when the sentences are in order, non-empty, trimmed and leave only whitespace uncovered; else what is wrong.</summary>
    static string? CheckCoverage(string text, List<UrduSentence> sentences)
    {
        int covered = 0;
        foreach (UrduSentence s in sentences)
        {
            if (s.Length <= 0 || s.Start < covered || s.End > text.Length)
            {
                return $"bad range {s} after {covered}";
            }

            for (int i = covered; i < s.Start; i++)
            {
                if (!char.IsWhiteSpace(text[i]))
                {
                    return $"U+{(int)text[i]:X4} at {i} is in no sentence";
                }
            }

            if (char.IsWhiteSpace(text[s.Start]) || char.IsWhiteSpace(text[s.End - 1]))
            {
                return $"sentence {s} is not trimmed";
            }

            covered = s.End;
        }

        for (int i = covered; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return $"U+{(int)text[i]:X4} at {i} is in no sentence";
            }
        }

        return null;
    }

    static string Escape(string text)
    {
        var sb = new StringBuilder();
        foreach (char c in text)
        {
            sb.Append(c < ' ' || char.IsSurrogate(c) || c is '\u2028' or '\u2029' ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return sb.ToString();
    }

    [Theory]
    [MemberData(nameof(AllOptions))]
    public void EnumerateSentences_RandomParagraphs_EqualsConcatenationOverParagraphs(UrduSegmentationOptions options)
    {
        string[] blankLines = ["\n\n", "\r\n\r\n", "\n \n", "\n\t\n\n", "\u2029", "\n\u00A0\r\n"];
        var segmenter = new UrduSentenceSegmenter(options);
        var random = new Random(7919 + (int)options);
        for (int round = 0; round < 1500; round++)
        {
            var text = new StringBuilder();
            var expected = new List<UrduSentence>();
            int paragraphs = random.Next(1, 6);
            for (int p = 0; p < paragraphs; p++)
            {
                if (p > 0)
                {
                    text.Append(blankLines[random.Next(blankLines.Length)]);
                }

                string paragraph = RandomText(random, random.Next(0, 40), allowBlankLines: false);
                int offset = text.Length;
                foreach (UrduSentence s in Collect(segmenter, paragraph))
                {
                    expected.Add(s with { Start = s.Start + offset });
                }

                text.Append(paragraph);
            }

            string whole = text.ToString();
            List<UrduSentence> actual = Collect(segmenter, whole);
            if (!actual.SequenceEqual(expected))
            {
                actual.Should().Equal(expected, "segmenting the text equals segmenting its paragraphs: {0}", Escape(whole));
            }
        }
    }
}
