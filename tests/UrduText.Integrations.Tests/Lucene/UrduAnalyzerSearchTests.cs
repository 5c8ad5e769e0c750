using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Store;
using Lucene.Net.Util;
using UrduText.Lucene;

namespace UrduText.Integrations.Tests.Lucene;

/// <summary>Indexes a few hundred Urdu documents in a RAMDirectory and searches them the ways users type.</summary>
public sealed class UrduAnalyzerSearchTests : IDisposable
{
    const LuceneVersion Version = LuceneVersion.LUCENE_48;
    const string Field = "body";

    readonly Index _withStopWords = new(new UrduAnalyzer(Version));
    readonly Index _withoutStopWords = new(new UrduAnalyzer(Version, CharArraySet.Empty));

    public void Dispose()
    {
        _withStopWords.Dispose();
        _withoutStopWords.Dispose();
    }

    public static TheoryData<string> ContentWords => new() { "پاکستان", "کوریا", "ملاقات", "شمالی", "پیانگ", "دعوت", "بارش", "کرکٹ", "کتابیں", "صحافیوں" };

    [Fact]
    public void Corpus_HasAFewHundredDocuments()
    {
        UrduCorpus.Documents.Count.Should().BeGreaterThanOrEqualTo(250);
    }

    [Theory]
    [MemberData(nameof(ContentWords))]
    public void Search_VariantSpellings_FindTheSameDocumentsAsCanonical(string word)
    {
        var canonical = _withStopWords.Search(word);
        canonical.Should().NotBeEmpty();
        canonical.Should().Contain(ExpectedDocuments(word), "every document whose sentence has the word, in any spelling, must be found");

        int variants = 0;
        foreach (var (name, variant) in Variants(word))
        {
            if (variant == word)
            {
                continue;   // e.g. no Arabic-keyboard difference in a word without ی ک ہ ھ
            }

            variants++;
            _withStopWords.Search(variant).Should().BeEquivalentTo(canonical, $"the {name} spelling {Escape(variant)} must match like {word}");
        }

        variants.Should().BeGreaterThanOrEqualTo(3);
    }

    [Theory]
    [InlineData("كيا", "کیا")]   // Arabic yeh and kaf
    [InlineData("بهی", "بھی")]   // Arabic heh after b: do-chashmi restored
    [InlineData("ساته", "ساتھ")]
    [InlineData("كه", "کہ")]     // Arabic heh at the end of کہ: heh goal
    public void Search_ArabicKeyboardQuery_FindsTheSameDocumentsAsCanonical(string typed, string canonicalWord)
    {
        var canonical = _withoutStopWords.Search(canonicalWord);
        canonical.Should().NotBeEmpty();
        _withoutStopWords.Search(typed).Should().BeEquivalentTo(canonical);
    }

    [Theory]
    [InlineData("\uFEDB\uFEEC\uFE8E", "کہا")]   // ﻛﻬﺎ: heh medial form after kaf is heh goal (issue 19), not ھ by position
    [InlineData("\uFE91\uFEEC\uFBFD", "بھی")]   // ﺑﻬﯽ: the same form after beh is do-chashmi
    [InlineData("\uFEB3\uFE8E\uFE97\uFEEA", "ساتھ")] // ﺳﺎﺗﻪ: heh final form, do-chashmi by the word
    [InlineData("\uFE97\uFEEC\uFE8E", "تھا")]
    public void Search_ArabicFontPresentationFormQuery_FindsTheSameDocumentsAsCanonical(string typed, string canonicalWord)
    {
        // PDFs set in Arabic fonts draw both Urdu hehs with the Arabic heh forms U+FEE9–U+FEEC: the analyzer must give
        // them the word's decision, as for U+0647.
        var canonical = _withoutStopWords.Search(canonicalWord);
        canonical.Should().NotBeEmpty();
        _withoutStopWords.Search(typed).Should().BeEquivalentTo(canonical);
    }

    [Theory]
    [InlineData("2023")]
    [InlineData("2024")]
    [InlineData("13")]
    public void Search_DigitsInAnySystem_FindTheSameDocuments(string ascii)
    {
        var canonical = _withStopWords.Search(ascii);
        canonical.Should().NotBeEmpty();
        _withStopWords.Search(UrduSpelling.Digits(ascii, '\u06F0')).Should().BeEquivalentTo(canonical);
        _withStopWords.Search(UrduSpelling.Digits(ascii, '\u0660')).Should().BeEquivalentTo(canonical);
    }

    [Theory]
    [InlineData("کیا")]
    [InlineData("بھی")]
    [InlineData("کے")]
    [InlineData("ہے")]
    [InlineData("میں")]
    public void Index_StopWords_AreNotIndexed(string stopWord)
    {
        _withStopWords.DocFreq(stopWord).Should().Be(0);
        _withoutStopWords.DocFreq(stopWord).Should().BeGreaterThan(0, "the word occurs in the corpus");
        _withStopWords.Search(stopWord).Should().BeEmpty();
        _withStopWords.Search(UrduSpelling.ArabicKeyboard(stopWord)).Should().BeEmpty("the Arabic-keyboard spelling is the same stop word");
    }

