using System.Text;

namespace UrduText.Tests.Transliteration;

public partial class UrduTransliteratorTests
{
    static readonly UrduTransliterator Reversible = new(TransliterationScheme.Reversible);

    [Theory]
    [InlineData("کم جونگ اُن", "km jwng a~un")]
    [InlineData("پاکستان", "pakstan")]
    [InlineData("ٹھیک ہے۔", "T_hyk he_.")]
    [InlineData("Hello ۲۰۲۳", "\\H\\e\\l\\l\\o _2_0_2_3")]
    public void Transliterate_Reversible_WritesTheDocumentedCode(string input, string expected)
    {
        AllOverloads(Reversible, input).Should().Be(expected);
        UrduTransliterator.FromReversible(expected).Should().Be(input);
    }

    [Fact]
    public void FromReversible_RoundTripsTheSampleArticle()
    {
        string article = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "corpus", "independent-urdu-putin-kim.txt"));
        string code = Reversible.Transliterate(article);
        code.Should().NotMatchRegex("[\u0600-\u06FF]", "every Urdu character has an ASCII code");
        UrduTransliterator.FromReversible(code).Should().Be(article);
    }

    [Fact]
    public void FromReversible_RoundTripsRandomText()
    {
        // Urdu letters, marks, digits and punctuation mixed with ASCII (including the code characters _ ~ \ '),
        // other scripts, emoji and lone surrogates: the code must be lossless for all of it.
        string alphabet = "ابپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنںوہھءیےئؤۂۃۓأإيكهةى" + "\u064E\u0650\u064F\u0651\u0652\u064B\u0670\u0654\u0653"
            + "۰۱۲۳۴۵۶۷۸۹۔،؟؛٪\u200C\u200D\u0640" + "abcxyzABCXYZ_~\\' .,?019-" + "अखЖ😀\uD800\uDC00";
        var random = new Random(20261128);
        for (int round = 0; round < 2000; round++)
        {
            var sb = new StringBuilder();
            int length = random.Next(0, 40);
            for (int i = 0; i < length; i++)
            {
                sb.Append(random.Next(10) == 0 ? (char)random.Next(0, 0x10000) : alphabet[random.Next(alphabet.Length)]);
            }

            string text = sb.ToString();
            string code = Reversible.Transliterate(text);
            UrduTransliterator.FromReversible(code).Should().Be(text);
            ViaSpan(Reversible, text, 3).Should().Be(code);
            code.Length.Should().BeLessThanOrEqualTo(Reversible.GetMaxTransliteratedLength(text.Length));

            char[] back = new char[code.Length];
            UrduTransliterator.FromReversible(code, back, out int consumed, out int written).Should().Be(System.Buffers.OperationStatus.Done);
            consumed.Should().Be(code.Length);
            new string(back, 0, written).Should().Be(text);
        }
    }

    [Fact]
    public void FromReversible_DanglingEscapeOrUnknownCode_PassesThrough()
    {
        UrduTransliterator.FromReversible("\\").Should().Be("\\");
        UrduTransliterator.FromReversible("_").Should().Be("_");
        UrduTransliterator.FromReversible("~Q").Should().Be("~Q");
        UrduTransliterator.FromReversible("B").Should().Be("B");
    }
}
