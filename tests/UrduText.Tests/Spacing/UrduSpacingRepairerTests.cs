using System.Buffers;
using CsCheck;
using UrduText.Tests.Properties;

namespace UrduText.Tests.Spacing;

public sealed class UrduSpacingRepairerTests
{
    const string Acceptance = "انہوں نے فیصلہ کرلیا کہ وہ کل جاسکتا ہے";
    const string AcceptanceRepaired = "انہوں نے فیصلہ کر لیا کہ وہ کل جا سکتا ہے";

    public static TheoryData<string, string> Golden()
    {
        var data = new TheoryData<string, string>();
        foreach (string line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "TestData", "spacing.tsv")))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] columns = line.Split('\t');
            data.Add(GoldenText.Unescape(columns[0]), GoldenText.Unescape(columns[1]));
        }

        return data;
    }

    [Fact]
    public void Repair_AcceptanceSentence_DataModelRestoresBothSpaces() =>
        UrduTextData.SpacingRepairer.Repair(Acceptance).Should().Be(AcceptanceRepaired);

    [Fact]
    public void Repair_AcceptanceSentence_CoreModelRestoresBothSpaces() =>
        UrduSpacingRepairer.Default.Repair(Acceptance).Should().Be(AcceptanceRepaired);

    [Fact]
    public void Repair_RepairedAcceptanceSentence_ReturnsSameInstance()
    {
        UrduTextData.SpacingRepairer.Repair(AcceptanceRepaired).Should().BeSameAs(AcceptanceRepaired);
        UrduSpacingRepairer.Default.Repair(AcceptanceRepaired).Should().BeSameAs(AcceptanceRepaired);
    }

    [Theory]
    [MemberData(nameof(Golden))]
    public void Repair_GoldenLine_MatchesExpected(string input, string expected) =>
        UrduTextData.SpacingRepairer.Repair(input).Should().Be(expected);

    [Fact]
    public void EnumerateEdits_AcceptanceSentence_ReportsPositionsInTheOriginal()
    {
        var edits = new List<UrduSpacingEdit>();
        foreach (UrduSpacingEdit edit in UrduTextData.SpacingRepairer.EnumerateEdits(Acceptance))
        {
            edits.Add(edit);
        }

        int kar = Acceptance.IndexOf("کرلیا", StringComparison.Ordinal) + 2;
        int ja = Acceptance.IndexOf("جاسکتا", StringComparison.Ordinal) + 2;
        edits.Should().Equal(new UrduSpacingEdit(kar, UrduSpacingEditKind.InsertSpace), new UrduSpacingEdit(ja, UrduSpacingEditKind.InsertSpace));
    }

    [Theory]
    [InlineData("2024کرلیا")]
    [InlineData("https://example.com/کرلیا")]
    [InlineData("#کرلیا @کرلیا")]
    [InlineData("کر\u200Cلیا")]
    [InlineData("kar liya karliya")]
    public void Repair_NonWordTokens_AreNeverSplit(string text)
    {
        string repaired = UrduTextData.SpacingRepairer.Repair(text);
        repaired.Replace("کر لیا", "کرلیا", StringComparison.Ordinal).Should().Be(text, "only the bare word after a number may be split");
        if (!text.StartsWith("2024", StringComparison.Ordinal))
        {
            repaired.Should().BeSameAs(text);
        }
    }

    [Fact]
    public void Repair_SpanIntoLargeEnoughDestination_AllocatesNothing()
    {
        UrduSpacingRepairer repairer = UrduTextData.SpacingRepairer;
        char[] destination = new char[UrduSpacingRepairer.GetMaxRepairedLength(Acceptance.Length)];
        repairer.Repair(Acceptance, destination, out _, out _);
        Allocations.ShouldAllocateNothing(() => repairer.Repair(Acceptance, destination, out _, out _));
        Allocations.ShouldAllocateNothing(() =>
        {
            foreach (UrduSpacingEdit edit in repairer.EnumerateEdits(Acceptance))
            {
                _ = edit;
            }
        });
    }

    [Fact]
    public void Repair_DestinationTooSmall_StopsAtAContextRestartAndResumesToTheSameOutput()
    {
        string text = Acceptance + "\n" + Acceptance;
        char[] destination = new char[text.Length + 2]; // room for the first line's two spaces, not the second's
        OperationStatus status = UrduTextData.SpacingRepairer.Repair(text, destination, out int consumed, out int written);
        status.Should().Be(OperationStatus.DestinationTooSmall);
        consumed.Should().Be(Acceptance.Length + 1);
        new string(destination, 0, written).Should().Be(AcceptanceRepaired + "\n");
    }

    [Fact]
    public void Repair_Null_Throws() =>
        FluentActions.Invoking(() => UrduSpacingRepairer.Default.Repair(null!)).Should().Throw<ArgumentNullException>();

    [Fact]
    public void GetMaxRepairedLength_Negative_Throws() =>
        FluentActions.Invoking(() => UrduSpacingRepairer.GetMaxRepairedLength(-1)).Should().Throw<ArgumentOutOfRangeException>();

    [Fact]
    public void Load_NotAModel_ThrowsInvalidData() =>
        FluentActions.Invoking(() => UrduSpacingModel.Load(new MemoryStream([1, 2, 3, 4]))).Should().Throw<InvalidDataException>();

    /// <summary>A spacing model file written by hand: the gzip stream, the "UTSP" magic, the version, then <paramref name="body"/>.</summary>
    static MemoryStream GzipModel(int version, Action<BinaryWriter> body)
    {
        var stream = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new BinaryWriter(gzip))
        {
            writer.Write(0x50535455u);
            writer.Write(version);
            body(writer);
        }

        stream.Position = 0;
        return stream;
    }

    /// <summary>A version 1 model file (no character model, no pairs): the scoring constants and words of one count.</summary>
    static MemoryStream VersionOneModel(string name, UrduSpacingScoring scoring, int count, params string[] words) =>
        GzipModel(version: 1, writer =>
        {
            writer.Write(name);
            writer.Write(scoring.SplitPenalty);
            writer.Write(scoring.UnknownLogProbability);
            writer.Write(scoring.UnknownPerChar);
            writer.Write(words.Length);
            foreach (string word in words)
            {
                writer.Write(word);
                writer.Write(count);
                writer.Write((byte)0);
            }

            writer.Write(0);
        });

    [Fact]
    public void Load_VersionOneModel_LoadsWithoutACharacterModel()
    {
        // A model file as version 1 wrote it (no character model section): still readable, scored per char.
        UrduSpacingModel model = UrduSpacingModel.Load(VersionOneModel("v1 test model", new(1.0, -8.0, 2.5), 100, "کر", "لیا", "کے"));

        model.Name.Should().Be("v1 test model");
        model.Characters.Should().BeNull();
        new UrduSpacingRepairer(model).Repair("کرلیا").Should().Be("کر لیا");
    }

    [Fact]
    public void Load_NewerVersion_ThrowsInvalidDataNamingIt()
    {
        MemoryStream stream = GzipModel(version: 99, _ => { });
        FluentActions.Invoking(() => UrduSpacingModel.Load(stream)).Should().Throw<InvalidDataException>().WithMessage("*version 99*");
    }

    [Fact]
    public void Characters_DataModel_IsAProbabilityDistributionAfterEveryHistory()
    {
        // Witten-Bell in back-off form: after any history the 256 symbols' probabilities add up to one. Histories are
        // taken from real words (seen ones) and from letters in an order no word has (backed off).
        CharNgramModel characters = UrduTextData.SpacingModel.Characters!;
        characters.Should().NotBeNull();
        Span<byte> history = stackalloc byte[CharNgramModel.MaxOrder];
        foreach (string context in (string[])["پاک", "کر", "ؤک", "ےے", "ژژ", ""])
        {
            history[0] = CharNgramModel.Start;
            int length = 1;
            foreach (char c in context)
            {
                history[length++] = CharNgramModel.Symbol(c);
            }

            ReadOnlySpan<byte> used = history[Math.Max(0, length - (characters.Order - 1))..length];
            double total = 0;
            for (int symbol = 0; symbol < 256; symbol++)
            {
                total += Math.Exp(characters.LogProbability(used, (byte)symbol));
            }

            total.Should().BeApproximately(1.0, 1e-3, $"after '{context}'");
        }
    }

    [Theory]
    [InlineData("بتاؤکہ", "بتاؤ کہ")]
    [InlineData("اگلےجنم", "اگلے جنم")]
    [InlineData("نمازفجر", "نماز فجر")]
    public void Repair_UnknownWordRunningPastAWordEnd_DataModelSplitsIt(string written, string repaired)
    {
        // Neither the joined form nor the pair is in the counts: the character model scores the joined form low where
        // a word usually ends (ؤ، ے، ز at the end of بتاؤ، اگلے، نماز).
        UrduTextData.SpacingModel.Contains(written).Should().BeFalse();
        UrduTextData.SpacingRepairer.Repair(written).Should().Be(repaired);
    }

    [Theory]
    [InlineData("غصے اورجھنجھلاہٹ میں", "غصے اور جھنجھلاہٹ میں", "جھنجھلاہٹ")]
    [InlineData("بچے کوگدگدایا", "بچے کو گدگدایا", "گدگدایا")]
    public void Repair_UnknownPieceAfterAFrequentWord_DataModelGuessesIt(string written, string repaired, string guessed)
    {
        // The lexicon lacks the piece; after اور / کو (among the most frequent words) it is scored as an unknown word.
        UrduTextData.SpacingModel.Contains(guessed).Should().BeFalse();
        UrduTextData.SpacingRepairer.Repair(written).Should().Be(repaired);
    }

    [Theory]
    [InlineData("وہ لیوارڈمیں رہتا ہے", "وہ لیوارڈ میں رہتا ہے", "لیوارڈ", false)]
    [InlineData("وہ لیوارڈمیں رہتا ہے", "وہ لیوارڈ میں رہتا ہے", "لیوارڈ", true)]
    [InlineData("اسے الشعراءمیں پڑھا", "اسے الشعراء میں پڑھا", "الشعراء", false)]
    [InlineData("اسے الشعراءمیں پڑھا", "اسے الشعراء میں پڑھا", "الشعراء", true)]
    public void Repair_UnknownWordBeforeAFrequentWord_GuessesIt(string written, string repaired, string guessed, bool dataModel)
    {
        // A name the lexicon lacks and a postposition: the name is scored as an unknown word, میں after it as after a
        // word with no known pairs.
        UrduSpacingRepairer repairer = dataModel ? UrduTextData.SpacingRepairer : UrduSpacingRepairer.Default;
        repairer.Model.Contains(guessed).Should().BeFalse();
        repairer.Repair(written).Should().Be(repaired);
    }

    [Theory]
    [InlineData("موہنداس کرم چند گاندھی", false)]
    [InlineData("موہنداس کرم چند گاندھی", true)]
    [InlineData("البٹراس", false)]
    [InlineData("البٹراس", true)]
    [InlineData("بھوسے", false)]
    [InlineData("بھوسے", true)]
    public void Repair_UnknownWordEndingLikeAFrequentWord_IsKept(string text, bool dataModel)
    {
        // موہند|اس, البٹر|اس, بھو|سے: a guessed first piece and a frequent word score below the whole unknown word
        // (an earlier form of the guess, tried and dropped, cut these; docs/spacing.md).
        UrduSpacingRepairer repairer = dataModel ? UrduTextData.SpacingRepairer : UrduSpacingRepairer.Default;
        repairer.Repair(text).Should().BeSameAs(text);
    }

    [Fact]
    public void Repair_UnknownPieceAfterAFrequentWord_CoreModelGuessesItByLength()
    {
        // Without a character model a guessed piece scores U - u * length, like any word the core lexicon lacks.
        UrduSpacingModel.Default.Contains("ایشائی").Should().BeFalse();
        UrduSpacingRepairer.Default.Repair("یورپ اورایشائی ممالک").Should().Be("یورپ اور ایشائی ممالک");
    }

    [Fact]
    public void Repair_UnknownPieceAfterAFrequentWord_JoiningRepairDoesNotGuess()
    {
        // A guess depends on the word before it, which a join on the output could change (docs/spacing.md).
        new UrduSpacingRepairer(UrduTextData.SpacingModel, joinSplitWords: true).Repair("غصے اورجھنجھلاہٹ میں").Should().Be("غصے اورجھنجھلاہٹ میں");
    }

    [Theory]
    [InlineData("خرید وفروخت", "خرید و فروخت")]
    [InlineData("خریدوفروخت", "خرید و فروخت")]
    public void Repair_ConjunctionWrittenAgainstItsWords_DataModelSpacesIt(string written, string repaired)
    {
        UrduTextData.SpacingRepairer.Repair(written).Should().Be(repaired);
        new UrduSpacingRepairer(UrduTextData.SpacingModel, joinSplitWords: true).Repair(written).Should().Be(repaired);
    }

    [Fact]
    public void Repair_LeadingConjunctionInAWordWithMarks_IsKept()
    {
        // Vocalized text is mostly Arabic quotation, where و is written attached to its word.
        UrduTextData.SpacingRepairer.Repair("خرید وَفروخت").Should().Be("خرید وَفروخت");
        UrduTextData.SpacingRepairer.Repair("خرید وفروخت").Should().Be("خرید و فروخت");
    }

    [Fact]
    public void Repair_JoinedFormOfAnAttestedPair_IsSplitAfterTheWordsThePairFollows()
    {
        // Wikipedia writes کیا جاسکتا as well as کیا جا سکتا; the generator gives the pairs of the joined form to its pieces.
        UrduTextData.SpacingRepairer.Repair("یہ کیا جاسکتا ہے").Should().Be("یہ کیا جا سکتا ہے");
    }

    [Fact]
    public void Characters_CoreModel_IsAbsent() => UrduSpacingModel.Default.Characters.Should().BeNull();

    [Fact]
    public void Default_Model_HasItsWordsAndNoPairs()
    {
        UrduSpacingModel.Default.WordCount.Should().BeGreaterThan(15_000);
        UrduSpacingModel.Default.Contains("سکتا").Should().BeTrue();
        UrduSpacingModel.Default.Contains("جاسکتا").Should().BeFalse("joined word + auxiliary forms are dropped from the Tesseract list");
        UrduTextData.SpacingModel.PairCount.Should().BeGreaterThan(10_000);
    }

    // ---- properties ----

    static readonly string[] s_newsWords = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "corpus", "independent-urdu-putin-kim.txt"))
        .Split([' ', '\n', '\r', '۔', '،'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Real words joined by a space, nothing, a line break or punctuation: spaces to restore everywhere.</summary>
    static readonly Gen<string> s_joinedText = Gen.Select(
        Gen.Int[0, s_newsWords.Length - 1].Array[1, 24],
        Gen.OneOf(Gen.Const(" "), Gen.Const(""), Gen.Const(""), Gen.Const("\n"), Gen.Const("، "), Gen.Const("\u200C")).Array[24],
        (words, separators) => string.Concat(words.Select((w, i) => s_newsWords[w] + separators[i])));

    static readonly string[] s_frequentWords = ["و", "اور", "کے", "سے", "کا", "پر", "کو", "تو", "یا"];

    /// <summary>
    /// Real words, frequent words, the conjunction و and invented words the lexicon lacks, run together or apart: text
    /// where the repair guesses pieces and cuts off و.
    /// </summary>
    static readonly Gen<string> s_guessText = Gen.Select(
        Gen.OneOf(
            Gen.Int[0, s_newsWords.Length - 1].Select(i => s_newsWords[i]),
            Gen.Int[0, s_frequentWords.Length - 1].Select(i => s_frequentWords[i]),
            Gen.Char["ابپتٹجچدڈرڑزسشعفقکگلمنوہیے"].Array[3, 7].Select(c => new string(c))).Array[1, 16],
        Gen.OneOf(Gen.Const(" "), Gen.Const(""), Gen.Const(""), Gen.Const("\n"), Gen.Const("، ")).Array[16],
        (words, separators) => string.Concat(words.Select((w, i) => w + separators[i])));

    [Fact]
    public void Repair_GuessedPiecesAndConjunctions_KeepEveryInvariant_DataModel() =>
        SpacingInvariants.Sample(s_guessText, UrduTextData.SpacingRepairer);

    [Fact]
    public void Repair_GuessedPiecesAndConjunctions_KeepEveryInvariant_CoreModel() =>
        SpacingInvariants.Sample(s_guessText, UrduSpacingRepairer.Default);

    [Fact]
    public void Repair_GuessedPiecesAndConjunctions_KeepEveryInvariantWhenJoining_DataModel() =>
        SpacingInvariants.Sample(s_guessText, new UrduSpacingRepairer(UrduTextData.SpacingModel, joinSplitWords: true));

    [Fact]
    public void Repair_WordOfConjunctionsAndShortWords_NeverOutgrowsGetMaxRepairedLength()
    {
        // و|سر|و|سر|و|سر would be five spaces in nine chars, more than GetMaxRepairedLength allows for (half the length):
        // a model that knows only سر and و, and finds every unknown word unlikely, would choose it.
        UrduSpacingModel model = UrduSpacingModel.Load(VersionOneModel("conjunction test model", new(0.0, -50.0, 2.5), 1000, "سر", "و"));
        foreach (string text in (string[])["وسروسروسر", "وسر", "سروسر", "وسروسروسر وسروسروسر"])
        {
            foreach (UrduSpacingRepairer repairer in new[] { new UrduSpacingRepairer(model), new UrduSpacingRepairer(model, joinSplitWords: true) })
            {
                char[] destination = new char[UrduSpacingRepairer.GetMaxRepairedLength(text.Length)];
                repairer.Repair(text, destination, out int consumed, out _).Should().Be(OperationStatus.Done, text);
                consumed.Should().Be(text.Length);
            }
        }

        new UrduSpacingRepairer(model).Repair("وسروسر").Should().Be("و سر و سر", "a leading و is cut off a word the lexicon lacks");
        new UrduSpacingRepairer(model).Repair("سروسر").Should().Be("سر و سر");
    }

    [Fact]
    public void Repair_JoinedRealWords_KeepsEveryInvariant_DataModel() =>
        SpacingInvariants.Sample(s_joinedText, UrduTextData.SpacingRepairer);

    [Fact]
    public void Repair_JoinedRealWords_KeepsEveryInvariant_CoreModel() =>
        SpacingInvariants.Sample(s_joinedText, UrduSpacingRepairer.Default);

    /// <summary>Real words, some with a space inside at a point where it is invisible (after a non-joining letter), as in پاکستا نی.</summary>
    static readonly Gen<string> s_splitText = Gen.Select(
        Gen.Int[0, s_newsWords.Length - 1].Array[1, 24],
        Gen.Int[0, 99].Array[24],
        Gen.OneOf(Gen.Const(" "), Gen.Const(" "), Gen.Const(""), Gen.Const("\n"), Gen.Const("، ")).Array[24],
        (words, cuts, separators) => string.Concat(words.Select((w, i) => SplitAt(s_newsWords[w], cuts[i]) + separators[i])));

    static string SplitAt(string word, int seed)
    {
        var points = Enumerable.Range(2, Math.Max(0, word.Length - 3)).Where(i => UrduSpacingRepairer.IsCutPoint(word, i)).ToArray();
        return points.Length == 0 || seed >= 40 ? word : word.Insert(points[seed % points.Length], " ");
    }

    [Fact]
    public void Repair_SplitRealWords_KeepsEveryInvariantWhenJoining_DataModel() =>
        SpacingInvariants.Sample(s_splitText, new UrduSpacingRepairer(UrduTextData.SpacingModel, joinSplitWords: true));

    [Fact]
    public void Repair_SplitRealWords_KeepsEveryInvariantWhenJoining_CoreModel() =>
        SpacingInvariants.Sample(s_splitText, new UrduSpacingRepairer(UrduSpacingModel.Default, joinSplitWords: true));

    [Theory]
    [InlineData("پاکستا نی عوام", "پاکستانی عوام")]
    [InlineData("یہ مخصو ص علاقہ ہے", "یہ مخصوص علاقہ ہے")]
    [InlineData("ایک خوب صورت شہر", "ایک خوب\u200Cصورت شہر")]
    [InlineData("انہوں نے فیصلہ کرلیا کہ وہ کل جاسکتا ہے", "انہوں نے فیصلہ کر لیا کہ وہ کل جا سکتا ہے")]
    public void Repair_JoiningDataModel_JoinsSplitWordsAndStillRestoresSpaces(string text, string expected)
    {
        var repairer = new UrduSpacingRepairer(UrduTextData.SpacingModel, joinSplitWords: true);

        repairer.Repair(text).Should().Be(expected);
        UrduTextData.SpacingRepairer.Repair(text).Should().Be(text.Contains("فیصلہ", StringComparison.Ordinal) ? expected : text, "joining is off by default");
    }

    [Fact]
    public void EnumerateEdits_Joins_ReportTheSpaceAndHowItGoes()
    {
        const string text = "پاکستا نی اور خوب صورت";
        var repairer = new UrduSpacingRepairer(UrduTextData.SpacingModel, joinSplitWords: true);
        var edits = new List<UrduSpacingEdit>();
        foreach (UrduSpacingEdit edit in repairer.EnumerateEdits(text))
        {
            edits.Add(edit);
        }

        edits.Should().Equal(
            new UrduSpacingEdit(text.IndexOf(' ', StringComparison.Ordinal), UrduSpacingEditKind.RemoveSpace),
            new UrduSpacingEdit(text.LastIndexOf(' '), UrduSpacingEditKind.ReplaceSpaceWithZwnj));
    }

    [Fact]
    public void Repair_JoiningCoreModel_JoinsOnlyPiecesThatAreNoWords()
    {
        // Without pair counts a compound cannot be told from a phrase, and the core lists hold joined phrases (اوراسلام).
        var repairer = new UrduSpacingRepairer(UrduSpacingModel.Default, joinSplitWords: true);
        repairer.JoinsSplitWords.Should().BeTrue();
        UrduSpacingModel.Default.Contains("اوراسلام").Should().BeTrue();

        repairer.Repair("یہ مخصو ص علاقہ").Should().Be("یہ مخصوص علاقہ");
        repairer.Repair("اور اسلام").Should().Be("اور اسلام");
    }

    [Fact]
    public void Repair_GeneratedHardText_KeepsEveryInvariantWhenJoining() =>
        SpacingInvariants.Sample(UrduGen.Default, new UrduSpacingRepairer(UrduTextData.SpacingModel, joinSplitWords: true));

    [Fact]
    public void Repair_JoiningSpanIntoLargeEnoughDestination_AllocatesNothing()
    {
        var repairer = new UrduSpacingRepairer(UrduTextData.SpacingModel, joinSplitWords: true);
        string text = "پاکستا نی عوام نے فیصلہ کرلیا\nایک خوب صورت شہر";
        char[] destination = new char[UrduSpacingRepairer.GetMaxRepairedLength(text.Length)];
        repairer.Repair(text, destination, out _, out _); // rents the pooled buffers once
        repairer.IsRepaired(text);
        Allocations.ShouldAllocateNothing(() => repairer.Repair(text, destination, out _, out _));
        Allocations.ShouldAllocateNothing(() => repairer.IsRepaired(text), "IsRepaired returns what it rents");
        Allocations.ShouldAllocateNothing(() =>
        {
            foreach (UrduSpacingEdit edit in repairer.EnumerateEdits(text))
            {
                _ = edit;
            }
        });
    }

    [Fact]
    public void EnumerateEdits_WordByWordWithPrecedingWord_NeverJoinsAcrossTheBoundary()
    {
        // The per-word form (what the Lucene tokenizer calls) sees one word: there is no space in it to take out.
        var repairer = new UrduSpacingRepairer(UrduTextData.SpacingModel, joinSplitWords: true);
        var edits = new List<UrduSpacingEdit>();
        foreach (UrduSpacingEdit edit in repairer.EnumerateEdits("نی", "پاکستا"))
        {
            edits.Add(edit);
        }

        edits.Should().BeEmpty();
        repairer.Repair("پاکستا نی").Should().Be("پاکستانی");
    }

    [Fact]
    public void Repair_GeneratedHardText_KeepsEveryInvariant() =>
        SpacingInvariants.Sample(UrduGen.Default, UrduTextData.SpacingRepairer);

    [Fact]
    public void EnumerateEdits_WordByWordWithPrecedingWord_EqualsTheWholeText_DataModel() =>
        s_joinedText.Sample(text => CheckWordByWord(UrduTextData.SpacingRepairer, text), iter: PropertySeed.Iterations(1000));

    [Fact]
    public void EnumerateEdits_WordByWordWithPrecedingWord_EqualsTheWholeText_CoreModel() =>
        s_joinedText.Sample(text => CheckWordByWord(UrduSpacingRepairer.Default, text), iter: PropertySeed.Iterations(1000));

    [Fact]
    public void EnumerateEdits_PrecedingWordChangesTheDecision_UsesIt()
    {
        // The pair context is what the overload is for: some word must be decided differently after some word of the
        // article than with no context, or the overload could ignore its argument and the property above still hold.
        UrduSpacingRepairer repairer = UrduTextData.SpacingRepairer;
        int differ = 0;
        foreach (string joined in s_newsWords.Zip(s_newsWords.Skip(1), (a, b) => a + b).Distinct().Take(3000))
        {
            int plain = Count(repairer.EnumerateEdits(joined));
            foreach (string before in s_newsWords.Take(200))
            {
                differ += Count(repairer.EnumerateEdits(joined, before)) != plain ? 1 : 0;
            }
        }

        differ.Should().BeGreaterThan(0);

        static int Count(UrduSpacingEditEnumerator edits)
        {
            int n = 0;
            foreach (UrduSpacingEdit unused in edits)
            {
                n++;
            }

            return n;
        }
    }

    // Word by word, each with the last piece of the word before it (none after a line break or a token that is not a
    // word), gives exactly the edits of the whole text: what a token stream (the Lucene tokenizer) relies on.
    static void CheckWordByWord(UrduSpacingRepairer repairer, string text)
    {
        var whole = new List<int>();
        foreach (UrduSpacingEdit edit in repairer.EnumerateEdits(text))
        {
            whole.Add(edit.Position);
        }

        var byWord = new List<int>();
        string previous = "";
        int lastEnd = 0;
        foreach (UrduToken token in UrduTokenizer.Tokenize(text))
        {
            bool lineBreak = text.AsSpan(lastEnd, token.Start - lastEnd).IndexOfAny("\n\r\u2028\u2029") >= 0;
            lastEnd = token.End;
            if (token.Kind != UrduTokenKind.Word)
            {
                previous = "";
                continue;
            }

            int lastCut = 0;
            foreach (UrduSpacingEdit edit in repairer.EnumerateEdits(text.AsSpan(token.Start, token.Length), lineBreak ? "" : previous))
            {
                byWord.Add(token.Start + edit.Position);
                lastCut = edit.Position;
            }

            previous = text.Substring(token.Start + lastCut, token.Length - lastCut);
        }

        byWord.Should().Equal(whole, NormalizationHarnessEscape(text));
    }

    static string NormalizationHarnessEscape(string text) => string.Concat(text.Select(c => c < ' ' ? $"\\u{(int)c:X4}" : c.ToString()));
}
