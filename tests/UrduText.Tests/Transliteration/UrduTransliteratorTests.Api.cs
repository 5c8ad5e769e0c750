namespace UrduText.Tests.Transliteration;

public partial class UrduTransliteratorTests
{
    [Fact]
    public void Constructor_UserNames_WinOverBuiltInsAndMatchAcrossSpaces()
    {
        var t = new UrduTransliterator(TransliterationScheme.Readable, [new("پوتن", "Poutine"), new("ثمینہ بیگ", "Samina Baig")]);
        t.Transliterate("پوتن نے").Should().Be("Poutine ne");
        t.Transliterate("ثمینہ بیگ").Should().Be("Samina Baig");
        t.Transliterate("ثمینہبیگ").Should().Be("Samina Baig", "user keys are matched without their spaces too");
        UrduTransliterator.Default.Transliterate("پوتن").Should().Be("Putin", "other instances are not affected");
    }

    [Fact]
    public void Candidates_KnownName_PutsTheGazetteerFormFirst()
    {
        var list = UrduTransliterator.Default.Candidates("ماسکو", 5);
        list[0].Should().Be(new TransliterationCandidate("Moscow", 0, TransliterationSource.Gazetteer));
        list.Should().OnlyHaveUniqueItems(c => c.Text.ToLowerInvariant());
    }

    [Fact]
    public void Candidates_UnknownWord_ReturnsRankedModelSpellings()
    {
        var list = UrduTransliterator.Default.Candidates("کم", 5);
        list.Should().HaveCountGreaterThan(1).And.HaveCountLessThanOrEqualTo(5);
        list.Select(c => c.Text).Should().Contain(t => t.Equals("kim", StringComparison.OrdinalIgnoreCase) || t.Equals("kam", StringComparison.OrdinalIgnoreCase));
        list.Where(c => c.Source == TransliterationSource.Model).Select(c => c.Score).Should().BeInDescendingOrder();
    }

    [Fact]
    public void Candidates_TextWithoutUrdu_IsEmpty() => UrduTransliterator.Default.Candidates("abc", 3).Should().BeEmpty();

    [Fact]
    public void Transliterate_DiacriticHint_FavoursTheMarkedVowel()
    {
        // Unknown to the gazetteer: the model decides, and the marks steer it.
        UrduTransliterator.Default.Transliterate("کِمبر")[1].Should().BeOneOf('i', 'e');
        UrduTransliterator.Default.Transliterate("کُمبر")[1].Should().BeOneOf('u', 'o');
        UrduTransliterator.Default.Transliterate("کَمبر")[1].Should().Be('a');
    }

    [Fact]
    public void Transliterate_NameRules_ApplyOdniConventions()
    {
        var t = UrduTransliterator.Default;
        t.Transliterate("عبداللہ").Should().Be("Abdullah");
        t.Transliterate("عبد اللہ").Should().Be("Abdullah");
        t.Transliterate("عبدالرحمٰن").Should().StartWith("Abdur ");
        t.Transliterate("عبدالستار").Should().StartWith("Abdul ");
        t.Transliterate("صلاح الدین").Should().EndWith("uddin").And.NotContain(" ");
        t.Transliterate("کوہِ").Should().EndWith("-e");
    }

    [Fact]
    public void Transliterate_ParallelCalls_AgreeWithSequentialOnes()
    {
        string[] words = ["ثمینہ", "فرزانہ", "کاشف", "نوید", "شاہد", "آفریدی", "زبیدہ", "راحیل", "ملیحہ", "طاہرہ"];
        string[] expected = words.Select(w => UrduTransliterator.Default.Transliterate(w)).ToArray();
        Parallel.For(0, 400, i => UrduTransliterator.Default.Transliterate(words[i % words.Length]).Should().Be(expected[i % words.Length]));
    }

    [Fact]
    public void Transliterate_RuleBasedSpanPath_AllocatesNothing()
    {
        const string text = "کم جونگ اُن نے پیانگ یانگ کا دورہ کیا۔ ۱۳ ستمبر";
        char[] destination = new char[1024];
        foreach (var scheme in new[] { TransliterationScheme.Reversible, TransliterationScheme.AlaLc })
        {
            var t = new UrduTransliterator(scheme);
            for (int i = 0; i < 200; i++)
            {
                t.Transliterate(text, destination, out _, out _); // warm up past tiered compilation
            }

            Allocations.ShouldAllocateNothing(() => t.Transliterate(text, destination, out _, out _), scheme.ToString());
        }

        Allocations.ShouldAllocateNothing(() => UrduTransliterator.FromReversible("km jwng", destination, out _, out _));
    }

    [Fact]
    public void Transliterate_ReadableSpanPathOnKnownWords_AllocatesNothing()
    {
        const string text = "ولادی میر پوتن نے پیانگ یانگ کا دورہ کیا";
        char[] destination = new char[1024];
        for (int i = 0; i < 200; i++)
        {
            UrduTransliterator.Default.Transliterate(text, destination, out _, out _);
        }

        Allocations.ShouldAllocateNothing(() => UrduTransliterator.Default.Transliterate(text, destination, out _, out _));
    }

    [Fact]
    public void Transliterate_ReadableSpanPathOnUnknownWords_AllocatesNothing()
    {
        // Random words no list knows: every one is decoded by the model (the memo emptied before each round), long words
        // (up to 30 letters) included.
        string text = Properties.RandomLetterWords.Text(seed: 3, count: 40);
        char[] destination = new char[UrduTransliterator.Default.GetMaxTransliteratedLength(text.Length)];
        foreach (var (t, model) in new[] { (UrduTransliterator.Default, TransliterationModel.BuiltIn), (UrduTextData.Transliterator, UrduTextData.TransliterationModel) })
        {
            for (int i = 0; i < 30; i++)
            {
                t.Transliterate(text, destination, out _, out _); // warm up past tiered compilation
            }

            Allocations.ShouldAllocateNothing(() =>
            {
                model.ClearMemos();
                t.Transliterate(text, destination, out _, out _);
            });
        }
    }
}
