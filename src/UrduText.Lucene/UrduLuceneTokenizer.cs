using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace UrduText.Lucene;

/// <summary>
/// A Lucene <see cref="Tokenizer"/> built on <see cref="UrduTokenReader"/>: Urdu words with their marks, ZWNJ and
/// <c>_</c> joins, Latin words, numbers in all three digit systems, URLs, e-mails, mentions, hashtags and emoji.
/// Punctuation and symbols are dropped unless asked for. The token type is the <see cref="UrduTokenKind"/> in angle
/// brackets (<c>&lt;Word&gt;</c>, <c>&lt;Number&gt;</c>, …).
/// </summary>
/// <remarks>
/// <para>A hashtag or mention is followed by its word without the <c>#</c> or <c>@</c>, at the same position (position
/// increment 0) with the word's own offsets and type: <c>#پاکستان</c> is indexed as <c>#پاکستان</c> and
/// <c>پاکستان</c>, so a search for the word finds the hashtag, and a search for the hashtag ranks the documents
/// that have it above those that only have the word.</para>
/// <para>The input is read through one <see cref="UrduTokenReader"/>, reused for every input the tokenizer is reset to:
/// tokens are exactly those of <see cref="UrduTokenizer"/> on the whole text, in bounded memory (a run without white
/// space longer than <see cref="UrduStreaming.MaxWindowLength"/> characters comes out in pieces, docs/reliability.md).</para>
/// </remarks>
public sealed class UrduLuceneTokenizer : Tokenizer
{
    static readonly string[] s_typeNames = CreateTypeNames();

    readonly ICharTermAttribute _termAtt;
    readonly IOffsetAttribute _offsetAtt;
    readonly ITypeAttribute _typeAtt;
    readonly IPositionIncrementAttribute _posIncAtt;
    readonly bool _keepPunctuation;
    readonly UrduSpacingRepairer? _spacing;

    // The input as the token reader sees it: counts what was read (the final offset) and, with spacing repair, where
    // the line breaks are (the repair's word context ends at a line break).
    readonly InputTracker _input;
    UrduTokenReader? _tokens;

    // The current token, whose text stays valid until the next read: a hashtag's word and the pieces of a word the
    // spacing repair splits are emitted from it on the following calls.
    int _wordOfTag = -1;     // start of a hashtag's or mention's word in the current token, or -1
    int[] _cuts = new int[8]; // where the spacing repair restores spaces in the current token, ascending
    int _cutCount;
    int _cutIndex = -1;      // the next piece to emit is the one after _cuts[_cutIndex]; -1 when none is pending

    // The spacing repair's context: the last word (or last piece) before the current token on its line, if any.
    char[] _previousWord = new char[32];
    int _previousWordLength;

    /// <summary>Creates a tokenizer over <paramref name="input"/> that drops punctuation and symbols.</summary>
    /// <param name="input">The text to tokenize.</param>
    public UrduLuceneTokenizer(TextReader input)
        : this(AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY, input, keepPunctuation: false)
    {
    }

    /// <summary>Creates a tokenizer over <paramref name="input"/>.</summary>
    /// <param name="factory">The attribute factory.</param>
    /// <param name="input">The text to tokenize.</param>
    /// <param name="keepPunctuation"><see langword="true"/> to emit <see cref="UrduTokenKind.Punctuation"/> and <see cref="UrduTokenKind.Symbol"/> tokens too.</param>
    public UrduLuceneTokenizer(AttributeFactory factory, TextReader input, bool keepPunctuation)
        : this(factory, input, keepPunctuation, spacingRepairer: null)
    {
    }

