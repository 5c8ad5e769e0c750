using System.Buffers;
using System.Text;

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
}
