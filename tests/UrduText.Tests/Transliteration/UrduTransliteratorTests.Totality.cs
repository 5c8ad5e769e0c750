using System.Buffers;
using System.Text;

namespace UrduText.Tests.Transliteration;

public partial class UrduTransliteratorTests
{
    public static TheoryData<TransliterationScheme> Schemes() => new() { TransliterationScheme.Readable, TransliterationScheme.AlaLc, TransliterationScheme.Reversible };

    [Theory]
    [MemberData(nameof(Schemes))]
    public void Transliterate_RandomInput_NeverThrowsAndKeepsLoneSurrogates(TransliterationScheme scheme)
    {
        var t = new UrduTransliterator(scheme);
        var random = new Random(7 + (int)scheme);
        string pieces = "کم جونگ اُن ولادی میر اے ایف پی عبدالستار" + "\u0650\u0651\u064E\u0640\u200C" + "۔،؟ abc 123";
        for (int round = 0; round < 300; round++)
        {
            var sb = new StringBuilder();
            int length = random.Next(0, 60);
            for (int i = 0; i < length; i++)
            {
                int kind = random.Next(8);
                sb.Append(kind switch
                {
                    0 => (char)random.Next(0xD800, 0xE000), // lone surrogate
                    1 => (char)random.Next(0, 0x10000),
                    2 => (char)random.Next(0x0600, 0x0700),
                    _ => pieces[random.Next(pieces.Length)],
                });
            }

            string text = sb.ToString();
            string output = AllOverloads(t, text);
            output.Length.Should().BeLessThanOrEqualTo(t.GetMaxTransliteratedLength(text.Length));
            int inputSurrogates = text.Count(char.IsSurrogate);
            output.Count(char.IsSurrogate).Should().Be(inputSurrogates, "surrogates (paired or lone) pass through, never dropped");
        }
    }

    [Fact]
    public void Transliterate_HugeWord_IsDecodedPieceByPieceWithoutLosingALetter()
    {
        // Longer than any key, so no lookup can hold it: the model gets the whole word once and decodes it in bounded
        // pieces (48 graphemes each), and every ب still writes its b.
        string word = new('ب', 10_000);
        var observer = new RecordingObserver();
        var observed = UrduTransliterator.Observed(null, observer);
        string output = observed.Transliterate(word);
        output.Count(c => c is 'b' or 'B').Should().BeGreaterThanOrEqualTo(10_000);
        output.Length.Should().BeLessThanOrEqualTo(observed.GetMaxTransliteratedLength(word.Length));
        output.Should().MatchRegex("^[A-Za-z]+$");
        observer.ModelWords.Count.Should().Be(1, "the model reads the huge word once, whole");
        (observer.ModelWords[0] == word).Should().BeTrue();
        observer.Sources.Should().Equal([TransliterationSource.Model]);
        UrduTransliterator.Default.Transliterate(word).Should().Be(output, "observing changes nothing");
    }

    [Fact]
    public void Transliterate_HugeWord_PassesThroughWithoutModelWork()
    {
        // Letters of the Arabic Supplement block (other languages' letters) that no key and no model unit holds: a word of
        // them passes through as it is, and the model is never asked, however long the word. The output alone cannot
        // show it (a model that wrote nothing would also pass the word through), so the observer checks it.
        var letters = new System.Text.StringBuilder();
        for (int i = 0; i < 10_000; i++)
        {
            letters.Append((char)(0x0750 + (i % 0x30)));
        }

        string word = letters.ToString();
        var observer = new RecordingObserver();
        UrduTransliterator.Observed(null, observer).Transliterate(word).Should().Be(word);
        observer.ModelWords.Count.Should().Be(0, "no model work for a word without a letter the model knows");
        observer.Sources.Should().BeEmpty();
    }

    [Fact]
    public void Transliterate_EmptyDestination_ReportsDestinationTooSmall()
    {
        UrduTransliterator.Default.Transliterate("پاکستان", Span<char>.Empty, out int consumed, out int written).Should().Be(OperationStatus.DestinationTooSmall);
        consumed.Should().Be(0);
        written.Should().Be(0);
        UrduTransliterator.Default.Transliterate(ReadOnlySpan<char>.Empty, Span<char>.Empty, out consumed, out written).Should().Be(OperationStatus.Done);
    }

    [Fact]
    public void ArgumentValidation_BadArguments_Throw()
    {
        FluentActions.Invoking(() => UrduTransliterator.Default.Transliterate(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => UrduTransliterator.FromReversible(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => UrduTransliterator.Default.Candidates(null!, 3)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => UrduTransliterator.Default.Candidates("کم", 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => UrduTransliterator.Default.GetMaxTransliteratedLength(-1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => UrduTransliterator.Default.GetMaxTransliteratedLength(int.MaxValue)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new UrduTransliterator((TransliterationScheme)7)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new UrduTransliterator(TransliterationScheme.Readable, [new(" ", "x")])).Should().Throw<ArgumentException>();
    }
}
