using System.Text;
using UrduText.Normalization;

namespace UrduText.Tests.Normalization;

// Issue 19: the Arabic heh presentation forms U+FEE9–U+FEEC get exactly the D2a decision that U+0647 gets. PDFs set in
// Arabic fonts draw both Urdu hehs with them, so a word must normalize the same whether it arrives as plain letters or
// as the shaped glyphs a PDF extractor returns.
public partial class UrduNormalizerTests
{
    // A small contextual shaper: letter → (isolated, final, initial, medial) presentation forms; right-joining letters
    // (alef, dal, reh, waw, yeh barree …) have only the first two. Checked against NFKC in ShaperTable_FormsDecomposeToTheirLetter.
    static readonly Dictionary<char, string> s_forms = new()
    {
        ['\u0627'] = "\uFE8D\uFE8E", // ا
        ['\u0628'] = "\uFE8F\uFE90\uFE91\uFE92", // ب
        ['\u062A'] = "\uFE95\uFE96\uFE97\uFE98", // ت
        ['\u062B'] = "\uFE99\uFE9A\uFE9B\uFE9C", // ث
        ['\u062C'] = "\uFE9D\uFE9E\uFE9F\uFEA0", // ج
        ['\u062D'] = "\uFEA1\uFEA2\uFEA3\uFEA4", // ح
        ['\u062E'] = "\uFEA5\uFEA6\uFEA7\uFEA8", // خ
        ['\u062F'] = "\uFEA9\uFEAA", // د
        ['\u0630'] = "\uFEAB\uFEAC", // ذ
        ['\u0631'] = "\uFEAD\uFEAE", // ر
        ['\u0632'] = "\uFEAF\uFEB0", // ز
        ['\u0633'] = "\uFEB1\uFEB2\uFEB3\uFEB4", // س
        ['\u0634'] = "\uFEB5\uFEB6\uFEB7\uFEB8", // ش
        ['\u0635'] = "\uFEB9\uFEBA\uFEBB\uFEBC", // ص
        ['\u0637'] = "\uFEC1\uFEC2\uFEC3\uFEC4", // ط
        ['\u0639'] = "\uFEC9\uFECA\uFECB\uFECC", // ع
        ['\u063A'] = "\uFECD\uFECE\uFECF\uFED0", // غ
        ['\u0641'] = "\uFED1\uFED2\uFED3\uFED4", // ف
        ['\u0642'] = "\uFED5\uFED6\uFED7\uFED8", // ق
        ['\u0643'] = "\uFED9\uFEDA\uFEDB\uFEDC", // ك
        ['\u0644'] = "\uFEDD\uFEDE\uFEDF\uFEE0", // ل
        ['\u0645'] = "\uFEE1\uFEE2\uFEE3\uFEE4", // م
        ['\u0646'] = "\uFEE5\uFEE6\uFEE7\uFEE8", // ن
        ['\u0647'] = "\uFEE9\uFEEA\uFEEB\uFEEC", // ه ARABIC HEH: the forms of issue 19
        ['\u0648'] = "\uFEED\uFEEE", // و
        ['\u064A'] = "\uFEF1\uFEF2\uFEF3\uFEF4", // ي
        ['\u067E'] = "\uFB56\uFB57\uFB58\uFB59", // پ
        ['\u0679'] = "\uFB66\uFB67\uFB68\uFB69", // ٹ
        ['\u0686'] = "\uFB7A\uFB7B\uFB7C\uFB7D", // چ
        ['\u0688'] = "\uFB88\uFB89", // ڈ
        ['\u0691'] = "\uFB8C\uFB8D", // ڑ
        ['\u0698'] = "\uFB8A\uFB8B", // ژ
        ['\u06A9'] = "\uFB8E\uFB8F\uFB90\uFB91", // ک
        ['\u06AF'] = "\uFB92\uFB93\uFB94\uFB95", // گ
        ['\u06C1'] = "\uFBA6\uFBA7\uFBA8\uFBA9", // ہ heh goal: stays ہ
        ['\u06BE'] = "\uFBAA\uFBAB\uFBAC\uFBAD", // ھ do-chashmi: stays ھ
        ['\u06CC'] = "\uFBFC\uFBFD\uFBFE\uFBFF", // ی
        ['\u06D2'] = "\uFBAE\uFBAF", // ے
    };

