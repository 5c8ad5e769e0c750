namespace UrduText.Tests.Transliteration;

public partial class UrduTransliteratorTests
{
    [Theory]
    [MemberData(nameof(TransliterationGolden.Readable), MemberType = typeof(TransliterationGolden))]
    public void Transliterate_ReadableGolden_MatchesThroughEveryOverload(string input, string expected, string note)
    {
        _ = note;
        string text = TransliterationGolden.Unescape(input);
        AllOverloads(UrduTransliterator.Default, text).Should().Be(TransliterationGolden.Unescape(expected), note);
    }

    [Theory]
    [MemberData(nameof(TransliterationGolden.AlaLc), MemberType = typeof(TransliterationGolden))]
    public void Transliterate_AlaLcGolden_MatchesThroughEveryOverload(string input, string expected, string note)
    {
        _ = note;
        var t = new UrduTransliterator(TransliterationScheme.AlaLc);
        AllOverloads(t, TransliterationGolden.Unescape(input)).Should().Be(TransliterationGolden.Unescape(expected), note);
    }

    [Fact]
    public void Transliterate_SampleArticle_WritesEveryArticleNameInItsGazetteerSpelling()
    {
        string article = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "corpus", "independent-urdu-putin-kim.txt"));
        string latin = UrduTransliterator.Default.Transliterate(article);
        foreach (string name in new[]
        {
            "Vladimir Putin", "Kim Jong Un", "Pyongyang", "Vostochny Cosmodrome", "Yoko Kamikawa", "Kim Jong-dae", "Sputnik",
            "(AFP)", "KCNA", "Yonsei Institute for North Korean Studies", "Korean Central News Agency", "Shumali Korea", "Junoobi Korea",
            "Moscow", "Russia", "Japan", "Ukraine", "China", "Seoul",
        })
        {
            latin.Should().Contain(name);
        }

        latin.Should().NotContain("Kim Jong Un ne Apney daura", "sanity: the article text is really transliterated word by word")
            .And.NotMatchRegex("[\u0600-\u06FF]", "no Arabic-script letter is left behind");
    }

    [Fact]
    public void Transliterate_TextWithoutUrdu_ReturnsSameInstance()
    {
        const string text = "Related Nodes field 2023";
        UrduTransliterator.Default.Transliterate(text).Should().BeSameAs(text);
        new UrduTransliterator(TransliterationScheme.AlaLc).Transliterate(text).Should().BeSameAs(text);
    }
}
