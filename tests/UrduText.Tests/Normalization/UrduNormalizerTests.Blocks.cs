using System.Runtime.Intrinsics;
using System.Text;
using UrduText.Normalization;
using UrduText.Tests.Properties;

namespace UrduText.Tests.Normalization;

// The vector blocks map 16 code units at a time inside fast runs, settle the spaces of scraped text (a space with an
// RLM or ZWSP beside it, a space then an NBSP) with bit masks, cut back to the start of a word and resolve the words
// holding an Arabic heh afterwards. Whatever they do must equal the scalar loop on the same text, through every
// overload, wherever a block, a destination or a chunk happens to end.
public partial class UrduNormalizerTests
{
    // Pieces of messy web and PDF text: words in Arabic-keyboard, Urdu and presentation-form spellings, joined by
    // separators that are usually one space and sometimes what D6 and D5 must repair.
    static readonly string[] s_wordLetters =
    [
        "\u0627\u0628\u067E\u062A\u0679\u062C\u0686\u062F\u0688\u0631\u0691\u0633\u06A9\u06AF\u0644\u0645\u0646\u0648\u06CC\u06D2\u06C1\u06BE\u0626",
        "\u0647\u0647\u0647\u064A\u0643\u0649\u0629\u06C0\u06D5\u06AA",
        "\uFE8D\uFE91\uFE92\uFB58\uFB59\uFE97\uFE98\uFEEB\uFEEC\uFEE9\uFEEA\uFBFE\uFBFF\uFEF3\uFEF4\uFED9\uFEDB\uFB8E\uFB90\uFBA6\uFBA7\uFEAD",
    ];

    static readonly string[] s_inWord =
    [
        "\u0640", "\u200F", "\u200B", "\u064E", "\u0650\u064E", "\u200C", "\u0654", "\u0653",
        "\uFEFB", "\uFEFC", "\uFEF5", "\uFEF6", "\uFEF7", "\uFEF8", "\uFEF9", "\uFEFA", "\uFEFB\u0653", "\uFEFB\uFEFB",
    ];

    static readonly string[] s_separators =
    [
        " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", " ",
        "\u200F ", " \u00A0", "\u200B ", " \u200B", "\u00A0", "  ", "   ", " \u200F\u200B ", " \u200F ",
        "\n", " \n", "\n ", "\n\n", "\r\n", "\t", "\u2003", "\u200F\n", "\n\u200F",
        "\u060C ", "\u06D4\n", " \u06D4 ", "\u061F ", " - ", " \u201C", "\u201D ", " \uD83D\uDC4D ", " 2024 ", " \u0661\u0669\u0669\u0660 ", " \u06F2\u06F0 ", " Lahore ",
    ];

    internal static string RandomMessyText(Random random, int words)
    {
        var sb = new StringBuilder();
        for (int w = 0; w < words; w++)
        {
            string letters = s_wordLetters[random.Next(s_wordLetters.Length)];
            int length = 1 + random.Next(9);
            for (int k = 0; k < length; k++)
            {
                sb.Append(letters[random.Next(letters.Length)]);
                if (random.Next(30) == 0)
                {
                    sb.Append(s_inWord[random.Next(s_inWord.Length)]);
                }
            }

            sb.Append(s_separators[random.Next(s_separators.Length)]);
        }

        return sb.ToString();
    }

    public static TheoryData<string> BlockProfiles() =>
    [
        "Default",
        "Search",
        "Default -DoChashmiRestoration",
        "Default, ExpandSymbolLigatures, UrduDigits",
        "Search -RemoveZwnj -LowercaseLatin",
    ];

