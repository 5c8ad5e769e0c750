using System.Buffers;
using System.IO.Compression;
using CsCheck;
using UrduText.Tests.Properties;

namespace UrduText.Tests.Transliteration;

/// <summary>Roman Urdu → Urdu (issue 17): the data-backed converter, the rule-based core fallback, and their invariants.</summary>
public sealed class RomanUrduConverterTests
{
    static RomanUrduConverter Data => UrduTextData.RomanUrduConverter;

    public static TheoryData<string, string> Golden()
    {
        var data = new TheoryData<string, string>();
        foreach (var (roman, urdu) in GoldenRows())
        {
            data.Add(roman, urdu);
        }

        return data;
    }

    static IEnumerable<(string Roman, string Urdu)> GoldenRows() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "TestData", "roman-urdu.tsv"))
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'))
            .Select(f => (f[0], f[1]));

    [Theory]
    [InlineData("aap kaise hain", "آپ کیسے ہیں")]
    [InlineData("main ghar ja raha hoon", "میں گھر جا رہا ہوں")]
    public void Convert_AcceptanceSentences_WritesUrduScript(string roman, string urdu) =>
        Data.Convert(roman).Should().Be(urdu);

    [Fact]
    public void Convert_GoldenSentences_AtLeastNinetyPercentOfWordsRight()
    {
        int words = 0, right = 0;
        var misses = new List<string>();
        foreach (var (roman, urdu) in GoldenRows())
        {
            string[] expected = urdu.Split(' ');
            string[] actual = Data.Convert(roman).Split(' ');
            actual.Length.Should().Be(expected.Length, roman);
            for (int i = 0; i < expected.Length; i++)
            {
                words++;
                if (UrduNormalizer.Default.Normalize(actual[i]) == expected[i])
                {
                    right++;
                }
                else
                {
                    misses.Add($"{roman}: {actual[i]} ≠ {expected[i]}");
                }
            }
        }

        ((double)right / words).Should().BeGreaterThanOrEqualTo(0.9, string.Join("\n", misses));
    }

    [Fact]
    public void Convert_ContextPicksTheWord_MainBeforeAVerbIsMain()
    {
        // "main" spells both میں (I / in) and مین (main, as in main road): the word model decides.
        Data.Convert("main ghar ja raha hoon").Should().StartWith("میں ");
    }

    [Theory]
    [InlineData("hai", "ہے")]
    [InlineData("hay", "ہے")]
    [InlineData("he", "ہے")]
    [InlineData("kya", "کیا")]
    [InlineData("kia", "کیا")]
    public void Candidates_SpellingVariants_MapToOneWord(string roman, string urdu) =>
        Data.Candidates(roman, 5).Select(c => c.Text).Should().Contain(urdu);

    [Fact]
    public void Candidates_UnseenSpelling_ComesFromTheModelBestFirst()
    {
        IReadOnlyList<TransliterationCandidate> c = Data.Candidates("zindagiyaan", 5);
        c.Should().NotBeEmpty().And.OnlyContain(x => x.Source == TransliterationSource.Model || x.Source == TransliterationSource.Lexicon);
        c.Select(x => x.Score).Should().BeInDescendingOrder();
        c.Count.Should().BeLessThanOrEqualTo(5);
    }

    [Fact]
    public void Candidates_BadArguments_Throw()
    {
        FluentActions.Invoking(() => Data.Candidates(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Data.Candidates("hai", 0)).Should().Throw<ArgumentOutOfRangeException>();
        Data.Candidates("123 ...", 3).Should().BeEmpty();
    }

    [Theory]
    [InlineData("aap kaise hain", "آپ کیسے ہیں")]
    [InlineData("khana", "خنا")]
    [InlineData("shukriya", "شکریا")]
    [InlineData("theek", "تھیک")]
    public void Default_Rules_WriteTheDocumentedLetters(string roman, string urdu) =>
        RomanUrduConverter.Default.Convert(roman).Should().Be(urdu);

    [Theory]
    [InlineData("see https://example.com/aap now")]
    [InlineData("mail ali@example.com")]
    [InlineData("NASA")]
    [InlineData("iPhone")]
    [InlineData("covid19")]
    [InlineData("#pakistan")]
    public void Convert_UrlsEmailsAcronymsAndCodes_KeepTheirLatinToken(string text)
    {
        string kept = text.Split(' ')[^1] == "now" ? text.Split(' ')[1] : text.Split(' ')[^1];
        Data.Convert(text).Should().Contain(kept);
        RomanUrduConverter.Default.Convert(text).Should().Contain(kept);
    }

    [Fact]
    public void Convert_EnglishWordsNotAttestedAsRomanUrdu_StayEnglish()
    {
        // "website" and "meeting" are attested (Urdu writes them in Urdu script), so they are converted; "yesterday" is not.
        Data.Convert("yesterday ghar par tha").Should().StartWith("yesterday ");
        Data.Convert("website").Should().NotBe("website");
        RomanUrduConverter.Default.Convert("thanks yaar").Should().StartWith("thanks ");
    }

    [Theory]
    [InlineData("Please send me the report before the meeting on Monday.")]
    [InlineData("This file is part of the library, and you can use it under the terms of the licence.")]
    public void Convert_EnglishSentence_IsLeftAsItIs(string english)
    {
        // Dakshina attests "send", "report", "meeting", "file" … as Roman Urdu spellings; the sentence as a whole is English.
        Data.Convert(english).Should().BeSameAs(english);
        RomanUrduConverter.Default.Convert(english).Should().BeSameAs(english);
    }

    [Fact]
    public void Convert_EnglishSentenceThenRomanUrdu_ConvertsOnlyTheRomanUrdu()
    {
        string output = Data.Convert("Please send me the report before the meeting. aap kaise hain");
        output.Should().Be("Please send me the report before the meeting. آپ کیسے ہیں");
        Data.Convert("wo kal ghar pe the aur phir bazaar gaye").Should().NotContainAny("wo", "ghar", "the", "bazaar");
    }

    [Theory]
    [InlineData(64)]
    [InlineData(100)]
    public void Convert_SmallDestinationBeforeAnEnglishSentence_StopsBeforeItAndGivesTheOneShotOutput(int size)
    {
        // The buffer holds the English sentence but not together with what comes before it: the call stops before the
        // sentence, and the next call sees it whole.
        const string text = "aap kaise hain. Please send me the report before the meeting on Monday.\nmain ghar ja raha hoon";
        string expected = Data.Convert(text);
        expected.Should().Contain("Please send me the report before the meeting on Monday.\n").And.EndWith("میں گھر جا رہا ہوں");
        ConvertInPieces(text, size).Should().Be(expected);
    }

    [Fact]
    public void Convert_EnglishSentenceLongerThanTheDestination_IsCutAtASpaceWithoutLosingText()
    {
        const string text = "Please send me the report before the meeting on Monday.";
        string pieces = ConvertInPieces(text, 16);
        pieces.Should().StartWith("Please send me ", "the first piece is cut at the last space that fits");
        pieces.Length.Should().BeGreaterThanOrEqualTo(text.Length / 2, "every word is written, in Latin or in Urdu script");
    }

    static string ConvertInPieces(string text, int size)
    {
        var output = new System.Text.StringBuilder();
        ReadOnlySpan<char> rest = text;
        Span<char> buffer = stackalloc char[size];
        for (int guard = 0; ; guard++)
        {
            guard.Should().BeLessThan(100);
            OperationStatus status = Data.Convert(rest, buffer, out int consumed, out int written);
            output.Append(buffer[..written]);
            rest = rest[consumed..];
            if (status == OperationStatus.Done)
            {
                return output.ToString();
            }

            (consumed + written).Should().BeGreaterThan(0);
        }
    }

    [Theory]
    [InlineData("آپ کیسے ہیں")]
    [InlineData("123 456")]
    [InlineData("😀 🇵🇰")]
    [InlineData("")]
    public void Convert_NothingToConvert_ReturnsSameInstance(string text)
    {
        Data.Convert(text).Should().BeSameAs(text);
        RomanUrduConverter.Default.Convert(text).Should().BeSameAs(text);
    }

    [Fact]
    public void Convert_Punctuation_AfterAWordTakesItsUrduForm() =>
        Data.Convert("aap kaise hain?").Should().Be("آپ کیسے ہیں؟");

    [Fact]
    public void Convert_SmallDestination_ResumesAtAWordBoundary()
    {
        const string text = "aap kaise hain, main ghar ja raha hoon";
        string expected = Data.Convert(text);
        var output = new System.Text.StringBuilder();
        ReadOnlySpan<char> rest = text;
        Span<char> buffer = stackalloc char[12];
        int guard = 0;
        while (true)
        {
            OperationStatus status = Data.Convert(rest, buffer, out int consumed, out int written);
            output.Append(buffer[..written]);
            rest = rest[consumed..];
            if (status == OperationStatus.Done)
            {
                break;
            }

            consumed.Should().BeGreaterThan(0);
            (++guard).Should().BeLessThan(100);
        }

        // The context search restarts at each cut, so compare words, which are the same here.
        output.ToString().Should().Be(expected);
    }

    [Fact]
    public void Convert_SpanPath_AllocatesNothing()
    {
        char[] destination = new char[Data.GetMaxConvertedLength(200)];
        const string text = "aap kaise hain main ghar ja raha hoon zindagiyaan";
        Data.Convert(text, destination, out _, out _);
        Allocations.ShouldAllocateNothing(() => Data.Convert(text, destination, out _, out _));
        Allocations.ShouldAllocateNothing(() => RomanUrduConverter.Default.Convert(text, destination, out _, out _));
    }

    [Fact]
    public void Convert_ManyThreadsAtOnce_AgreeWithOneThread()
    {
        // The shared instance and its memo of decoded words are used from many threads at once.
        string[] lines = [.. GoldenRows().Select(r => r.Roman), "zindagiyaan guzarti hain", "kitaabon ka shauq"];
        string[] expected = [.. lines.Select(Data.Convert)];
        var results = new string[lines.Length * 40];
        Parallel.For(0, results.Length, i => results[i] = Data.Convert(lines[i % lines.Length]));
        for (int i = 0; i < results.Length; i++)
        {
            results[i].Should().Be(expected[i % lines.Length]);
        }
    }

    [Fact]
    public void GetMaxConvertedLength_Negative_Throws() =>
        FluentActions.Invoking(() => Data.GetMaxConvertedLength(-1)).Should().Throw<ArgumentOutOfRangeException>();

    [Fact]
    public void Model_DataPackage_NamesItsLicenceAndSize()
    {
        RomanUrduModel model = UrduTextData.RomanUrduModel;
        model.Licence.Should().Be("CC-BY-SA-4.0");
        model.LexiconCount.Should().BeGreaterThan(50_000);
        model.VocabularyCount.Should().BeGreaterThan(20_000);
        Data.Model.Should().BeSameAs(model);
        RomanUrduConverter.Default.Model.Should().BeNull();
    }

    [Fact]
    public void Load_BadStreams_Throw()
    {
        FluentActions.Invoking(() => RomanUrduModel.Load(null!)).Should().Throw<ArgumentNullException>();
        using var stream = new MemoryStream();
        using (var z = new DeflateStream(stream, CompressionLevel.Fastest, leaveOpen: true))
        {
            z.Write("UTXM2 not this model"u8);
        }

        stream.Position = 0;
        FluentActions.Invoking(() => RomanUrduModel.Load(stream)).Should().Throw<InvalidDataException>();
        FluentActions.Invoking(() => new RomanUrduConverter(null!)).Should().Throw<ArgumentNullException>();
    }

    static readonly Gen<string> RomanText = Gen.Frequency(
        (6, Gen.OneOf(Gen.Const("aap"), Gen.Const("kaise"), Gen.Const("hain"), Gen.Const("main"), Gen.Const("ghar"), Gen.Const("HAI"), Gen.Const("xqzv"))),
        (4, Gen.Char['a', 'z'].Array[1, 40].Select(c => new string(c))),
        (2, Gen.OneOf(Gen.Const(" "), Gen.Const("  "), Gen.Const("\n"), Gen.Const(", "), Gen.Const("?"), Gen.Const("."))),
        (2, UrduGen.Piece),
        (1, Gen.Char.Select(c => c.ToString())))
        .Array[0, 20].Select(string.Concat);

    [Fact]
    public void Convert_GeneratedText_NeverThrowsAndSpanAgreesWithString() =>
        RomanText.Sample(text =>
        {
            foreach (RomanUrduConverter converter in new[] { Data, RomanUrduConverter.Default })
            {
                string result = converter.Convert(text);
                char[] destination = new char[converter.GetMaxConvertedLength(text.Length)];
                converter.Convert(text, destination, out int consumed, out int written).Should().Be(OperationStatus.Done);
                consumed.Should().Be(text.Length);
                new string(destination, 0, written).Should().Be(result);
                result.Count(char.IsAsciiDigit).Should().Be(text.Count(char.IsAsciiDigit), "numbers are never touched");
                result.Count(c => c > '\u007F' && !char.IsLetter(c)).Should().BeGreaterThanOrEqualTo(
                    text.Count(c => c > '\u007F' && !char.IsLetter(c)), "non-Latin symbols and emoji are kept");
            }
        }, iter: 300);

    [Fact]
    public void Convert_UrduOnlyText_IsUnchanged() =>
        UrduGen.Default.Where(t => !t.AsSpan().ContainsAnyInRange('A', 'z')).Sample(text =>
        {
            Data.Convert(text).Should().BeSameAs(text);
            RomanUrduConverter.Default.Convert(text).Should().BeSameAs(text);
        }, iter: 300);
}