    // Letters the random words are drawn from: the aspirable consonants (where D2a has a choice) and U+0647 weighted up.
    static readonly string s_shapedLetters =
        "\u0627\u0628\u062A\u062B\u062C\u062D\u062E\u062F\u0630\u0631\u0632\u0633\u0634\u0635\u0637\u0639\u063A\u0641\u0642\u0643\u0644\u0645\u0646\u0648\u064A"
        + "\u067E\u0679\u0686\u0688\u0691\u0698\u06A9\u06AF\u06C1\u06BE\u06CC\u06D2"
        + "\u0647\u0647\u0647\u0647\u0628\u067E\u062A\u0679\u062C\u0686\u062F\u0688\u0631\u0691\u06A9\u06AF\u0643\u0644\u0645\u0646";

    /// <summary>The glyphs a PDF extractor returns for <paramref name="word"/>: each letter in its joining position; lam + alef as the ligature.</summary>
    internal static string Shape(string word)
    {
        var sb = new StringBuilder(word.Length);
        bool joinsBefore = false; // the letter before joins to this one (it is dual-joining)
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            if (c == '\u0644' && i + 1 < word.Length && word[i + 1] == '\u0627')
            {
                sb.Append(joinsBefore ? '\uFEFC' : '\uFEFB'); // ﻼ final / ﻻ isolated lam-alef
                joinsBefore = false;
                i++;
                continue;
            }

            string forms = s_forms[c];
            bool dual = forms.Length == 4;
            bool joinsAfter = dual && i + 1 < word.Length;
            int position = (joinsBefore, joinsAfter) switch
            {
                (false, false) => 0, // isolated
                (true, false) => 1, // final
                (false, true) => 2, // initial
                (true, true) => 3, // medial
            };
            sb.Append(forms[position]);
            joinsBefore = joinsAfter;
        }

