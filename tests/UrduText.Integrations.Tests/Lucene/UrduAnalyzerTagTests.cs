using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using UrduText.Lucene;

namespace UrduText.Integrations.Tests.Lucene;

/// <summary>Hashtags and mentions are found by their word too: a real index, queried as users type.</summary>
public sealed class UrduAnalyzerTagTests : IDisposable
{
    const LuceneVersion Version = LuceneVersion.LUCENE_48;

    static readonly string[] s_documents =
    [
        "#پاکستان زندہ باد",             // 0: the hashtag only
        "پاکستان میں بارش ہو رہی ہے",     // 1: the word only
        "@UrduNews نے خبر دی #Cricket",  // 2: a Latin mention and hashtag
        "@عمران_خان کا جلسہ",             // 3: an Urdu mention
        "لاہور میں دھوپ نکلی ہے",          // 4: none of them
    ];

    readonly UrduAnalyzer _analyzer = new(Version);
    readonly RAMDirectory _directory = new();
    readonly DirectoryReader _reader;
    readonly IndexSearcher _searcher;
    readonly QueryParser _parser;

    public UrduAnalyzerTagTests()
    {
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(Version, _analyzer)))
        {
            for (int i = 0; i < s_documents.Length; i++)
            {
                writer.AddDocument(new Document { new StringField("id", i.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES), new TextField("body", s_documents[i], Field.Store.NO) });
            }
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
        _parser = new QueryParser(Version, "body", _analyzer);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    int[] Search(string query) =>
        [.. _searcher.Search(_parser.Parse(QueryParserBase.Escape(query)), 10).ScoreDocs.Select(d => int.Parse(_searcher.Doc(d.Doc).Get("id", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture))];

    [Theory]
    [InlineData("پاکستان", new[] { 0, 1 })]   // the word finds the hashtag
    [InlineData("پاكستان", new[] { 0, 1 })]   // typed on an Arabic keyboard
    [InlineData("cricket", new[] { 2 })]
    [InlineData("UrduNews", new[] { 2 })]
    [InlineData("عمران_خان", new[] { 3 })]
    public void Search_WordOfATagOrMention_FindsIt(string query, int[] expected)
    {
        Search(query).Should().BeEquivalentTo(expected);
    }

    [Theory]
    [InlineData("#پاکستان", 0)]
    [InlineData("#پاكستان", 0)]
    [InlineData("@UrduNews", 2)]
    [InlineData("#cricket", 2)]
    public void Search_TagItself_RanksTheDocumentWithTheTagFirst(string query, int expectedFirst)
    {
        Search(query).Should().NotBeEmpty().And.HaveElementAt(0, expectedFirst);
    }

    [Fact]
    public void Search_HashtagQuery_AlsoFindsThePlainWord()
    {
        // The tag and its word sit at one position, like synonyms: the query matches either.
        Search("#پاکستان").Should().Equal(0, 1);
    }

    [Fact]
    public void Analyze_Hashtag_GivesTheTagThenItsWordAtTheSamePosition()
    {
        const string text = "دیکھیں #پاکستان اور @UrduNews";
        using var stream = _analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        var tokens = new List<string>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add($"{term}+{increment.PositionIncrement}:{text[offset.StartOffset..offset.EndOffset]}{type.Type}");
        }

        stream.End();
        tokens.Should().Equal(
            "دیکھیں+1:دیکھیں<Word>",
            "#پاکستان+1:#پاکستان<Hashtag>",
            "پاکستان+0:پاکستان<Word>",
            "@urdunews+2:@UrduNews<Mention>",   // اور is a stop word: its position is kept as a gap
            "urdunews+0:UrduNews<LatinWord>");
    }
}
