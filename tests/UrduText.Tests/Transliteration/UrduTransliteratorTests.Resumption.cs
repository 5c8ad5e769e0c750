using System.Buffers;
using System.Text;
using UrduText.Tests.Properties;

namespace UrduText.Tests.Transliteration;

public partial class UrduTransliteratorTests
{
    // Found by the fuzz harness: a resumed call starts with no word before it, so a کے-initial run of letter names
    // (ادارے کے سی این: "ke" + CN after a word, KCN at the start of a text) was read differently when a small
    // destination made the previous call stop right before it.
    [Theory]
    [InlineData("پیانگ یانگ کے سرکاری خبر رساں ادارے کے سی این کے لیے")]
    [InlineData("اس کے سی ای او نے کہا")]
    [InlineData("ادارے کے سی این اے کے مطابق کم جونگ اُن")]
    public void Transliterate_Span_EveryDestinationLength_ResumesToTheOnePassResult(string text)
    {
        string onePass = UrduTransliterator.Default.Transliterate(text);
        for (int length = 1; length <= onePass.Length + 1; length++)
        {
            var output = new StringBuilder();
            var destination = new char[length];
            ReadOnlySpan<char> rest = text;
            for (int guard = 0; guard < 10_000; guard++)
            {
                OperationStatus status = UrduTransliterator.Default.Transliterate(rest, destination, out int consumed, out int written);
                output.Append(destination, 0, written);
                rest = rest[consumed..];
                if (status == OperationStatus.Done)
                {
                    break;
                }

                if (consumed == 0 && written == 0)
                {
                    destination = new char[destination.Length * 2];
                }
            }

            output.ToString().Should().Be(onePass, $"a destination of {length} chars, resumed, must give the one-pass result");
        }
    }

    // Found with issue 18's 2 MB line of random words: words the model reads after a name continued the name without
    // end, so no word start was a safe place to stop and a fixed destination made no progress (consumed 0, forever).
    [Fact]
    public void Transliterate_Span_LongRunOfUnknownWordsAfterAName_ProgressesWithAFixedDestination()
    {
        string text = "نواز شریف " + RandomLetterWords.Text(seed: 18, count: 300);
        string onePass = UrduTransliterator.Default.Transliterate(text);
        var output = new StringBuilder();
        var destination = new char[256];
        ReadOnlySpan<char> rest = text;
        int calls = 0;
        while (true)
        {
            OperationStatus status = UrduTransliterator.Default.Transliterate(rest, destination, out int consumed, out int written);
            calls++;
            output.Append(destination, 0, written);
            rest = rest[consumed..];
            if (status == OperationStatus.Done)
            {
                break;
            }

            consumed.Should().BePositive("a 256-char destination holds several words, so every call must make progress");
        }

        output.ToString().Should().Be(onePass);
        calls.Should().BeGreaterThan(10);
    }

    [Fact]
    public void Transliterate_UnknownWordsAfterAName_ContinueTheNameForAtMostThreeWords()
    {
        string[] words = UrduTransliterator.Default.Transliterate("نواز شریف " + RandomLetterWords.Text(seed: 7, count: 8)).Split(' ');
        words.Take(2).Should().Equal("Nawaz", "Sharif");
        words.Skip(2).Take(3).Should().OnlyContain(w => char.IsUpper(w[0]), "an unknown word right after a name continues it");
        words.Skip(5).Should().OnlyContain(w => char.IsLower(w[0]), "a run of unknown words is not one long name");
    }
}
