namespace UrduText.Tests.Transliteration;

/// <summary>Step 1 of the pipeline: messy input (presentation forms, Arabic letters, marks, kashida, ZWNJ) reads as its canonical form.</summary>
public partial class UrduTransliteratorTests
{
    public static TheoryData<string, string, string> MessyNames() => TransliterationGolden.Messy();

    [Theory]
    [MemberData(nameof(MessyNames))]
    public void Transliterate_MessySeedName_MatchesCanonicalLatin(string input, string expected, string note)
    {
        AllOverloads(UrduTransliterator.Default, TransliterationGolden.Unescape(input)).Should().Be(expected, note);
    }

    [Theory]
    [MemberData(nameof(MessyNames))]
    public void Transliterate_AlaLcMessySeedName_MatchesCanonicalForm(string input, string expected, string note)
    {
        _ = expected;
        if (note.StartsWith("diacritics", StringComparison.Ordinal) || note.StartsWith("all at once", StringComparison.Ordinal))
        {
            return; // ALA-LC writes the vowels the marks give, so a vocalized variant is rightly spelled differently
        }

        string canonical = note[(note.LastIndexOf(" of ", StringComparison.Ordinal) + 4)..];
        var t = new UrduTransliterator(TransliterationScheme.AlaLc);
        AllOverloads(t, TransliterationGolden.Unescape(input)).Should().Be(t.Transliterate(canonical), note);
    }

    [Fact]
    public void Transliterate_LigatureExpandingForms_ReadAsTheirLetters()
    {
        // U+FDF2 ARABIC LIGATURE ALLAH ISOLATED FORM is four letters; U+FEFB LAM WITH ALEF ISOLATED is two.
        AllOverloads(UrduTransliterator.Default, "\uFDF2").Should().Be(UrduTransliterator.Default.Transliterate("اللہ"));
        AllOverloads(UrduTransliterator.Default, "و\uFEFBدی میر پوتن").Should().Be("Vladimir Putin");
        new UrduTransliterator(TransliterationScheme.AlaLc).Transliterate("\uFDF2").Should().Be(new UrduTransliterator(TransliterationScheme.AlaLc).Transliterate("اللہ"));
    }

    [Fact]
    public void Transliterate_ArabicHehWords_GetDoChashmiRestored()
    {
        // D2a inside the pipeline: بهی typed with Arabic heh U+0647 is بھی.
        UrduTransliterator.Default.Transliterate("وه بهی").Should().Be(UrduTransliterator.Default.Transliterate("وہ بھی"));
    }

    [Fact]
    public void Transliterate_MessyTextSpanPath_AllocatesNothing()
    {
        // Step 1 normalizes into stack buffers: presentation forms, Arabic letters, D2a and ﷲ on the span path allocate nothing.
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "corpus", "independent-urdu-putin-kim.txt"))
            + " \uFEDB\uFEE2 \uFE9F\uFEEE\uFEE7\uFB93 \uFE8D\uFEE5 وه بهی جهشان \uFDF2 کـم جو\u200Cنگ";
        char[] destination = new char[UrduTransliterator.Default.GetMaxTransliteratedLength(text.Length)];
        for (int i = 0; i < 3; i++)
        {
            UrduTransliterator.Default.Transliterate(text, destination, out _, out _);
        }

        Allocations.ShouldAllocateNothing(() => UrduTransliterator.Default.Transliterate(text, destination, out _, out _));
    }

    [Fact]
    public void Transliterate_ArabicHehInName_KeepsItsH()
    {
        // D2a is kept only when it yields a known word: جهشان (Arabic orthography of a name) is not جھشان.
        UrduTransliterator.Default.Transliterate("جهشان").Should().Be(UrduTransliterator.Default.Transliterate("جہشان"));
    }

    [Fact]
    public void Transliterate_ReversibleWithPresentationForms_StaysLossless()
    {
        const string text = "\uFEDB\uFEE2 \uFDF2 كم";
        var t = new UrduTransliterator(TransliterationScheme.Reversible);
        UrduTransliterator.FromReversible(t.Transliterate(text)).Should().Be(text);
    }

    [Fact]
    public void Candidates_PresentationForms_SameAsCanonical()
    {
        // ﻣﺎﺳﻜﻮ: MEEM INITIAL, ALEF FINAL, SEEN INITIAL, KAF MEDIAL (Arabic kaf), WAW FINAL.
        UrduTransliterator.Default.Candidates("\uFEE3\uFE8E\uFEB3\uFEDC\uFEEE", 3)
            .Should().Equal(UrduTransliterator.Default.Candidates("ماسکو", 3));
    }
}
