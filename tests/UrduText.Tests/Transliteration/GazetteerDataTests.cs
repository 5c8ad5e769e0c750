using System.Globalization;
using System.Text;

namespace UrduText.Tests.Transliteration;

/// <summary>
/// Validates the curated transliteration data in <c>src/UrduText/Transliteration/Data/gazetteer/*.tsv</c> and the
/// held-out evaluation set <c>TestData/translit-unseen-names.tsv</c>. The rules checked here are the file contract
/// with the transliteration engine (see docs/transliteration-data.md).
/// </summary>
public sealed class GazetteerDataTests
{
    static readonly string[] KnownTypes =
        ["person", "place", "country", "org", "media", "word", "loanword", "acronym-letter", "other"];

    /// <summary>Every file the engine is expected to load; a new file must be added here (and to the docs).</summary>
    public static readonly TheoryData<string> Files = new(
        "seed-article.tsv",
        "places.tsv",
        "places-cldr.tsv",
        "people.tsv",
        "orgs-media.tsv",
        "acronym-letters.tsv",
        "loanwords.tsv",
        "common-words.tsv");

    /// <summary>Lower bounds, so that a truncated or accidentally emptied file fails loudly.</summary>
    static readonly Dictionary<string, int> MinimumRows = new(StringComparer.Ordinal)
    {
        ["seed-article.tsv"] = 80,
        ["places.tsv"] = 600,
        ["places-cldr.tsv"] = 550,
        ["people.tsv"] = 500,
        ["orgs-media.tsv"] = 250,
        ["acronym-letters.tsv"] = 26,
        ["loanwords.tsv"] = 400,
        ["common-words.tsv"] = 6000,
    };

    const int MinimumUnseenNames = 300;

