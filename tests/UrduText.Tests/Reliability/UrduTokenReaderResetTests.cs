namespace UrduText.Tests.Reliability;

/// <summary><see cref="UrduTokenReader.Reset"/>: one reader for many inputs (a pooled reader, a Lucene tokenizer).</summary>
public sealed class UrduTokenReaderResetTests
{
    static readonly string s_article = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "corpus", "independent-urdu-putin-kim.txt"));

    [Fact]
    public void Reset_MidInput_StartsTheNextInputFromItsBeginning()
    {
        var reader = new UrduTokenReader(new StringReader(s_article));
        reader.Read().Should().BeTrue();
        reader.Read().Should().BeTrue();

        const string next = "کم جونگ اُن نے کہا۔";
        reader.Reset(new StringReader(next));
        var tokens = new List<(long, int, UrduTokenKind)>();
        while (reader.Read())
        {
            tokens.Add((reader.Start, reader.Length, reader.Kind));
        }

        tokens.Should().Equal(UrduTokenizer.Tokenize(next).Select(t => ((long)t.Start, t.Length, t.Kind)));
    }

    [Fact]
    public void Reset_ThenReadingAWholeInput_AllocatesNothing()
    {
        var reader = new UrduTokenReader(new StringReader(s_article));
        while (reader.Read())
        {
        }

        var input = new StringReader(s_article);
        Allocations.ShouldAllocateNothing(() =>
        {
            reader.Reset(input);
            while (reader.Read())
            {
            }
        }, "the window and the range buffer are reused");
    }

    [Fact]
    public void Reset_Null_Throws()
    {
        var reader = new UrduTokenReader(new StringReader("x"));
        reader.Invoking(r => r.Reset(null!)).Should().Throw<ArgumentNullException>();
    }
}