    /// <summary>Creates a tokenizer over <paramref name="input"/> that can restore missing spaces.</summary>
    /// <param name="factory">The attribute factory.</param>
    /// <param name="input">The text to tokenize.</param>
    /// <param name="keepPunctuation"><see langword="true"/> to emit <see cref="UrduTokenKind.Punctuation"/> and <see cref="UrduTokenKind.Symbol"/> tokens too.</param>
    /// <param name="spacingRepairer">
    /// When not <see langword="null"/>, a word written without the space after a non-joining letter (<c>کرلیا</c>) is
    /// emitted as its words (<c>کر</c>, <c>لیا</c>), each with its own offsets into the original text and a position
    /// increment of 1, exactly as <see cref="UrduSpacingRepairer.Repair(string)"/> splits it in the whole text
    /// (docs/spacing.md). <see langword="null"/> (the default) keeps every word as written. Joins
    /// (<see cref="UrduSpacingRepairer.JoinsSplitWords"/>) are not applied: each word is repaired on its own.
    /// </param>
    public UrduLuceneTokenizer(AttributeFactory factory, TextReader input, bool keepPunctuation, UrduSpacingRepairer? spacingRepairer)
        : base(factory, input)
    {
        _keepPunctuation = keepPunctuation;
        _spacing = spacingRepairer;
        _input = new InputTracker(trackLineBreaks: spacingRepairer is not null);
        _termAtt = AddAttribute<ICharTermAttribute>();
        _offsetAtt = AddAttribute<IOffsetAttribute>();
        _typeAtt = AddAttribute<ITypeAttribute>();
        _posIncAtt = AddAttribute<IPositionIncrementAttribute>();
    }

    /// <summary>The token type Lucene sees for tokens of <paramref name="kind"/>, e.g. <c>&lt;Word&gt;</c>.</summary>
    /// <param name="kind">A token kind.</param>
    /// <returns>The type name.</returns>
    public static string GetTypeName(UrduTokenKind kind)
        => (uint)kind < (uint)s_typeNames.Length ? s_typeNames[(int)kind] : "<" + kind.ToString() + ">";

    /// <summary>Advances to the next token.</summary>
    /// <returns><see langword="false"/> at the end of the input.</returns>
    public override bool IncrementToken()
    {
        ClearAttributes();
        UrduTokenReader tokens = _tokens ?? throw new InvalidOperationException("Call Reset() before IncrementToken() (Lucene's TokenStream contract).");
        if (_wordOfTag >= 0)
        {
            EmitWordOfTag(tokens);
            return true;
        }

        if (_cutIndex >= 0)
        {
            EmitPiece(tokens);
            return true;
        }

        while (tokens.Read())
        {
            UrduTokenKind kind = tokens.Kind;
            if (_spacing is not null && FindCuts(tokens))
            {
                EmitPiece(tokens);
                return true;
            }

            if (!_keepPunctuation && kind is UrduTokenKind.Punctuation or UrduTokenKind.Symbol)
            {
                continue;
            }

            Emit(tokens.Text, Offset(tokens.Start), kind, positionIncrement: 1);
            if (kind is UrduTokenKind.Hashtag or UrduTokenKind.Mention && tokens.Length > 1)
            {
                _wordOfTag = 1;
            }

            return true;
        }

        return false;
    }

    /// <summary>Sets the final offset (the corrected length of the input).</summary>
    public override void End()
    {
        base.End();
        int final = CorrectOffset(Offset(_input.Position));
        _offsetAtt.SetOffset(final, final);
    }

    /// <summary>Prepares the tokenizer for a new input (Lucene's reuse contract).</summary>
    public override void Reset()
    {
        base.Reset();
        _input.Reset(m_input);
        if (_tokens is null)
        {
            _tokens = new UrduTokenReader(_input);
        }
        else
        {
            _tokens.Reset(_input);
        }

        _wordOfTag = -1;
        _cutIndex = -1;
        _cutCount = 0;
        _previousWordLength = 0;
    }