    [Fact]
    public void Highlight_VariantDocument_MarksTheOriginalText()
    {
        int checkedDocs = 0;
        foreach (string word in new[] { "ملاقات", "کوریا", "پوتن", "بارش" })
        {
            Query query = _withStopWords.Parse(word);
            var highlighter = new Highlighter(new SimpleHTMLFormatter("\u27E6", "\u27E7"), new QueryScorer(query, Field));
            foreach (var (id, text) in UrduCorpus.Documents)
            {
                if (id[0] != 'v' || !_withStopWords.Search(word).Contains(id))
                {
                    continue;
                }

                string? fragment = highlighter.GetBestFragment(_withStopWords.Analyzer, Field, text);
                fragment.Should().NotBeNull();
                int open = fragment!.IndexOf('\u27E6', StringComparison.Ordinal);
                int close = fragment.IndexOf('\u27E7', open + 1);
                open.Should().BeGreaterThanOrEqualTo(0);
                string marked = fragment[(open + 1)..close];
                text.Should().Contain(marked, "the highlight is a slice of the stored original");
                UrduNormalizer.Search.Normalize(marked).Should().Be(word, $"the highlight {Escape(marked)} in {id} covers exactly the matching word");
                checkedDocs++;
            }
        }

        checkedDocs.Should().BeGreaterThan(3);
    }

    [Fact]
    public void Offsets_EveryTokenOfEveryDocument_PointsAtItsOriginalText()
    {
        Analyzer analyzer = _withoutStopWords.Analyzer;
        int tokens = 0;
        foreach (var (id, text) in UrduCorpus.Documents)
        {
            using TokenStream stream = analyzer.GetTokenStream(Field, text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            int previousStart = 0;
            while (stream.IncrementToken())
            {
                offset.StartOffset.Should().BeGreaterThanOrEqualTo(previousStart);
                offset.EndOffset.Should().BeLessThanOrEqualTo(text.Length);
                string original = text[offset.StartOffset..offset.EndOffset];
                UrduNormalizer.Search.Normalize(original).Should().Be(term.ToString(), $"token {tokens} of {id} ({Escape(original)})");
                previousStart = offset.StartOffset;
                tokens++;
            }

            stream.End();
            offset.EndOffset.Should().Be(text.Length);
        }

        tokens.Should().BeGreaterThan(5000);
    }

    static IEnumerable<(string Name, string Text)> Variants(string word)
    {
        yield return ("Arabic-keyboard", UrduSpelling.ArabicKeyboard(word));
        yield return ("presentation-form", UrduSpelling.PresentationForms(word));
        yield return ("diacritized", UrduSpelling.Diacritics(word));
        yield return ("kashida", UrduSpelling.KashidaAndBidi(word));
    }

    static IEnumerable<string> ExpectedDocuments(string word)
    {
        int n = UrduCorpus.Sentences.Count;
        for (int i = 0; i < n; i++)
        {
            if (HasWord(UrduCorpus.Sentences[i], word))
            {
                yield return $"s{i}";
                yield return $"v{i}";
            }

            if (HasWord(UrduCorpus.Sentences[i], word) || HasWord(UrduCorpus.Sentences[(i * 7 + 3) % n], word))
            {
                yield return $"p{i}";
            }
        }
    }

    static bool HasWord(string sentence, string word)
    {
        foreach (UrduToken token in UrduTokenizer.EnumerateTokens(sentence))
        {
            if (sentence.AsSpan()[token.Range].SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    static string Escape(string s) => string.Concat(s.Select(c => c < 0x80 ? c.ToString() : $"\\u{(int)c:X4}"));

    sealed class Index : IDisposable
    {
        readonly RAMDirectory _directory = new();
        readonly DirectoryReader _reader;
        readonly IndexSearcher _searcher;
        readonly QueryParser _parser;

        public Index(Analyzer analyzer)
        {
            Analyzer = analyzer;
            using (var writer = new IndexWriter(_directory, new IndexWriterConfig(Version, analyzer)))
            {
                var textType = new FieldType(TextField.TYPE_STORED) { StoreTermVectors = true, StoreTermVectorPositions = true, StoreTermVectorOffsets = true };
                foreach (var (id, text) in UrduCorpus.Documents)
                {
                    writer.AddDocument(new Document { new StringField("id", id, global::Lucene.Net.Documents.Field.Store.YES), new global::Lucene.Net.Documents.Field(Field, text, textType) });
                }

                writer.Commit();
            }

            _reader = DirectoryReader.Open(_directory);
            _searcher = new IndexSearcher(_reader);
            _parser = new QueryParser(Version, Field, analyzer);
        }

        public Analyzer Analyzer { get; }

        public Query Parse(string text) => _parser.Parse(QueryParserBase.Escape(text));

        public List<string> Search(string text)
        {
            TopDocs top = _searcher.Search(Parse(text), 10_000);
            return [.. top.ScoreDocs.Select(d => _searcher.Doc(d.Doc).Get("id", System.Globalization.CultureInfo.InvariantCulture))];
        }

        public int DocFreq(string term) => _reader.DocFreq(new Term(Field, term));

        public void Dispose()
        {
            _reader.Dispose();
            _directory.Dispose();
            Analyzer.Dispose();
        }
    }
}
