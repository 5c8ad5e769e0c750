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

    [Fact]
    public void Repair_JoinedRealWords_KeepsEveryInvariant_DataModel() =>
        s_joinedText.Sample(text => SpacingInvariants.Check(UrduTextData.SpacingRepairer, text, new Random(PropertySeed.Of(text))), iter: PropertySeed.Iterations(1500));

    [Fact]
    public void Repair_JoinedRealWords_KeepsEveryInvariant_CoreModel() =>
        s_joinedText.Sample(text => SpacingInvariants.Check(UrduSpacingRepairer.Default, text, new Random(PropertySeed.Of(text))), iter: PropertySeed.Iterations(1500));

    [Fact]
    public void Repair_GeneratedHardText_KeepsEveryInvariant() =>
        UrduGen.Default.Sample(text => SpacingInvariants.Check(UrduTextData.SpacingRepairer, text, new Random(PropertySeed.Of(text))), iter: PropertySeed.Iterations(1500));

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
