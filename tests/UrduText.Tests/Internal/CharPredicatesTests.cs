using System.Globalization;
using UrduText.Cli.Commands;
using UrduText.Internal;
using UrduText.Tests.Snippets;

namespace UrduText.Tests.Internal;

/// <summary>
/// The character vocabulary: each predicate against the code points its XML doc lists, over all 65,536 UTF-16 code
/// units, and every stage against the predicate, through the stage's own entry point, so a stage that kept or grew its
/// own copy would fail here as soon as the copies drifted apart.
/// </summary>
public sealed class CharPredicatesTests
{
    const char Beh = '\u0628'; // ب ARABIC LETTER BEH

    static IEnumerable<char> AllCodeUnits()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            yield return (char)c;
        }
    }

    static IEnumerable<char> AllButSurrogates() => AllCodeUnits().Where(c => !char.IsSurrogate(c));

    static readonly HashSet<char> s_lineBreaks = ['\n', '\v', '\f', '\r', '\u0085', '\u2028', '\u2029'];

    // Zs in Unicode 17 as .NET 10 reports it, plus TAB.
    static readonly HashSet<char> s_spaces =
        [' ', '\t', '\u00A0', '\u1680', .. Enumerable.Range(0x2000, 11).Select(c => (char)c), '\u202F', '\u205F', '\u3000'];

    static readonly HashSet<char> s_removable =
        ['\u200B', '\uFEFF', '\u00AD', '\u200E', '\u200F', '\u061C', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];

    static string Hex(char c) => ((int)c).ToString("X4", CultureInfo.InvariantCulture);

    static void AssertEveryCodeUnit(Func<char, bool> actual, Func<char, bool> expected, string what)
    {
        var wrong = AllCodeUnits().Where(c => actual(c) != expected(c)).Select(Hex).ToList();
        wrong.Should().BeEmpty($"{what} must hold exactly for its documented code points");
    }

    [Fact]
    public void IsWhiteSpace_EveryCodeUnit_IsTheDocumentedSpacesAndLineBreaks()
    {
        AssertEveryCodeUnit(CharPredicates.IsWhiteSpace, c => s_spaces.Contains(c) || s_lineBreaks.Contains(c), "IsWhiteSpace");
    }

    [Fact]
    public void IsWhiteSpace_EveryCodeUnit_EqualsCharIsWhiteSpace()
    {
        // The Lucene package relies on this: it sees only the public API and uses char.IsWhiteSpace.
        AssertEveryCodeUnit(CharPredicates.IsWhiteSpace, char.IsWhiteSpace, "IsWhiteSpace == char.IsWhiteSpace");
    }

    [Fact]
    public void IsLineBreak_EveryCodeUnit_IsTheDocumentedSeven()
    {
        AssertEveryCodeUnit(CharPredicates.IsLineBreak, s_lineBreaks.Contains, "IsLineBreak");
    }

    [Fact]
    public void IsWordJoiner_EveryCodeUnit_IsZwnjAndZwj()
    {
        AssertEveryCodeUnit(CharPredicates.IsWordJoiner, c => c is '\u200C' or '\u200D', "IsWordJoiner");
    }

    [Fact]
    public void IsFormat_EveryCodeUnit_IsGeneralCategoryCf()
    {
        AssertEveryCodeUnit(c => CharPredicates.IsFormat(CharClasses.Of(c)), c => char.GetUnicodeCategory(c) == UnicodeCategory.Format, "IsFormat");
    }

    [Fact]
    public void JoinsTokenWord_EveryCodeUnit_IsEveryFormatCharacterButZeroWidthSpace()
    {
        AssertEveryCodeUnit(c => CharPredicates.JoinsTokenWord(c, CharClasses.Of(c)),
            c => char.GetUnicodeCategory(c) == UnicodeCategory.Format && c != '\u200B', "JoinsTokenWord");
    }

    [Fact]
    public void IsRemovableInvisible_EveryCodeUnit_IsTheDocumentedFifteen()
    {
        AssertEveryCodeUnit(c => CharPredicates.IsRemovableInvisible(c), s_removable.Contains, "IsRemovableInvisible");
        s_removable.Should().OnlyContain(c => CharClasses.Of(c) == CharClass.Format, "they are format characters, not word joiners");
    }

    [Fact]
    public void ClassOverloads_EveryCodeUnit_AgreeWithCharOverloads()
    {
        foreach (char c in AllCodeUnits())
        {
            CharClass cls = CharClasses.Of(c);
            CharPredicates.IsWhiteSpace(cls).Should().Be(CharPredicates.IsWhiteSpace(c));
            CharPredicates.IsLineBreak(cls).Should().Be(CharPredicates.IsLineBreak(c));
            CharPredicates.IsWordJoiner(cls).Should().Be(CharPredicates.IsWordJoiner(c));
        }
    }

    [Fact]
    public void Tokenizer_EveryCodeUnitAlone_GivesNoTokenExactlyForWhiteSpace()
    {
        var wrong = AllButSurrogates()
            .Where(c => (UrduTokenizer.CountTokens(c.ToString()) == 0) != CharPredicates.IsWhiteSpace(c))
            .Select(Hex).ToList();
        wrong.Should().BeEmpty("the tokenizer skips exactly the vocabulary's white space");
    }

    [Fact]
    public void Tokenizer_FormatCharacterBetweenLetters_JoinsExactlyWhenJoinsTokenWord()
    {
        foreach (char c in AllCodeUnits().Where(c => CharPredicates.IsFormat(CharClasses.Of(c))))
        {
            string text = $"{Beh}{c}{Beh}";
            bool oneWord = UrduTokenizer.Tokenize(text) is [{ Length: 3, Kind: UrduTokenKind.Word }];
            oneWord.Should().Be(CharPredicates.JoinsTokenWord(c, CharClasses.Of(c)), $"U+{Hex(c)} between letters");
        }
    }

    [Fact]
    public void Tokenizer_FormatCharacterAfterWord_StaysExactlyForWordJoiners()
    {
        foreach (char c in AllCodeUnits().Where(c => CharPredicates.IsFormat(CharClasses.Of(c))))
        {
            string text = $"{Beh}{c}";
            bool kept = UrduTokenizer.Tokenize(text) is [{ Length: 2 }];
            kept.Should().Be(CharPredicates.IsWordJoiner(c), $"U+{Hex(c)} at the end of a word");
        }
    }

    [Fact]
    public void Segmenter_EveryCodeUnitAroundALetter_IsTrimmedExactlyForWhiteSpace()
    {
        var segmenter = UrduSentenceSegmenter.Default;
        var wrong = AllButSurrogates()
            .Where(c => (IsJustBeh($"{Beh}{c}") && IsJustBeh($"{c}{Beh}")) != CharPredicates.IsWhiteSpace(c))
            .Select(Hex).ToList();
        wrong.Should().BeEmpty("sentences are trimmed of exactly the vocabulary's white space");

        bool IsJustBeh(string text) => segmenter.Segment(text) is [var only] && text[only.Range] == Beh.ToString();
        AllCodeUnits().Where(c => CharPredicates.WhiteSpaces.Contains(c)).Should().Equal(AllCodeUnits().Where(CharPredicates.IsWhiteSpace));
    }

    [Fact]
    public void CliWriteEscaped_EveryCodeUnit_FoldsExactlyLineBreaksAndTabIntoASpace()
    {
        var wrong = new List<string>();
        foreach (char c in AllButSurrogates())
        {
            var output = new StringWriter();
            CommonOptions.WriteEscaped(output, $"a{c}b", OutputFormat.Text);
            bool folded = output.ToString() == "a b" && c != ' ';
            if (folded != (CharPredicates.IsLineBreak(c) || c == '\t'))
            {
                wrong.Add(Hex(c));
            }
        }

        wrong.Should().BeEmpty("the CLI writes a sentence on one line by folding exactly the vocabulary's line breaks");
    }

    [Fact]
    public void Transliterator_ZeroWidthSpaceInsideAWord_IsPartOfTheWord()
    {
        // The other reading of ZWSP (CharPredicates' remarks): the tokenizer splits at it, the transliterator does not.
        const string word = "\u06A9\u062A\u0627\u0628"; // کتاب
        string joined = word[..2] + CharPredicates.ZeroWidthSpace + word[2..];
        UrduTokenizer.Tokenize(joined).Should().HaveCount(3);
        UrduTransliterator.Default.Transliterate(joined).Should().Be(UrduTransliterator.Default.Transliterate(word));
    }

    [Fact]
    public void Sources_NoStageOutsideTheVocabulary_AsksCharIsWhiteSpaceOrSpellsWhiteSpaceOut()
    {
        // A copy that agrees today drifts tomorrow: stages ask CharPredicates. The Lucene package cannot (public API
        // only) and asks char.IsWhiteSpace in one place, which IsWhiteSpace_EveryCodeUnit_EqualsCharIsWhiteSpace pins.
        string src = Path.Combine(CodeSnippets.RepositoryRoot(), "src");
        string[] allowed =
        [
            Path.Combine("UrduText", "Internal", "CharPredicates.cs"),
            Path.Combine("UrduText.Lucene", "WhiteSpace.cs"),
        ];
        var offenders = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => !allowed.Any(a => Path.GetRelativePath(src, f).StartsWith(a, StringComparison.Ordinal)))
            .Where(f =>
            {
                string code = File.ReadAllText(f);
                return code.Contains("char.IsWhiteSpace(", StringComparison.Ordinal)
                    || code.Contains("CharClass.Space or CharClass.LineBreak", StringComparison.Ordinal)
                    || code.Contains("CharClass.LineBreak or CharClass.Space", StringComparison.Ordinal)
                    || code.Contains("\\u200B' // ZERO WIDTH SPACE", StringComparison.Ordinal);
            })
            .Select(f => Path.GetRelativePath(src, f))
            .ToList();
        offenders.Should().BeEmpty();
    }
}