    // Every profile at each vector width this machine runs (128-bit everywhere vectors are accelerated, so x64 covers
    // the ARM64 path too). Without vectors (CI's DOTNET_EnableHWIntrinsic=0 pass) only None is left: a theory without
    // rows fails, and the overloads are still worth comparing there.
    public static TheoryData<string, string> BlockProfilesAndWidths()
    {
        SimpleBlockWidth[] widths = Array.FindAll(Invariants.BlockWidths, w => w != SimpleBlockWidth.None);
        var data = new TheoryData<string, string>();
        foreach (string profile in BlockProfiles())
        {
            foreach (SimpleBlockWidth width in widths.Length == 0 ? [SimpleBlockWidth.None] : widths)
            {
                data.Add(profile, width.ToString());
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BlockProfilesAndWidths))]
    public void Normalize_MessyText_VectorBlocksEqualScalarLoop(string profile, string widthName)
    {
        UrduNormalizationOptions options = ParseOptions(profile);
        SimpleBlockWidth width = Enum.Parse<SimpleBlockWidth>(widthName);
        var blocks = new UrduNormalizer(options, width);
        var scalar = new UrduNormalizer(options, SimpleBlockWidth.None);
        scalar.UsesVectorBlocks.Should().BeFalse();

        // Otherwise both sides would run the scalar loop and the comparison would prove nothing.
        blocks.BlockWidth.Should().Be(width);

        var random = new Random(20261128);
        for (int i = 0; i < 1500; i++)
        {
            string text = RandomMessyText(random, 1 + random.Next(60));
            string expected = NormalizationHarness.ViaSpan(scalar, text);
            NormalizationHarness.ViaSpan(blocks, text).Should().Be(expected, $"case {i}: {NormalizationHarness.Escape(text)}");
            if (i % 5 == 0)
            {
                NormalizationHarness.ViaString(blocks, text).Should().Be(expected, $"string, case {i}");
                NormalizationHarness.ViaInPlace(blocks, text).Should().Be(expected, $"in place, case {i}");
                NormalizationHarness.ViaTinyDestinations(blocks, text, 1 + random.Next(i % 2 == 0 ? 40 : 400)).Should().Be(expected, $"small destinations, case {i}");
                NormalizationHarness.ViaChunks(blocks, text, 1 + random.Next(50)).Should().Be(expected, $"chunks, case {i}");
            }
        }
    }

    [Fact]
    public void Constructor_BlockWidth_TakesTheWidthAskedForWhereAccelerated()
    {
        UrduNormalizer.Default.BlockWidth.Should().Be(SimpleBlocks.BestWidth);
        new UrduNormalizer(UrduNormalizationOptions.Default, SimpleBlockWidth.None).BlockWidth.Should().Be(SimpleBlockWidth.None);
        new UrduNormalizer(UrduNormalizationOptions.Default, SimpleBlockWidth.Vector128).BlockWidth
            .Should().Be(Vector128.IsHardwareAccelerated ? SimpleBlockWidth.Vector128 : SimpleBlockWidth.None);
        new UrduNormalizer(UrduNormalizationOptions.Default, SimpleBlockWidth.Vector256).BlockWidth
            .Should().Be(Vector256.IsHardwareAccelerated ? SimpleBlockWidth.Vector256 : SimpleBlockWidth.None);
        if (Vector256.IsHardwareAccelerated)
        {
            SimpleBlocks.BestWidth.Should().Be(SimpleBlockWidth.Vector256);
        }
    }

