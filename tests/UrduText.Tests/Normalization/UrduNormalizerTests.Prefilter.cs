using System.Text;

namespace UrduText.Tests.Normalization;

// Issue 13: the canonical scan's vector prefilter takes diacritics (checked against the code unit before them),
// Arabic and general punctuation and Latin-1. Whatever it clears must be what the normalizer itself leaves alone.
public partial class UrduNormalizerTests
{
    // Mostly canonical pieces, with the mark sequences that are canonical (one mark; harakat in ascending order) and
    // the ones that are not (descending, hamza/madda that compose, marks of other scripts before harakat).
    static readonly string[] s_scanPieces =
    [
        "\u0627", "\u0628", "\u062A", "\u0633", "\u0644", "\u0645", "\u0646", "\u0648", "\u06A9", "\u06AF", "\u06C1", "\u06BE", "\u06CC", "\u06D2", "\u0679",
        " \u0627", " \u0628", " \u06A9", " \u0645", "\n\u0627",
        "\u064E", "\u0650", "\u064F", "\u0651", "\u0652", "\u064B", "\u0670", "\u0612", "\u0656", "\u065F",
        "\u064E\u0651", "\u0651\u064E", "\u0650\u0670", "\u0670\u0650", "\u0612\u064E", "\u064E\u0612", "\u0301\u064E", "\u064E\u0301",
        "\u0654", "\u0653", "\u0627\u0653", "\u0648\u0654",
        "\u060C", "\u061B", "\u061F", "\u061E", "\u06D4", "\u2013", "\u2014", "\u2018", "\u201D", "\u2026", "\u00AB", "\u00BB", "\u00B0", "\u00E9", "\u00C9",
        "\u00AD", "\u061C", "\u200C", "Ab", "12", "\u06F1\u06F2", "(", ")", "\uD801\uDC00", "\uD834\uDD67",
    ];

    public static TheoryData<string> ScanProfiles() =>
    [
        "Default",
        "Search",
        "Default -CanonicalMarkOrder",
        "Default -ComposeHamzaAndMadda -CanonicalMarkOrder",
        "Default, UrduPunctuation",
        "None",
    ];

    [Theory]
    [MemberData(nameof(ScanProfiles))]
    public void IsNormalized_LongLinesWithMarksAndPunctuation_AgreesWithNormalize(string profile)
    {
        // Lines long enough for whole vectors, each piece landing at every lane over the rounds; the normalizer's own
        // output is the oracle, and its output must be recognized as normalized.
        var n = new UrduNormalizer(ParseOptions(profile));
        var random = new Random(13 + profile.Length);
        int changed = 0;
        for (int round = 0; round < 600; round++)
        {
            var sb = new StringBuilder();
            int pieces = 20 + random.Next(120);
            for (int k = 0; k < pieces; k++)
            {
                // Rarely a disturbing piece, so that many lines are canonical as they stand.
                int index = random.Next(4) == 0 ? random.Next(s_scanPieces.Length) : random.Next(20);
                sb.Append(s_scanPieces[index]);
            }

            string x = sb.ToString();
            string y = n.Normalize(x);
            changed += x == y ? 0 : 1;
            string because = profile + ": " + NormalizationHarness.Escape(x);
            n.IsNormalized(x).Should().Be(x == y, because);
            n.IsNormalized(y).Should().BeTrue("output: " + because);
            if (x == y)
            {
                n.Normalize(x).Should().BeSameAs(x, because);
            }
        }

        if (n.Options == UrduNormalizationOptions.Default)
        {
            changed.Should().BeInRange(1, 599, "both outcomes must be exercised");
        }
    }

    [Theory]
    [InlineData("\u0628\u064E\u0651")] // بَّ fatha then shadda: canonical
    [InlineData("\u0627\u0650\u0670")] // kasra then superscript alef
    [InlineData("\u0645\u062D\u0645\u062F\u0612")] // an honorific mark alone
    [InlineData("\u0648\u06C1 \u06A9\u06C1\u062A\u0627 \u06C1\u06D2\u061B \u06A9\u06CC\u0627\u061F \u2013 \u00AB\u06C1\u0627\u06BA\u00BB")]
    public void IsNormalized_CanonicalMarksAndPunctuationInLongText_True(string piece)
    {
        string line = string.Join(" ", Enumerable.Repeat(piece + " \u0627\u0648\u0631", 20));
        UrduNormalizer.Default.Normalize(line).Should().BeSameAs(line);
        UrduNormalizer.Default.IsNormalized(line).Should().BeTrue();
        UrduNormalizer.Default.IsNormalized(line + "\u0651\u064E").Should().BeFalse("shadda before fatha is reordered");
    }
}