    /// <summary>Releases the input.</summary>
    /// <param name="disposing">Whether managed resources are released.</param>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _input.Reset(TextReader.Null);
            _tokens?.Reset(_input);
        }

        base.Dispose(disposing);
    }

    // Lucene offsets are 32-bit: an input over 2^31 - 1 characters cannot be indexed with offsets at all.
    static int Offset(long position) => position <= int.MaxValue
        ? (int)position
        : throw new InvalidOperationException("The input is longer than Lucene's offsets can address (2^31 - 1 characters).");

    void Emit(ReadOnlySpan<char> text, int start, UrduTokenKind kind, int positionIncrement)
    {
        char[] term = _termAtt.ResizeBuffer(text.Length);
        text.CopyTo(term);
        _termAtt.SetLength(text.Length);
        _offsetAtt.SetOffset(CorrectOffset(start), CorrectOffset(start + text.Length));
        _typeAtt.Type = GetTypeName(kind);
        _posIncAtt.PositionIncrement = positionIncrement;
    }

    // The word of a hashtag or mention. Its type is the kind the word has on its own: <Word> for پاکستان, <LatinWord> for Cricket.
    void EmitWordOfTag(UrduTokenReader tokens)
    {
        ReadOnlySpan<char> word = tokens.Text[_wordOfTag..];
        UrduTokenKind kind = UrduTokenKind.Word;
        foreach (UrduToken token in UrduTokenizer.EnumerateTokens(word))
        {
            kind = token.Length == word.Length ? token.Kind : UrduTokenKind.Word;
            break;
        }

        Emit(word, Offset(tokens.Start) + _wordOfTag, kind, positionIncrement: 0);
        _wordOfTag = -1;
    }

    // Follows the repair's word context over every token and finds where it restores spaces in the current one; true
    // when it splits it (the pieces are then emitted one per call).
    bool FindCuts(UrduTokenReader tokens)
    {
        bool lineBreakBefore = _input.HasLineBreakBefore(tokens.Start);
        if (tokens.Kind != UrduTokenKind.Word)
        {
            _previousWordLength = 0;
            return false;
        }

        ReadOnlySpan<char> word = tokens.Text;
        ReadOnlySpan<char> context = lineBreakBefore ? default : _previousWord.AsSpan(0, _previousWordLength);
        _cutCount = 0;
        foreach (UrduSpacingEdit edit in _spacing!.EnumerateEdits(word, context))
        {
            if (_cutCount == _cuts.Length)
            {
                Array.Resize(ref _cuts, _cuts.Length * 2);
            }

            _cuts[_cutCount++] = edit.Position;
        }

        // The context for the next word is this word's last piece.
        ReadOnlySpan<char> last = word[(_cutCount > 0 ? _cuts[_cutCount - 1] : 0)..];
        if (last.Length > _previousWord.Length)
        {
            _previousWord = new char[Math.Max(last.Length, _previousWord.Length * 2)];
        }

        last.CopyTo(_previousWord);
        _previousWordLength = last.Length;
        if (_cutCount == 0)
        {
            return false;
        }

        _cutIndex = -2; // the first piece is next
        return true;
    }

    // Emits the next piece of a split word as a <Word> with its own offsets.
    void EmitPiece(UrduTokenReader tokens)
    {
        int from = _cutIndex == -2 ? 0 : _cuts[_cutIndex];
        int next = _cutIndex == -2 ? 0 : _cutIndex + 1;
        int to = next < _cutCount ? _cuts[next] : tokens.Length;
        Emit(tokens.Text[from..to], Offset(tokens.Start) + from, UrduTokenKind.Word, positionIncrement: 1);
        _cutIndex = next < _cutCount ? next : -1;
    }

    static string[] CreateTypeNames()
    {
        var kinds = Enum.GetValues<UrduTokenKind>();
        int max = 0;
        foreach (var kind in kinds)
        {
            max = Math.Max(max, (int)kind);
        }

        var names = new string[max + 1];
        foreach (var kind in kinds)
        {
            names[(int)kind] = "<" + kind.ToString() + ">";
        }

        return names;
    }
}