        return sb.ToString();
    }

    static string RandomShapableWord(Random random)
    {
        int length = 1 + random.Next(8);
        var sb = new StringBuilder(length);
        for (int k = 0; k < length; k++)
        {
            sb.Append(s_shapedLetters[random.Next(s_shapedLetters.Length)]);
        }

        return sb.ToString();
    }

    [Fact]
    public void ShaperTable_FormsDecomposeToTheirLetter()
    {
        foreach ((char letter, string forms) in s_forms)
        {
            foreach (char form in forms)
            {
                form.ToString().Normalize(NormalizationForm.FormKC).Should().Be(letter.ToString(), $"U+{(int)form:X4}");
            }
        }

        Shape("\u0628\u0647\u06CC").Should().Be("\uFE91\uFEEC\uFBFD"); // بهی → ﺑﻬﯽ
        Shape("\u0627\u0644\u0627").Should().Be("\uFE8D\uFEFB"); // الا → ﺍﻻ
        Shape("\u0628\u0644\u0627").Should().Be("\uFE91\uFEFC"); // بلا → ﺑﻼ
    }

    public static TheoryData<string> HehFormProfiles() =>
    [
        "Default",
        "Search",
        "Default -DoChashmiRestoration",
        "Default -Whitespace -RemoveInvisibles",
        "PresentationForms, ArabicLetters, DoChashmiRestoration",
        "Search, UrduPunctuation, SpacingRepair",
    ];

    [Theory]
    [MemberData(nameof(HehFormProfiles))]
    public void Normalize_PresentationFormRendering_EqualsPlainLetterRendering(string profile)
    {
        // Every overload and the vector blocks: a line of shaped words must normalize as the same line in plain letters.
        UrduNormalizationOptions options = ParseOptions(profile);
        var n = new UrduNormalizer(options);
        var scalar = new UrduNormalizer(options, SimpleBlockWidth.None);
        var random = new Random(19 + profile.Length);
        for (int round = 0; round < 400; round++)
        {
            var plain = new List<string>();
            for (int k = 1 + random.Next(round % 10 == 0 ? 40 : 4); k > 0; k--)
            {
                plain.Add(RandomShapableWord(random));
            }

            string plainText = string.Join(" ", plain);
            string shapedText = string.Join(" ", plain.Select(Shape));
            string expected = n.Normalize(plainText);
            string because = $"{profile}: {plainText} / {NormalizationHarness.Escape(shapedText)}";
            n.Normalize(shapedText).Should().Be(expected, because);
            NormalizationHarness.ViaSpan(n, shapedText).Should().Be(expected, "span, " + because);
            NormalizationHarness.ViaSpan(scalar, shapedText).Should().Be(expected, "scalar, " + because);
            NormalizationHarness.ViaInPlace(n, shapedText).Should().Be(expected, "in place, " + because);
            NormalizationHarness.ViaChunks(n, shapedText, 1 + (round % 7)).Should().Be(expected, "chunks, " + because);
            NormalizationHarness.ViaTinyDestinations(n, shapedText, 1 + (round % 5)).Should().Be(expected, "small destinations, " + because);
        }
    }

    [Theory]
    [InlineData("\uFE8D\uFE91\uFEAE\uFE8D\uFEEB\uFEF4\uFEE2", "\u0627\u0628\u0631\u0627\u06C1\u06CC\u0645")] // ﺍﺑﺮﺍﻫﻴﻢ → ابراہیم
    [InlineData("\uFEDB\uFEEC\uFE8E", "\u06A9\u06C1\u0627")] // ﻛﻬﺎ → کہا
    [InlineData("\uFE91\uFEEC\uFBFD", "\u0628\u06BE\u06CC")] // ﺑﻬﯽ → بھی
    [InlineData("\uFE97\uFEEC\uFBFF", "\u062A\u06BE\u06CC")] // ﺗﻬﯿ → تھی
    [InlineData("\uFEED\uFEEA", "\u0648\u06C1")] // ﻭﻪ → وہ
    [InlineData("\uFEDB\uFEEA", "\u06A9\u06C1")] // ﻛﻪ → کہ
    [InlineData("\uFBAA\uFBA6", "\u06BE\u06C1")] // the Urdu forms stay direct: ﮪ → ھ, ﮦ → ہ
    public void Normalize_ArabicHehForms_TakeTheWordsDecision(string input, string expected)
    {
        foreach (UrduNormalizer n in new[] { UrduNormalizer.Default, UrduNormalizer.Search, new UrduNormalizer(UrduNormalizationOptions.Default, SimpleBlockWidth.None) })
        {
            n.Normalize(input).Should().Be(expected);

            // Long enough for the vector blocks to take the words.
            string line = string.Join(" ", Enumerable.Repeat(input, 12));
            n.Normalize(line).Should().Be(string.Join(" ", Enumerable.Repeat(expected, 12)));
        }
    }

    [Fact]
    public void Normalize_ArabicHehFormsWithoutD2a_BecomeHehGoalLikeU0647()
    {
        // Without D2a, D2 makes U+0647 ہ; its presentation forms get the same (no position rule).
        var n = new UrduNormalizer(UrduNormalizationOptions.Default & ~UrduNormalizationOptions.DoChashmiRestoration);
        n.Normalize("\uFEE9\uFEEA\uFEEB\uFEEC").Should().Be("\u06C1\u06C1\u06C1\u06C1");
        n.Normalize("\uFE91\uFEEC\uFBFD").Should().Be(n.Normalize("\u0628\u0647\u06CC"));
    }
}
