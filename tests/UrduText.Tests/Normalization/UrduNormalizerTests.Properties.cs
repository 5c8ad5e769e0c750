using System.Text;

namespace UrduText.Tests.Normalization;

public partial class UrduNormalizerTests
{
    // Characters the generator draws from, weighted towards what breaks normalizers: Arabic letters (Urdu and Arabic
    // keyboard ones, U+0647 above all), marks, presentation forms, spaces and line breaks, invisibles, digits, emoji,
    // surrogate pairs and lone surrogates, controls.
    static readonly string[] s_pools =
    [
        "\u0627\u0628\u067E\u062A\u0679\u062C\u0686\u062F\u0688\u0631\u0691\u0633\u06A9\u06AF\u0644\u0645\u0646\u0648\u06CC\u06D2\u06C1\u06BE\u0621\u0622\u0626",
        "\u0647\u0647\u0647\u064A\u0643\u0649\u0629\u06C0\u0678\u06D5\u06AA",
        "\u064B\u064C\u064E\u064F\u0650\u0651\u0652\u0653\u0654\u0655\u0670\u0610\u06D6\u06ED\u0300\u0301",
        "\uFEFB\uFEF3\uFEF4\uFEEB\uFEEC\uFEE9\uFDF2\uFE70\uFE71\uFC5E\uFC00\uFBAA\uFED9\uFDFA\uFDFD\uFDFC\uFB50\uFD3E",
        "    \t\u00A0\u2003\u3000\n\n\r\r\n\u2028",
        "\u200C\u200C\u200D\u200B\u200E\u200F\u061C\u202A\u2066\uFEFF\u00AD\u0640\u0640\u0600\u2060",
        "0123456789\u0660\u0665\u06F0\u06F5\u066B\u066C",
        "aZ?,;.!\u060C\u061B\u061F\u06D4()\"'\u2018\u2019",
        "\uD83D\uDC68\uD83C\uDFFD\uFE0F\uD83C\uDDF5\uD800\uDC00\uD83D\u0000\u0007\u001F\uFFFF\uD804\uDD00",
    ];

    internal static string RandomText(Random random, int maxLength)
    {
        int length = random.Next(maxLength + 1);
        var sb = new StringBuilder(length);
        for (int k = 0; k < length; k++)
        {
            string pool = s_pools[random.Next(s_pools.Length)];
            if (random.Next(40) == 0)
            {
                sb.Append((char)random.Next(0x10000));
            }
            else
            {
                sb.Append(pool[random.Next(pool.Length)]);
            }
        }

        return sb.ToString();
    }

    public static TheoryData<string> PropertyProfiles() =>
    [
        "Default",
        "Search",
        "Default, UrduPunctuation, SpacingRepair, ExpandSymbolLigatures, UrduDigits",
        "Search, UrduPunctuation, SpacingRepair",
        "Default -DoChashmiRestoration -Whitespace",
        "Default -RemoveInvisibles -ComposeHamzaAndMadda",
        "None, RemoveDiacritics, SpacingRepair",
        "None, DoChashmiRestoration, RemoveZwnj",
        "None",
    ];

    [Theory]
    [MemberData(nameof(PropertyProfiles))]
    public void Normalize_RandomText_Invariants(string profile)
    {
        var n = new UrduNormalizer(ParseOptions(profile));
        var random = new Random(20261128 ^ profile.GetHashCode(StringComparison.Ordinal));
        for (int round = 0; round < 1500; round++)
        {
            string x = RandomText(random, 24);
            string because = profile + ": " + NormalizationHarness.Escape(x);
            string y = n.Normalize(x);

            y.Length.Should().BeLessThanOrEqualTo(n.GetMaxNormalizedLength(x.Length), because);
            n.Normalize(y).Should().Be(y, "idempotent: " + because + " -> " + NormalizationHarness.Escape(y));
            n.IsNormalized(y).Should().BeTrue(because);
            n.IsNormalized(x).Should().Be(x == y, because);
            if (x == y)
            {
                n.Normalize(x).Should().BeSameAs(x, because);
            }

            NormalizationHarness.ViaSpan(n, x).Should().Be(y, because);
            NormalizationHarness.ViaInPlace(n, x).Should().Be(y, because);
            NormalizationHarness.ViaTinyDestinations(n, x, 1 + (round % 4)).Should().Be(y, "resumed: " + because);
            NormalizationHarness.ViaChunks(n, x, 1 + (round % 5)).Should().Be(y, "chunked: " + because);
        }
    }

    [Fact]
    public void Normalize_LongRandomText_ChunkedEqualsWhole()
    {
        var random = new Random(7);
        string x = RandomText(random, 20_000);
        string y = UrduNormalizer.Default.Normalize(x);
        NormalizationHarness.ViaChunks(UrduNormalizer.Default, x, 997).Should().Be(y);
        NormalizationHarness.ViaTinyDestinations(UrduNormalizer.Default, x, 61).Should().Be(y);
    }

    [Fact]
    public void Normalize_ManyMarks_StaysLinearAndIdempotent()
    {
        // Alternating classes 230/220 would make naive canonical ordering quadratic.
        string x = "ب" + string.Concat(Enumerable.Repeat("\u0654\u0655", 50_000));
        string y = UrduNormalizer.Default.Normalize(x);
        UrduNormalizer.Default.Normalize(y).Should().Be(y);
        y.Length.Should().Be(x.Length);
    }

    [Fact]
    public void Normalize_MarkOrder_MatchesNfcForArabicMarks()
    {
        // D7 against the runtime's NFC on Arabic marks (no composition involved: the base is beh).
        var random = new Random(11);
        string marks = "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0656\u0657\u0658\u0670\u0610\u0611\u06E3\u06ED\u08F0\u0300\u0316";
        for (int round = 0; round < 500; round++)
        {
            var sb = new StringBuilder("\u0628");
            for (int k = random.Next(1, 6); k > 0; k--)
            {
                sb.Append(marks[random.Next(marks.Length)]);
            }

            string x = sb.ToString();
            UrduNormalizer.Default.Normalize(x).Should().Be(x.Normalize(NormalizationForm.FormC), NormalizationHarness.Escape(x));
        }
    }
}
