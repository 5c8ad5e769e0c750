namespace UrduText.Tests.Transliteration;

/// <summary>
/// Issue 12, item 4: a gazetteer entry spells the same Urdu word(s), never a translation. The Latin side is the
/// established English spelling of that very name (America, Kyiv, Putin) or Roman Urdu in the convention of
/// docs/transliteration-data.md (Misr, Bharat, Aqwam-e-Muttahida, Bahira-e-Ahmar).
/// </summary>
public sealed class GazetteerSpellingTests
{
    /// <summary>The files of names; loanwords and common words have their own conventions.</summary>
    static readonly string[] NameFiles = ["seed-article.tsv", "places.tsv", "places-cldr.tsv", "people.tsv", "orgs-media.tsv"];

    /// <summary>
    /// Urdu words that a translation replaced with an English word (North, River, Sea, United, Prince, and), with the
    /// Roman Urdu every name containing them must show instead (alternatives separated by |, for official spellings such
    /// as Killa Abdullah). Matched on whole Urdu words, ignoring case in the Latin.
    /// </summary>
    static readonly (string Urdu, string Latin)[] SpelledWords =
    [
        ("شمالی", "Shumali"), ("جنوبی", "Junoobi"), ("مشرقی", "Mashriqi"), ("مغربی", "Maghribi"), ("شمال", "Shumal"),
        ("جنوب", "Junoob"), ("دریائے", "Darya-e-"), ("بحیرہ", "Bahira-e-"), ("بحر", "Bahr-"), ("وادی", "Wadi-e-"),
        ("درہ", "Darra"), ("کوہ", "Koh"), ("آبنائے", "Aabna-e-"), ("خلیج", "Khaleej"), ("جزائر", "Jazair"),
        ("جزیرہ", "Jazeera"), ("متحدہ", "Muttahida"), ("اقوام", "Aqwam"), ("عالمی", "Aalmi"), ("شہزادہ", "Shehzada"),
        ("شہزادی", "Shehzadi"), ("ملکہ", "Malika"), ("جامعہ", "Jamia"), ("روزنامہ", "Roznama"), ("اور", "aur"),
        ("و", " o "), ("عدالت", "Adalat"), ("امریکی", "Amriki"), ("قلعہ", "Qila|Killa"), ("مسجد", "Masjid"),
        ("جھیل", "Jheel"),
    ];

    [Theory]
    [InlineData("places-cldr.tsv", "بھارت", "Bharat")]
    [InlineData("places.tsv", "ہندوستان", "Hindustan")]
    [InlineData("places-cldr.tsv", "مصر", "Misr")]
    [InlineData("places-cldr.tsv", "یونان", "Yunan")]
    [InlineData("places.tsv", "یونان", "Yunan")]
    [InlineData("places-cldr.tsv", "شام", "Shaam")]
    [InlineData("seed-article.tsv", "اقوام متحدہ", "Aqwam-e-Muttahida")]
    [InlineData("places-cldr.tsv", "اقوام متحدہ", "Aqwam-e-Muttahida")]
    [InlineData("orgs-media.tsv", "عدالت عظمیٰ", "Adalat-e-Uzma")]
    [InlineData("places.tsv", "بحیرہ احمر", "Bahira-e-Ahmar")]
    [InlineData("places.tsv", "دریائے سندھ", "Darya-e-Sindh")]
    [InlineData("places.tsv", "بیت المقدس", "Bait-ul-Muqaddas")]
    [InlineData("people.tsv", "شہزادہ ولیم", "Shehzada William")]
    [InlineData("people.tsv", "شہزادہ ہیری", "Shehzada Harry")]
    [InlineData("places-cldr.tsv", "مغربی ایشیا", "Maghribi Asia")]
    [InlineData("places.tsv", "امریکہ", "America")]
    [InlineData("places.tsv", "کیف", "Kyiv")]
    [InlineData("places-cldr.tsv", "جرمنی", "Germany")]
    public void NameFiles_HoldTheIssueAndBriefExamplesAsTheOnlyReading(string file, string urdu, string latin)
    {
        GazetteerData.Read(file).Where(e => e.Urdu == urdu).Select(e => e.Latin).Should().Equal(latin);
    }

    [Fact]
    public void NameFiles_SpellTheWordsATranslationWouldReplace()
    {
        List<string> problems = [];
        foreach (string file in NameFiles)
        {
            foreach (GazetteerData.Entry e in GazetteerData.Read(file))
            {
                string[] words = e.Urdu.Split(' ');
                foreach ((string urdu, string latin) in SpelledWords)
                {
                    if (words.Contains(urdu) && !latin.Split('|').Any(l => e.Latin.Contains(l, StringComparison.OrdinalIgnoreCase)))
                    {
                        problems.Add($"{file}:{e.Line}: '{e.Urdu}' → '{e.Latin}' should spell {urdu} as {latin}");
                    }
                }
            }
        }

        problems.Should().BeEmpty();
    }

    [Fact]
    public void EstablishedSpellings_AreReviewedRowsOfTheNameFiles()
    {
        HashSet<(string, string)> rows = NameFiles
            .SelectMany(GazetteerData.Read)
            .Select(e => (e.Urdu, e.Latin))
            .ToHashSet();
        List<string> problems = [];
        HashSet<(string, string)> seen = [];
        foreach (GazetteerData.Line line in GazetteerData.ReadEstablishedSpellings())
        {
            string[] c = line.Columns;
            if (c.Length != 3 || c[2].Length == 0)
            {
                problems.Add($"{line.Number}: expected urdu, latin and a reason");
                continue;
            }

            if (!rows.Contains((c[0], c[1])))
            {
                problems.Add($"{line.Number}: '{c[0]}' → '{c[1]}' is not a row of any name file");
            }

            if (!seen.Add((c[0], c[1])))
            {
                problems.Add($"{line.Number}: '{c[0]}' → '{c[1]}' is listed twice");
            }
        }

        problems.Should().BeEmpty();
        seen.Should().HaveCountGreaterThan(150);
    }
}
