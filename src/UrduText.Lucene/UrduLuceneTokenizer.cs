using System.Buffers;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace UrduText.Lucene;

/// <summary>
/// A Lucene <see cref="Tokenizer"/> built on <see cref="UrduTokenizer"/>: Urdu words with their marks, ZWNJ and
/// <c>_</c> joins, Latin words, numbers in all three digit systems, URLs, e-mails, mentions, hashtags and emoji.
/// Punctuation and symbols are dropped unless asked for. The token type is the <see cref="UrduTokenKind"/> in angle
/// brackets (<c>&lt;Word&gt;</c>, <c>&lt;Number&gt;</c>, …).
/// </summary>
/// <remarks>
/// A hashtag or mention is followed by its word without the <c>#</c> or <c>@</c>, at the same position (position
/// increment 0) with the word's own offsets and type: <c>#پاکستان</c> is indexed as <c>#پاکستان</c> and
/// <c>پاکستان</c>, so a search for the word finds the hashtag, and a search for the hashtag ranks the documents
/// that have it above those that only have the word.
/// </remarks>
/// <remarks>
/// The reader is consumed in chunks. Only the text up to the last whitespace of a chunk is tokenized (no token spans
/// whitespace), so a token is never split at a chunk boundary; the rest waits for the next chunk. A single run
/// without whitespace longer than <see cref="MaxBufferSize"/> characters is cut at a code-point boundary.
/// </remarks>
public sealed class UrduLuceneTokenizer : Tokenizer
{
    /// <summary>The longest run without whitespace that is tokenized as a whole (1 Mi characters).</summary>
    public const int MaxBufferSize = 1 << 20;

    const int InitialBufferSize = 4096;

    static readonly string[] s_typeNames = CreateTypeNames();

    readonly ICharTermAttribute _termAtt;
    readonly IOffsetAttribute _offsetAtt;
    readonly ITypeAttribute _typeAtt;
    readonly IPositionIncrementAttribute _posIncAtt;
    readonly bool _keepPunctuation;

    char[] _buffer = new char[InitialBufferSize];
    int _length;            // valid characters in _buffer
    int _limit;             // the tokens of _buffer[.._limit] are final
    int _scanned;           // _buffer[.._scanned] has been handed to UrduTokenizer
    int _bufferOffset;      // offset in the input of _buffer[0]
    bool _eof;
    readonly UrduToken[] _tokens = new UrduToken[256];
    int _tokenCount;
    int _tokenIndex;
    int _wordStart = -1;    // a hashtag's or mention's word in _buffer, emitted right after the token itself
    int _wordEnd;
    readonly UrduSpacingRepairer? _spacing;
    int[] _edits = new int[64]; // positions in _buffer where the spacing repair restores a space, ascending
    int _editCount;
    int _editIndex;
    int _pieceStart = -1;   // the rest of a word the spacing repair splits, emitted as the next tokens
    int _pieceEnd;

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
    /// increment of 1 (docs/spacing.md). <see langword="null"/> (the default) keeps every word as written.
    /// </param>
    public UrduLuceneTokenizer(AttributeFactory factory, TextReader input, bool keepPunctuation, UrduSpacingRepairer? spacingRepairer)
        : base(factory, input)
    {
        _keepPunctuation = keepPunctuation;
        _spacing = spacingRepairer;
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
        if (_wordStart >= 0)
        {
            EmitWordOfTag();
            return true;
        }

        if (_pieceStart >= 0)
        {
            EmitPiece(_pieceStart, _pieceEnd);
            return true;
        }

        while (true)
        {
            while (_tokenIndex < _tokenCount)
            {
                UrduToken token = _tokens[_tokenIndex++];
                if (!_keepPunctuation && token.Kind is UrduTokenKind.Punctuation or UrduTokenKind.Symbol)
                {
                    continue;
                }

                if (_spacing is not null && token.Kind == UrduTokenKind.Word && SplitsAt(token) is > 0 and int cut)
                {
                    _pieceEnd = token.End;
                    EmitPiece(token.Start, token.End, cut);
                    return true;
                }

                _termAtt.CopyBuffer(_buffer, token.Start, token.Length);
                _offsetAtt.SetOffset(CorrectOffset(_bufferOffset + token.Start), CorrectOffset(_bufferOffset + token.End));
                _typeAtt.Type = GetTypeName(token.Kind);
                _posIncAtt.PositionIncrement = 1;
                if (token.Kind is UrduTokenKind.Hashtag or UrduTokenKind.Mention && token.Length > 1)
                {
                    _wordStart = token.Start + 1;
                    _wordEnd = token.End;
                }

                return true;
            }

            if (!FillTokens())
            {
                return false;
            }
        }
    }

    /// <summary>Sets the final offset (the corrected length of the input).</summary>
    public override void End()
    {
        base.End();
        int final = CorrectOffset(_bufferOffset + _length);
        _offsetAtt.SetOffset(final, final);
    }

    /// <summary>Prepares the tokenizer for a new input (Lucene's reuse contract).</summary>
    public override void Reset()
    {
        base.Reset();
        _length = _limit = _scanned = _bufferOffset = 0;
        _eof = false;
        _tokenCount = _tokenIndex = 0;
        _wordStart = -1;
        _pieceStart = -1;
        _editCount = _editIndex = 0;
    }