    [Theory]
    [InlineData("Default")]
    [InlineData("Search")]
    [InlineData("Default -DoChashmiRestoration")]
    public void Normalize_RealDirtyText_EveryBlockWidthEqualsScalarLoop(string profile)
    {
        // The benchmark's corpora as the benchmark dirties them (presentation forms, ي ك ه, kashida, RLM, ZWSP, NBSP,
        // Arabic-Indic digits) and as they are: the blocks take most of this text, so every cut, refusal and heh
        // resolution of real lines is compared, in one pass and through tiny destinations.
        UrduNormalizationOptions options = ParseOptions(profile);
        var scalar = new UrduNormalizer(options, SimpleBlockWidth.None);
        foreach (string corpus in new[] { "ur-wikipedia-dakshina.txt", "independent-urdu-putin-kim.txt" })
        {
            string real = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "corpus", corpus));
            string canonical = UrduNormalizer.Default.Normalize(real);
            foreach (string text in new[] { real, UrduText.Benchmarks.Dirtifier.Dirty(canonical), UrduText.Benchmarks.Dirtifier.Dirty(canonical, seed: 7) })
            {
                string expected = NormalizationHarness.ViaSpan(scalar, text);
                foreach (SimpleBlockWidth width in Invariants.BlockWidths)
                {
                    var blocks = new UrduNormalizer(options, width);
                    string actual = NormalizationHarness.ViaSpan(blocks, text);
                    if (actual != expected)
                    {
                        int at = 0;
                        while (at < Math.Min(actual.Length, expected.Length) && actual[at] == expected[at])
                        {
                            at++;
                        }

                        actual.Should().Be(expected, $"{corpus}, {width}: first difference at output {at}");
                    }

                    NormalizationHarness.ViaTinyDestinations(blocks, text[..Math.Min(text.Length, 20_000)], 97).Should()
                        .Be(NormalizationHarness.ViaSpan(scalar, text[..Math.Min(text.Length, 20_000)]), $"{corpus}, {width}, small destinations");
                }
            }
        }
    }

    [Fact]
    public void Normalize_ScrapedSpacing_BlocksSettleSpacesAroundInvisibles()
    {
        // Long enough that whole blocks hold each pattern, in Arabic-keyboard spelling.
        string words = "وه بهی ساته گئے تهے اور کها که يه کتاب اچهی هے";
        string expected = "وہ بھی ساتھ گئے تھے اور کہا کہ یہ کتاب اچھی ہے";
        foreach (string separator in new[] { "\u200F ", " \u00A0", "\u200B ", " \u200B", "\u00A0" })
        {
            string text = words.Replace(" ", separator) + "\n" + words.Replace(" ", separator);
            UrduNormalizer.Default.Normalize(text).Should().Be(expected + "\n" + expected, NormalizationHarness.Escape(separator));
        }
    }

    [Fact]
    public void Normalize_SpacesThatMustGo_AreRemovedInsideBlocks()
    {
        string line = "ﺑﻬﯽ ساته که وه يه";
        UrduNormalizer.Default.Normalize(line + "  \u200F \n" + line + " ").Should().Be("بھی ساتھ کہ وہ یہ\nبھی ساتھ کہ وہ یہ");
        UrduNormalizer.Default.Normalize(line + "\n \u200F" + line).Should().Be("بھی ساتھ کہ وہ یہ\nبھی ساتھ کہ وہ یہ");
        UrduNormalizer.Default.Normalize(line + " \u200F\u200B " + line).Should().Be("بھی ساتھ کہ وہ یہ بھی ساتھ کہ وہ یہ");
    }

    [Fact]
    public void Normalize_ArabicHehWithoutD2a_MapsInTheFastLoopAndStillComposes()
    {
        // Without D2a, ه is a one-to-one letter (→ ہ) for the fast loop and the blocks; a hamza after it still composes.
        var n = new UrduNormalizer(UrduNormalizationOptions.Default & ~UrduNormalizationOptions.DoChashmiRestoration);
        n.Normalize("\u0648\u0647 \u06A9\u0647\u0627").Should().Be("\u0648\u06C1 \u06A9\u06C1\u0627"); // وه کها → وہ کہا
        n.Normalize("\u0628\u0633\u062A\u0647\u0654 \u0647\u0654").Should().Be("\u0628\u0633\u062A\u06C2 \u06C2"); // ہ + hamza → ۂ
    }

    [Fact]
    public void Normalize_LamAlefLigatures_BlocksWriteBothLetters()
    {
        // ﻻ ﻼ ﻷ ﻹ ﻵ inside long lines of presentation forms, where whole blocks take them: lam + the alef, as the general
        // path writes them; a mark after the ligature still composes with its alef (ﻻ + madda → لآ).
        string line = "\uFEE7\uFEEA \uFEFB \uFE8E\uFEFC\uFEA9 \uFEF7\uFEE3\uFEE6 \uFEF9\uFEE7\uFEB4\uFE8E\uFEE5 \uFEF5 \uFEFB\u0653 \uFE91\uFEEC\uFBFF";
        string expected = "نہ لا الاد لأمن لإنسان لآ لآ بھی";
        string text = string.Join("\n", Enumerable.Repeat(line, 4));
        UrduNormalizer.Default.Normalize(text).Should().Be(string.Join("\n", Enumerable.Repeat(expected, 4)));
        new UrduNormalizer(UrduNormalizationOptions.Default, SimpleBlockWidth.None).Normalize(text).Should().Be(UrduNormalizer.Default.Normalize(text));
    }

    [Fact]
    public void Normalize_LamAlefBlocksThenScalarLoop_StaysInsideTheDestination()
    {
        // Fuzz finding (crash-9904cba401c18c56): a block that wrote a lam-alef as two letters left the scalar loop
        // bounding its reads as if output never outgrew input, and with digits after it (written one by one up to that
        // bound) it wrote one past the destination. Without the fix 218 of these 261 destination sizes threw.
        string text = "2024 1999 \uFEFB 2024 " + string.Concat(Enumerable.Repeat("2024 1999 ", 40));
        string expected = new UrduNormalizer(UrduNormalizationOptions.Default, SimpleBlockWidth.None).Normalize(text);
        expected.Should().StartWith("2024 1999 \u0644\u0627 2024 ");
        for (int size = 40; size <= 300; size++)
        {
            NormalizationHarness.ViaTinyDestinations(UrduNormalizer.Default, text, size).Should().Be(expected, $"destination of {size}");
        }
    }
}
