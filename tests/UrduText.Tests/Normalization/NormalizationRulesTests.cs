using System.Numerics;
using UrduText.Internal;
using UrduText.Normalization;

namespace UrduText.Tests.Normalization;

// Issue 14 item 1: one compiled rule set per options answers, per code unit, whether it can change; the canonical scan's
// table and its vector prefilter are built from those answers. These tests hold the answers to the normalizer's output,
// so a rule added to the general loop but not to the answers (or the other way round) fails here.
public class NormalizationRulesTests
{
    public static TheoryData<string> Profiles() =>
    [
        "Default",
        "Search",
        "Default, UrduDigits",
        "Default, ExpandSymbolLigatures",
        "Default, UrduPunctuation",
        "Default -DoChashmiRestoration",
        "Default -ArabicLetters",
        "None",
    ];

    [Theory]
    [MemberData(nameof(Profiles))]
    public void IsStableAlone_EveryStableCodeUnit_NormalizingLeavesItInEveryContext(string profile)
    {
        // Between Urdu letters, between Latin letters, after a space and at a line end: a code unit the rules call
        // stable must come out as it went in, with its neighbours.
        var normalizer = new UrduNormalizer(UrduNormalizerTests.ParseOptions(profile));
        NormalizationRules rules = normalizer.Rules;
        string[] contexts = ["\u0628{0}\u0628", "a{0}b", "\u0627 {0}\u0627", "x{0}\n"];
        int stable = 0;
        for (int c = 1; c < 0x10000; c++)
        {
            char ch = (char)c;
            if (char.IsSurrogate(ch) || !rules.IsStableAlone(ch, CharClasses.Of(ch)) || CharClasses.Of(ch) is CharClass.Space or CharClass.LineBreak)
            {
                continue;
            }

            stable++;
            foreach (string context in contexts)
            {
                string text = string.Format(System.Globalization.CultureInfo.InvariantCulture, context, ch);
                string neighbours = text.Replace(ch.ToString(), string.Empty, StringComparison.Ordinal);
                if (normalizer.Normalize(neighbours) != neighbours)
                {
                    continue; // the context itself changes under this profile (e.g. spacing between scripts)
                }

                normalizer.Normalize(text).Should().Be(text, $"{profile}: U+{c:X4} is stable in {NormalizationHarness.Escape(text)}");
            }
        }

        stable.Should().BeGreaterThan(50_000, "most of the BMP is left alone by every profile");
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void BuildScanTable_EveryCodeUnit_LooksExactlyWhereTheRulesAreNotStable(string profile)
    {
        NormalizationRules rules = new UrduNormalizer(UrduNormalizerTests.ParseOptions(profile)).Rules;
        byte[] table = rules.BuildScanTable();
        for (int c = 0; c < 0x10000; c++)
        {
            char ch = (char)c;
            bool look = (table[c] & 3) != NormalizationRules.ScanStable;
            look.Should().Be(!rules.IsStableAlone(ch, CharClasses.Of(ch)), $"{profile}: U+{c:X4}");
        }
    }

    [Fact]
    public void CanonicalPrefilter_Default_ExcludesExactlyTheCodeUnitsTheDefaultRulesChange()
    {
        // Derived from the rules, not listed by hand: D2's ة ك ه ڪ ۀ, D5's soft hyphen and Arabic letter mark, D4's
        // madda and hamzas. A rule that changed another code unit in a kept range would show up here.
        if (!Vector.IsHardwareAccelerated)
        {
            return; // no prefilter without vector hardware (the scalar CI pass); the vector pass checks this
        }

        CanonicalPrefilter prefilter = UrduNormalizer.Default.Prefilter!;
        prefilter.ExcludedCodeUnits.Should().BeEquivalentTo(
            ['\u0629', '\u0643', '\u0647', '\u06AA', '\u06C0', '\u00AD', '\u061C', '\u0653', '\u0654', '\u0655']);
        prefilter.KeptRanges.Should().HaveCount(11, "every candidate range is kept under the Default rules");
    }

    [Fact]
    public void CanonicalPrefilter_Search_DropsTheRangesSearchChanges()
    {
        if (!Vector.IsHardwareAccelerated)
        {
            return;
        }

        CanonicalPrefilter prefilter = UrduNormalizer.Search.Prefilter!;
        prefilter.KeptRanges.Should().NotContain(r => r.Low <= 'A' && 'Z' <= r.High, "S4 lower-cases A–Z");
        prefilter.KeptRanges.Should().NotContain(r => r.Low <= '\u06F0' && '\u06F9' <= r.High, "S2 turns Urdu digits into ASCII");
        prefilter.KeptRanges.Should().NotContain(r => r.Low <= '\u064E' && '\u064E' <= r.High, "S1 removes harakat");
        NormalizationRules rules = UrduNormalizer.Search.Rules;
        foreach ((char low, char high) in prefilter.KeptRanges)
        {
            for (char c = low; c <= high; c++)
            {
                (rules.IsStableAlone(c, CharClasses.Of(c)) || prefilter.ExcludedCodeUnits.Contains(c)).Should().BeTrue($"U+{(int)c:X4}");
            }
        }
    }
}