    [Fact]
    public void Directory_HoldsExactlyTheListedFiles()
    {
        string[] onDisk = Directory.GetFiles(GazetteerData.Directory, "*.tsv")
            .Select(Path.GetFileName)
            .Select(n => n!)
            .Order(StringComparer.Ordinal)
            .ToArray();
        string[] listed = Files.Select(row => row.Data).Order(StringComparer.Ordinal).ToArray();

        onDisk.Should().Equal(listed, "every gazetteer file must be validated here and documented in docs/transliteration-data.md");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void File_StartsWithHeaderCommentNamingSourceAndLicence(string file)
    {
        string[] lines = File.ReadAllLines(Path.Combine(GazetteerData.Directory, file), Encoding.UTF8);
        string header = string.Join('\n', lines.TakeWhile(l => l.StartsWith('#')));

        lines[0].Should().StartWith("# " + file, "the first line names the file");
        header.Should().MatchRegex("(?i)source", "the header says where the entries come from");
        header.Should().MatchRegex("(MIT|Unicode|CC0|Apache)", "the header states the licence");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void File_ParsesIntoThreeColumnsWithKnownTypes(string file)
    {
        List<string> problems = [];
        foreach (GazetteerData.Line line in GazetteerData.ReadRaw(file))
        {
            if (line.Columns.Length != 3)
            {
                problems.Add($"{file}:{line.Number}: {line.Columns.Length} columns");
                continue;
            }

            if (!KnownTypes.Contains(line.Columns[2]))
            {
                problems.Add($"{file}:{line.Number}: unknown type '{line.Columns[2]}'");
            }
        }

        problems.Should().BeEmpty();
        GazetteerData.ReadRaw(file).Count().Should().BeGreaterThanOrEqualTo(MinimumRows[file]);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void UrduSide_IsCanonicalUrduLettersAndSingleSpaces(string file)
    {
        List<string> problems = [];
        foreach (GazetteerData.Entry e in GazetteerData.Read(file))
        {
            string? why = GazetteerData.CheckUrdu(e.Urdu);
            if (why is not null)
            {
                problems.Add($"{file}:{e.Line}: '{e.Urdu}': {why}");
            }
        }

        problems.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void LatinSide_IsLatinLettersWithNamepunctuation(string file)
    {
        List<string> problems = [];
        foreach (GazetteerData.Entry e in GazetteerData.Read(file))
        {
            string? why = GazetteerData.CheckLatin(e.Latin);
            if (why is not null)
            {
                problems.Add($"{file}:{e.Line}: '{e.Latin}': {why}");
            }
        }

        problems.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void File_HasNoDuplicateRowsAndAlternativesFollowThePreferredRow(string file)
    {
        // The contract: one Urdu key may carry several Latin spellings only as a block of consecutive rows, the first
        // being the preferred one. An identical repeated row, or a key that reappears later in the file, is a mistake.
        List<string> problems = [];
        Dictionary<string, (int Line, HashSet<string> Latins)> seen = new(StringComparer.Ordinal);
        string? previousKey = null;
        foreach (GazetteerData.Entry e in GazetteerData.Read(file))
        {
            if (seen.TryGetValue(e.Urdu, out var first))
            {
                if (!first.Latins.Add(e.Latin))
                {
                    problems.Add($"{file}:{e.Line}: '{e.Urdu}' → '{e.Latin}' repeats line {first.Line}");
                }
                else if (!string.Equals(previousKey, e.Urdu, StringComparison.Ordinal))
                {
                    problems.Add($"{file}:{e.Line}: alternative for '{e.Urdu}' is not next to its preferred row (line {first.Line})");
                }
            }
            else
            {
                seen.Add(e.Urdu, (e.Line, new HashSet<string>(StringComparer.Ordinal) { e.Latin }));
            }

            previousKey = e.Urdu;
        }

        problems.Should().BeEmpty();
    }

    [Fact]
    public void AcronymLetters_HoldTheTwentySixLetterNamesOfTheIssue()
    {
        Dictionary<string, string> preferred = GazetteerData.Preferred("acronym-letters.tsv");
        string[] expected =
        [
            "اے A", "بی B", "سی C", "ڈی D", "ای E", "ایف F", "جی G", "ایچ H", "آئی I", "جے J", "کے K", "ایل L", "ایم M",
            "این N", "او O", "پی P", "کیو Q", "آر R", "ایس S", "ٹی T", "یو U", "وی V", "ڈبلیو W", "ایکس X", "وائی Y", "زیڈ Z",
        ];
        foreach (string pair in expected)
        {
            string[] parts = pair.Split(' ');
            preferred.Should().ContainKey(parts[0]).WhoseValue.Should().Be(parts[1]);
        }

        GazetteerData.Read("acronym-letters.tsv").Should().OnlyContain(e => e.Type == "acronym-letter")
            .And.OnlyContain(e => e.Latin.Length == 1 && e.Latin[0] >= 'A' && e.Latin[0] <= 'Z');
        GazetteerData.Read("acronym-letters.tsv").Select(e => e.Latin).Distinct().Should().HaveCount(26);
    }

    [Theory]
    [InlineData("کم جونگ اُن", "Kim Jong Un")]
    [InlineData("کم جونگ ان", "Kim Jong Un")]
    [InlineData("ولادی میر پوتن", "Vladimir Putin")]
    [InlineData("پوتن", "Putin")]
    [InlineData("پیانگ یانگ", "Pyongyang")]
    [InlineData("پیونگ یانگ", "Pyongyang")]
    [InlineData("ووسٹوچنی کاسموڈروم", "Vostochny Cosmodrome")]
    [InlineData("یوکو کامیکاوا", "Yoko Kamikawa")]
    [InlineData("کم جونگ ڈے", "Kim Jong-dae")]
    [InlineData("سپوتنک", "Sputnik")]
    [InlineData("اے ایف پی", "AFP")]
    [InlineData("کے سی این اے", "KCNA")]
    [InlineData("یونسی انسٹی ٹیوٹ فار نارتھ کورین سٹڈیز", "Yonsei Institute for North Korean Studies")]
    [InlineData("کورین سینٹرل نیوز ایجنسی", "Korean Central News Agency")]
    [InlineData("شمالی کوریا", "Shumali Korea")]
    [InlineData("جنوبی کوریا", "Junoobi Korea")]
    [InlineData("ماسکو", "Moscow")]
    [InlineData("روس", "Russia")]
    [InlineData("یوکرین", "Ukraine")]
    [InlineData("جاپان", "Japan")]
    [InlineData("چین", "China")]
    [InlineData("سیئول", "Seoul")]
    [InlineData("امر", "Amur")]
    [InlineData("اقوام متحدہ", "Aqwam-e-Muttahida")]
    [InlineData("سلامتی کونسل", "Salamati Council")]
    public void SeedArticle_HasTheIssueExamples(string urdu, string latin)
    {
        GazetteerData.Preferred("seed-article.tsv").Should().ContainKey(urdu).WhoseValue.Should().Be(latin);
    }

    [Theory]
    [InlineData("common-words.tsv", "کے", "ke")]
    [InlineData("common-words.tsv", "نے", "ne")]
    [InlineData("common-words.tsv", "ہیں", "hain")]
    [InlineData("common-words.tsv", "کا", "ka")]
    [InlineData("common-words.tsv", "کیا", "kiya")]
    [InlineData("common-words.tsv", "دورہ", "daura")]
    [InlineData("places.tsv", "لاہور", "Lahore")]
    [InlineData("places.tsv", "کراچی", "Karachi")]
    [InlineData("places.tsv", "خیبر پختونخوا", "Khyber Pakhtunkhwa")]
    [InlineData("people.tsv", "علامہ اقبال", "Allama Iqbal")]
    [InlineData("people.tsv", "محمد علی جناح", "Muhammad Ali Jinnah")]
    [InlineData("people.tsv", "عمران خان", "Imran Khan")]
    [InlineData("people.tsv", "عبدالستار ایدھی", "Abdul Sattar Edhi")]
    [InlineData("people.tsv", "فیض احمد فیض", "Faiz Ahmad Faiz")]
    [InlineData("orgs-media.tsv", "پی ٹی آئی", "PTI")]
    [InlineData("orgs-media.tsv", "بی بی سی", "BBC")]
    [InlineData("orgs-media.tsv", "سی این این", "CNN")]
    [InlineData("orgs-media.tsv", "مسلم لیگ ن", "Muslim League-N")]
    [InlineData("orgs-media.tsv", "پی ایم ایل این", "PML-N")]
    [InlineData("orgs-media.tsv", "گوگل", "Google")]
    [InlineData("loanwords.tsv", "انسٹی ٹیوٹ", "Institute")]
    [InlineData("loanwords.tsv", "چینل", "Channel")]
    [InlineData("loanwords.tsv", "ٹی وی", "TV")]
    [InlineData("loanwords.tsv", "پارلیمنٹ", "parliament")]
    public void Files_HoldTheBriefExamples(string file, string urdu, string latin)
    {
        GazetteerData.Preferred(file).Should().ContainKey(urdu).WhoseValue.Should().BeEquivalentTo(latin, "case is the engine's business (loanwords are stored in lower case)");
    }

    [Fact]
    public void Article_EveryWordIsCovered()
    {
        // Every Urdu word of the sample article must be a single-word key (common words, loanwords, article names) or a
        // word inside a multi-word name of the article file, so that Readable output never falls back to the model on it.
        HashSet<string> single = new(StringComparer.Ordinal);
        foreach (string file in new[] { "common-words.tsv", "loanwords.tsv", "seed-article.tsv" })
        {
            foreach (GazetteerData.Entry e in GazetteerData.Read(file))
            {
                string key = GazetteerData.StripMarks(e.Urdu);
                if (file == "seed-article.tsv")
                {
                    single.UnionWith(key.Split(' '));
                }
                else if (!key.Contains(' ', StringComparison.Ordinal))
                {
                    single.Add(key);
                }
            }
        }

        string article = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "corpus", "independent-urdu-putin-kim.txt"));
        List<string> missing = GazetteerData.UrduWords(article)
            .Select(GazetteerData.StripMarks)
            .Where(w => !single.Contains(w))
            .Distinct()
            .ToList();

        missing.Should().BeEmpty();
    }

    [Fact]
    public void UnseenNames_ParseAndAreValid()
    {
        List<GazetteerData.UnseenName> names = GazetteerData.ReadUnseen().ToList();
        List<string> problems = [];
        foreach (GazetteerData.UnseenName n in names)
        {
            string? why = GazetteerData.CheckUrdu(n.Urdu);
            if (why is not null)
            {
                problems.Add($"{n.Line}: '{n.Urdu}': {why}");
            }

            foreach (string alt in n.Accepted)
            {
                string? bad = GazetteerData.CheckLatin(alt);
                if (bad is not null)
                {
                    problems.Add($"{n.Line}: '{alt}': {bad}");
                }
            }

            if (n.Origin is not ("urdu" or "arabic" or "persian" or "turkic" or "sanskrit" or "mixed"))
            {
                problems.Add($"{n.Line}: origin '{n.Origin}'");
            }
        }

        problems.Should().BeEmpty();
        names.Should().HaveCountGreaterThanOrEqualTo(MinimumUnseenNames);
        names.Select(n => n.Urdu).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void UnseenNames_DoNotOverlapAnyGazetteerFile()
    {
        // The set measures the statistical fallback, so none of its names (compared the way the engine's fuzzy keys
        // compare them: marks and spaces ignored) may be a key of any gazetteer file.
        Dictionary<string, string> keys = new(StringComparer.Ordinal);
        foreach (string file in Files.Select(row => row.Data))
        {
            foreach (GazetteerData.Entry e in GazetteerData.Read(file))
            {
                keys.TryAdd(GazetteerData.LooseKey(e.Urdu), $"{file}:{e.Line}");
            }
        }

        List<string> overlaps = GazetteerData.ReadUnseen()
            .Where(n => keys.ContainsKey(GazetteerData.LooseKey(n.Urdu)))
            .Select(n => $"{n.Urdu} (unseen line {n.Line}) = {keys[GazetteerData.LooseKey(n.Urdu)]}")
            .ToList();

        overlaps.Should().BeEmpty();
    }

    [Fact]
    public void UnseenNames_NoTokenIsInTheTrainingOnlyGivenNames()
    {
        // tools/UrduText.Generators/SourceData/pakistani-given-names.tsv trains the model; the held-out set must stay unseen
        // by it token by token (a full name of the set may not share a given name with that list either).
        string path = Path.Combine(GazetteerData.Directory, "..", "..", "..", "..", "..", "tools", "UrduText.Generators", "SourceData", "pakistani-given-names.tsv");
        HashSet<string> given = File.ReadLines(path, Encoding.UTF8)
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => GazetteerData.LooseKey(l.Split('\t')[0]))
            .ToHashSet(StringComparer.Ordinal);
        given.Count.Should().BeGreaterThan(150);

        GazetteerData.ReadUnseen()
            .SelectMany(n => n.Urdu.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(t => (Token: t, n.Line)))
            .Where(t => given.Contains(GazetteerData.LooseKey(t.Token)))
            .Select(t => $"{t.Token} (unseen line {t.Line})")
            .Should().BeEmpty();
    }

    [Fact]
    public void Counts_AreReported()
    {
        StringBuilder report = new();
        int total = 0;
        foreach (string file in Files.Select(row => row.Data))
        {
            List<GazetteerData.Entry> rows = GazetteerData.Read(file).ToList();
            int keys = rows.Select(r => r.Urdu).Distinct().Count();
            total += rows.Count;
            report.Append(CultureInfo.InvariantCulture, $"{file,-22} {rows.Count,6} rows {keys,6} keys  ").AppendLine(
                string.Join(' ', rows.GroupBy(r => r.Type).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}={g.Count()}")));
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"{"total",-22} {total,6} rows");
        report.AppendLine(CultureInfo.InvariantCulture, $"{"translit-unseen-names",-22} {GazetteerData.ReadUnseen().Count(),6} names");
        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());

        total.Should().BeGreaterThan(3000, "the issue asks for thousands of checked entries");
    }
}
