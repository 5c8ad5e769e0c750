using UrduText.Internal;

namespace UrduText.Tests.Internal;

public sealed class SpanWordTableTests
{
    [Fact]
    public void IndexOf_EveryWordOfTheCoreSpacingModel_IsItsListIndex()
    {
        // The real vocabulary: Urdu words of one to many letters, sharing long prefixes (کر، کرنا، کرنے …).
        string[] words = [.. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "TestData", "corpus", "ur-wikipedia-dakshina.txt"))
            .SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.Ordinal).Take(20_000)];
        var table = new SpanWordTable(words);

        for (int i = 0; i < words.Length; i++)
        {
            table.IndexOf(words[i]).Should().Be(i, words[i]);
        }
    }

    [Theory]
    [InlineData("کتا")]        // a prefix of a listed word
    [InlineData("کتابیں")]     // a listed word plus a suffix
    [InlineData("")]
    [InlineData("book")]
    public void IndexOf_AbsentWord_IsMinusOne(string word)
    {
        var table = new SpanWordTable(["کتاب", "کتابوں", "اور", "کے"]);

        table.IndexOf(word).Should().Be(-1);
    }

    [Fact]
    public void IndexOf_Slice_MatchesWithoutAllocating()
    {
        var table = new SpanWordTable(["کر", "لیا", "کرلیا"]);
        string text = "فیصلہ کرلیا";

        table.IndexOf(text.AsSpan(6, 2)).Should().Be(0);
        table.IndexOf(text.AsSpan(8, 3)).Should().Be(1);
        table.IndexOf(text.AsSpan(6)).Should().Be(2);
        int found = 0;
        Allocations.ShouldAllocateNothing(() => found = table.IndexOf(text.AsSpan(6)), "a lookup by span");
        found.Should().Be(2);
    }

    [Fact]
    public void IndexOf_ListedTwice_KeepsTheLastId()
    {
        var table = new SpanWordTable(["اور", "کے", "اور"]);

        table.IndexOf("اور").Should().Be(2);
        table.IndexOf("کے").Should().Be(1);
    }

    [Fact]
    public void IndexOf_EmptyTableAndEmptyWord_Work()
    {
        new SpanWordTable([]).IndexOf("کے").Should().Be(-1);
        new SpanWordTable([""]).IndexOf("").Should().Be(0);
    }
}
