using UrduText.Internal;
using UrduText.Segmentation;

namespace UrduText.Tests.Segmentation;

public class SentenceCharsTests
{
    [Fact]
    public void SkipRange_HoldsNoStop()
    {
        // The vectorized scan skips U+0620–U+06D3 and the space without a table lookup.
        for (char c = SentenceChars.SkipRangeFirst; c <= SentenceChars.SkipRangeLast; c++)
        {
            SentenceChars.IsStop(c, clauses: true, dashes: true).Should().BeFalse("U+{0:X4} is skipped by the scan", (int)c);
        }

        SentenceChars.IsStop(' ', clauses: true, dashes: true).Should().BeFalse();
    }

    [Fact]
    public void IndexOfStop_EveryCharacterAtEveryOffset_MatchesScalarScan()
    {
        var random = new Random(61);
        for (int c = 0; c <= char.MaxValue; c++)
        {
            bool isStop = CharClasses.Of((char)c) is CharClass.Terminator or CharClass.LineBreak || SentenceChars.IsDash((char)c);
            if (!isStop && random.Next(64) != 0)
            {
                continue;
            }

            // Place the character at several offsets in Urdu letters and spaces, across vector-block boundaries.
            foreach (int position in new[] { 0, 7, 15, 16, 17, 31, 40 })
            {
                char[] text = new char[41];
                for (int i = 0; i < text.Length; i++)
                {
                    text[i] = i % 5 == 4 ? ' ' : '\u06A9'; // KEHEH
                }

                text[position] = (char)c;
                foreach (bool clauses in new[] { false, true })
                {
                    foreach (bool dashes in new[] { false, true })
                    {
                        int expected = SentenceChars.IsStop((char)c, clauses, dashes) ? position : -1;
                        SentenceChars.IndexOfStop(text, 0, clauses, dashes).Should().Be(expected, "U+{0:X4} at {1}", c, position);
                    }
                }
            }
        }
    }

    [Fact]
    public void IsDash_HyphenEnDashEmDash_OnlyThese()
    {
        SentenceChars.IsDash('-').Should().BeTrue();
        SentenceChars.IsDash('\u2013').Should().BeTrue(); // EN DASH
        SentenceChars.IsDash('\u2014').Should().BeTrue(); // EM DASH
        SentenceChars.IsDash('\u2010').Should().BeFalse(); // HYPHEN: only joins words
        SentenceChars.IsDash('\u06D4').Should().BeFalse(); // ARABIC FULL STOP
        SentenceChars.IsStop('-', clauses: false, dashes: false).Should().BeFalse();
        SentenceChars.IsStop('-', clauses: false, dashes: true).Should().BeTrue();
    }
}