    // The first restored space inside token (a position in _buffer), or 0; skips edits before it.
    int SplitsAt(UrduToken token)
    {
        while (_editIndex < _editCount && _edits[_editIndex] <= token.Start)
        {
            _editIndex++;
        }

        return _editIndex < _editCount && _edits[_editIndex] < token.End ? _edits[_editIndex] : 0;
    }

    // Emits _buffer[start..cut) as a <Word> with its own offsets; what follows cut waits as the next piece.
    void EmitPiece(int start, int end, int cut = -1)
    {
        if (cut < 0)
        {
            _editIndex++;
            cut = _editIndex < _editCount && _edits[_editIndex] < end ? _edits[_editIndex] : end;
        }

        _termAtt.CopyBuffer(_buffer, start, cut - start);
        _offsetAtt.SetOffset(CorrectOffset(_bufferOffset + start), CorrectOffset(_bufferOffset + cut));
        _typeAtt.Type = GetTypeName(UrduTokenKind.Word);
        _posIncAtt.PositionIncrement = 1;
        _pieceStart = cut < end ? cut : -1;
    }

    // Finds where the spacing repair restores spaces in _buffer[from..to) (the slice just tokenized).
    void FindEdits(int from, int to)
    {
        _editCount = _editIndex = 0;
        if (_spacing is null)
        {
            return;
        }

        foreach (UrduSpacingEdit edit in _spacing.EnumerateEdits(_buffer.AsSpan(from, to - from)))
        {
            if (_editCount == _edits.Length)
            {
                Array.Resize(ref _edits, _edits.Length * 2);
            }

            _edits[_editCount++] = from + edit.Position;
        }
    }

    // The word of a hashtag or mention (buffer positions stay valid: the buffer is refilled only when every token of
    // _tokens has been handed out). Its type is the kind the word has on its own: <Word> for پاکستان, <LatinWord> for Cricket.
    void EmitWordOfTag()
    {
        ReadOnlySpan<char> word = _buffer.AsSpan(_wordStart, _wordEnd - _wordStart);
        UrduTokenKind kind = UrduTokenKind.Word;
        foreach (UrduToken token in UrduTokenizer.EnumerateTokens(word))
        {
            kind = token.Length == word.Length ? token.Kind : UrduTokenKind.Word;
            break;
        }

        _termAtt.CopyBuffer(_buffer, _wordStart, word.Length);
        _offsetAtt.SetOffset(CorrectOffset(_bufferOffset + _wordStart), CorrectOffset(_bufferOffset + _wordEnd));
        _typeAtt.Type = GetTypeName(kind);
        _posIncAtt.PositionIncrement = 0;
        _wordStart = -1;
    }

    // Refills _tokens from the final part of the buffer, reading more input when that part is used up.
    bool FillTokens()
    {
        while (true)
        {
            if (_scanned < _limit)
            {
                var status = UrduTokenizer.Tokenize(_buffer.AsSpan(_scanned, _limit - _scanned), _tokens, out int consumed, out int written);
                FindEdits(_scanned, status == OperationStatus.Done ? _limit : _scanned + consumed);
                for (int i = 0; i < written; i++)
                {
                    UrduToken t = _tokens[i];
                    _tokens[i] = t with { Start = t.Start + _scanned };
                }

                _scanned = status == OperationStatus.Done ? _limit : _scanned + consumed;
                _tokenCount = written;
                _tokenIndex = 0;
                if (written > 0)
                {
                    return true;
                }

                continue;
            }

            if (_eof && _scanned >= _length)
            {
                return false;
            }

            Refill();
        }
    }

    // Drops the tokenized part of the buffer, reads more input and moves _limit to the last safe cut.
    void Refill()
    {
        if (_scanned > 0)
        {
            int rest = _length - _scanned;
            Array.Copy(_buffer, _scanned, _buffer, 0, rest);
            _bufferOffset += _scanned;
            _length = rest;
            _scanned = 0;
        }

        while (true)
        {
            if (_length == _buffer.Length && _buffer.Length < MaxBufferSize)
            {
                Array.Resize(ref _buffer, Math.Min(_buffer.Length * 2, MaxBufferSize));
            }

            while (!_eof && _length < _buffer.Length)
            {
                int read = m_input.Read(_buffer, _length, _buffer.Length - _length);
                if (read <= 0)
                {
                    _eof = true;
                    break;
                }

                _length += read;
            }

            if (_eof)
            {
                _limit = _length;
                return;
            }

            int lastSpace = WhiteSpace.LastIndexIn(_buffer.AsSpan(0, _length));
            if (lastSpace >= 0)
            {
                _limit = lastSpace + 1;
                return;
            }

            if (_buffer.Length >= MaxBufferSize)
            {
                // No whitespace in 1 Mi characters: cut, but never between the halves of a surrogate pair.
                _limit = char.IsHighSurrogate(_buffer[_length - 1]) ? _length - 1 : _length;
                return;
            }
        }
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
