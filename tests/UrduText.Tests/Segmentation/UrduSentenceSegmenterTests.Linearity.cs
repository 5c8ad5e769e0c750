using UrduText.Segmentation;

namespace UrduText.Tests.Segmentation;

public partial class UrduSentenceSegmenterTests
{
    /// <summary>
    /// Counts the characters the scanner looks at. The scanner reports them through its struct type argument, so the
    /// library's own scanner (<see cref="NoProbe"/>) has no counting code; the count lives here, per thread.
    /// </summary>
    readonly struct VisitCounter : IScanProbe
    {
        [ThreadStatic]
        static long t_visits;

        public static void Visit(int chars) => t_visits += chars;

        /// <summary>The sentences of <paramref name="text"/> and the characters looked at to find them.</summary>
        public static (List<UrduSentence> Sentences, long Visits) Scan(string text, UrduSegmentationOptions options)
        {
            t_visits = 0;
            var sentences = new List<UrduSentence>();
            var scanner = new SentenceScanner<VisitCounter>(options);
            UrduSentence sentence;
            while ((sentence = scanner.Read(text)).Length != 0)
            {
                sentences.Add(sentence);
            }

            return (sentences, t_visits);
        }
    }

    /// <summary>Hostile texts of about <c>n</c> units each: each one aims at a rule that looks back or ahead.</summary>
    static readonly Dictionary<string, Func<int, string>> s_pathological = new()
    {
        // The dash rule: a huge word, then spaced dashes each followed by 11 words (so none pairs up), in
        // spaced-full-stop style; each dash may look a bounded distance either way.
        ["spaced dashes after a huge word"] = n => new string('\u0628', 5 * n) + Repeat(" ک ک ک ک ک ک ک ک ک ک ک -", n) + " ہے ۔",
        // The tokenizer queries: one chunk without whitespace, a terminator every other character.
        ["terminators without whitespace"] = n => Repeat("a.1.b.c", n) + Repeat("۔؟", n),
        // The elision check reads the sentence from its start at every terminator run.
        ["opening brackets then many dots"] = n => new string('(', 4 * n) + Repeat(" a.b 3.5 U.S.", n),
        ["opening quotes then many dots"] = n => Repeat("’ ", 2 * n) + Repeat("x.y ", n) + "۔",
        // Quote attachment counts the sentence's quotes for every spaced quote after its end.
        ["spaced quotes after a long quotation"] = n => "’" + Repeat("ک ", 2 * n) + "۔" + Repeat(" ’ ‘ \" “", n),
        ["many short quoted sentences"] = n => Repeat("’ک ک۔‘ ", n),
        // Long runs without a stop, and runs of stops.
        ["no terminator at all"] = n => Repeat("پاکستان ", n),
        ["one long terminator run"] = n => "ک" + Repeat("۔.؟!", n),
        ["many dots after Latin letters"] = n => Repeat("Dr. e.g. a. ", n),
        // List markers look back over spaces to the line start.
        ["list markers after long spaces"] = n => Repeat("ک" + new string(' ', 20) + "1۔ ", n),
        ["list markers on their own lines"] = n => Repeat("1۔ ک\n", n),
        // Line breaks followed by long runs of spaces (JoinLines reads past each one).
        ["line breaks and long space runs"] = n => Repeat("ک ک\n" + new string(' ', 30), n),
        // Dashes ahead of a line break with many spaces after it.
        ["dashes before padded line breaks"] = n => Repeat("ک ک ک ک ک - ک ک ک ک ک\n" + new string(' ', 30) + "ہے ۔ ", n),
    };

    static string Repeat(string unit, int count) => string.Concat(Enumerable.Repeat(unit, count));

    public static TheoryData<string> PathologicalTexts => [.. s_pathological.Keys];

    [Theory]
    [MemberData(nameof(PathologicalTexts))]
    public void EnumerateSentences_PathologicalText_VisitsGrowLinearly(string name)
    {
        // Linear work shown by counting, not by a timeout: the characters the scanner looks at stay within a small
        // multiple of the text's length, and doubling the text at most (about) doubles them.
        const int N = 2_000;
        UrduSegmentationOptions[] options = [UrduSegmentationOptions.None, UrduSegmentationOptions.JoinLines | UrduSegmentationOptions.SplitClauses];
        foreach (UrduSegmentationOptions option in options)
        {
            var segmenter = new UrduSentenceSegmenter(option);
            long previous = 0;
            foreach (int n in (int[])[N, 2 * N, 4 * N])
            {
                string text = s_pathological[name](n);
                (List<UrduSentence> sentences, long visits) = VisitCounter.Scan(text, option);
                sentences.Should().Equal(Collect(segmenter, text), "the counting scanner is the enumerator's scanner");
                CheckCoverage(text, sentences).Should().BeNull();
                visits.Should().BeLessThanOrEqualTo(8L * text.Length, "{0} [{1}]: at most a few looks per character at n = {2}", name, option, n);
                if (previous > 0)
                {
                    ((double)visits / previous).Should().BeLessThanOrEqualTo(2.2, "{0} [{1}]: twice the text, at most about twice the work ({2} then {3})", name, option, previous, visits);
                }

                previous = visits;
            }
        }
    }
}
