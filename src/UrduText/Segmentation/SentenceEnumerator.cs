using UrduText.Internal;
using UrduText.Segmentation;

namespace UrduText;

/// <summary>
/// Enumerates the sentences of a text as <see cref="UrduSentence"/> ranges (the <c>SpanLineEnumerator</c> shape).
/// Obtain it from <see cref="UrduSentenceSegmenter.EnumerateSentences"/>. It never allocates.
/// </summary>
/// <remarks>
/// The scan jumps from one terminator or line break to the next with a vectorized search (<c>SentenceChars.IndexOfStop</c>); only at a <c>.</c> or other
/// terminator that is directly followed by more text (<c>3.5</c>, <c>www.x.pk</c>, <c>ہے?ہاں</c>) does it ask
/// <see cref="UrduTokenizer"/> whether the character lies inside a number, URL or e-mail token, tokenizing just the
/// whitespace-delimited chunk around it. Abbreviations, list markers and quote attachment are decided here.
/// </remarks>
public ref struct SentenceEnumerator
{
    /// <summary>How far past an ambiguous terminator the tokenizer may look (longer tokens are cut there).</summary>
    const int TokenLookahead = 256;

    readonly ReadOnlySpan<char> _text;
    readonly UrduSegmentationOptions _options;
    int _position;
    UrduSentence _current;

    // Caches for the tokenizer queries, so that a long chunk without whitespace (a URL with many dots) is tokenized once
    // rather than once per dot, which keeps adversarial input linear.
    int _protectedUntil;
    int _chunkStart;
    int _chunkEnd;
    int _tokenResume;

    internal SentenceEnumerator(ReadOnlySpan<char> text, UrduSegmentationOptions options)
    {
        _text = text;
        _options = options;
        _position = 0;
        _current = default;
        _protectedUntil = 0;
        _chunkStart = 0;
        _chunkEnd = 0;
        _tokenResume = 0;
    }

    /// <summary>The current sentence.</summary>
    public readonly UrduSentence Current => _current;

    /// <summary>Returns this enumerator, so that it works in <c>foreach</c>.</summary>
    /// <returns>This enumerator.</returns>
    public readonly SentenceEnumerator GetEnumerator() => this;

    /// <summary>Advances to the next sentence.</summary>
    /// <returns><see langword="false"/> at the end of the text.</returns>
    public bool MoveNext()
    {
        ReadOnlySpan<char> text = _text;
        int start = _position;
        while ((uint)start < (uint)text.Length && SentenceChars.IsWhiteSpace(text[start]))
        {
            start++;
        }

        if (start >= text.Length)
        {
            _position = text.Length;
            _current = default;
            return false;
        }

        int end = FindEnd(start);
        _current = new UrduSentence(start, end - start);
        _position = end;
        return true;
    }

    /// <summary>Finds the (trimmed) end of the sentence that starts at <paramref name="start"/>, a non-whitespace character.</summary>
    int FindEnd(int start)
    {
        ReadOnlySpan<char> text = _text;
        bool clauses = (_options & UrduSegmentationOptions.SplitClauses) != 0;
        bool joinLines = (_options & UrduSegmentationOptions.JoinLines) != 0;
        int i = start;
        while (true)
        {
            i = SentenceChars.IndexOfStop(text, i, clauses);
            if (i < 0)
            {
                return TrimEnd(text, start, text.Length);
            }

            CharClass cls = CharClasses.Of(text[i]);
            if (cls == CharClass.LineBreak)
            {
                if (!joinLines || IsParagraphBreak(text, i))
                {
                    return TrimEnd(text, start, i);
                }

                i++;
                continue;
            }

            if (cls != CharClass.Terminator)
            {
                // ، or ؛ under SplitClauses.
                return AttachFollowers(text, start, i + 1);
            }

            int runEnd = i + 1;
            while (runEnd < text.Length && CharClasses.Of(text[runEnd]) == CharClass.Terminator)
            {
                runEnd++;
            }

            if (OpensSentence(text, start, i) || (runEnd == i + 1 && IsNotBoundary(start, i)))
            {
                i = runEnd;
                continue;
            }

            return AttachFollowers(text, start, runEnd);
        }
    }

    /// <summary>
    /// A run with nothing but opening quotes, brackets and spaces before it (<c>... اور پھر</c>, <c>’… سکتا ہے۔</c>) marks
    /// an elision at the start of a sentence and continues it rather than standing alone.
    /// </summary>
    static bool OpensSentence(ReadOnlySpan<char> text, int start, int i)
    {
        for (int p = start; p < i; p++)
        {
            if (CharClasses.Of(text[p]) is not (CharClass.Quote or CharClass.OpeningBracket or CharClass.Space))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Decides the single terminator at <paramref name="i"/>: list marker, abbreviation, or inside a token.</summary>
    bool IsNotBoundary(int start, int i)
    {
        if (i < _protectedUntil)
        {
            return true;
        }

        ReadOnlySpan<char> text = _text;
        char c = text[i];
        if (c is '.' or '\u06D4' && IsListMarker(text, start, i))
        {
            return true;
        }

        if (c == '.' && CharClasses.Of(text[i - 1]) == CharClass.LatinLetter)
        {
            if (IsAbbreviation(text, start, i))
            {
                return true;
            }

            // Latin prose puts a space after its full stop; "channel.jpeg", "ASP.NET" are names, not two sentences.
            if (i + 1 < text.Length && CharClasses.Of(text[i + 1]) == CharClass.LatinLetter)
            {
                return true;
            }
        }

        return i + 1 < text.Length && ContinuesToken(CharClasses.Of(text[i + 1])) && IsInsideToken(start, i);
    }

    /// <summary>True when the class could continue a number, URL, e-mail or word after a <c>.</c>.</summary>
    static bool ContinuesToken(CharClass cls) =>
        CharClasses.IsLetter(cls) || CharClasses.IsDigit(cls)
        || cls is CharClass.Connector or CharClass.Punctuation or CharClass.Symbol or CharClass.CombiningMark
            or CharClass.Tatweel or CharClass.ZeroWidthNonJoiner or CharClass.Other;

    /// <summary>
    /// Asks the tokenizer whether the terminator at <paramref name="i"/> lies inside a larger token (number, URL, e-mail):
    /// tokenizes the whitespace-delimited chunk around it (from the last known token boundary) up to that point.
    /// </summary>
    bool IsInsideToken(int start, int i)
    {
        ReadOnlySpan<char> text = _text;
        if (i < _chunkStart || i >= _chunkEnd)
        {
            int chunkStart = i;
            while (chunkStart > start && !SentenceChars.IsWhiteSpace(text[chunkStart - 1]))
            {
                chunkStart--;
            }

            int after = text.Slice(i + 1).IndexOfAny(SentenceChars.WhiteSpace);
            _chunkStart = chunkStart;
            _chunkEnd = after < 0 ? text.Length : i + 1 + after;
            _tokenResume = chunkStart;
        }

        // The tokenizer only needs to see far enough past the terminator to finish the token that holds it; bounding
        // the slice keeps a long chunk with many terminators (a.1.b.c...) linear whatever the token scanners look ahead.
        int from = _tokenResume;
        int to = (int)Math.Min((uint)_chunkEnd, (uint)i + TokenLookahead);
        foreach (UrduToken token in UrduTokenizer.EnumerateTokens(text[from..to]))
        {
            int tokenEnd = from + token.End;
            if (tokenEnd <= i)
            {
                _tokenResume = tokenEnd;
                continue;
            }

            if (from + token.Start > i)
            {
                break;
            }

            if (token.Kind is UrduTokenKind.Punctuation or UrduTokenKind.Symbol or UrduTokenKind.Other)
            {
                return false;
            }

            _protectedUntil = tokenEnd;
            _tokenResume = tokenEnd;
            return true;
        }

        return false;
    }

    /// <summary>
    /// <c>1۔ پہلا نکتہ</c>: one to three digits or a single Latin letter at the start of a line, followed by ۔ or <c>.</c>,
    /// number a list item rather than end a sentence.
    /// </summary>
    static bool IsListMarker(ReadOnlySpan<char> text, int start, int i)
    {
        int m = i;
        if (m > start && CharClasses.Of(text[m - 1]) == CharClass.LatinLetter)
        {
            m--;
        }
        else
        {
            while (m > start && i - m < 3 && CharClasses.IsDigit(CharClasses.Of(text[m - 1])))
            {
                m--;
            }

            if (m == i)
            {
                return false;
            }
        }

        int k = m;
        while (k > 0 && CharClasses.Of(text[k - 1]) == CharClass.Space)
        {
            k--;
        }

        return k == 0 || CharClasses.Of(text[k - 1]) == CharClass.LineBreak;
    }

    /// <summary>The Latin letters and full stops ending at the <c>.</c> at <paramref name="i"/> form a listed abbreviation or initials.</summary>
    static bool IsAbbreviation(ReadOnlySpan<char> text, int start, int i)
    {
        int m = i;
        while (m > start && i - m < Abbreviations.MaxLength)
        {
            char p = text[m - 1];
            if (p != '.' && CharClasses.Of(p) != CharClass.LatinLetter)
            {
                break;
            }

            m--;
        }

        while (m < i && text[m] == '.')
        {
            m++;
        }

        if (m > 0)
        {
            CharClass before = CharClasses.Of(text[m - 1]);
            if (CharClasses.IsLetter(before) || CharClasses.IsDigit(before) || before == CharClass.Connector)
            {
                return false;
            }
        }

        return Abbreviations.Contains(text[m..(i + 1)]);
    }

    /// <summary>
    /// After a terminator run ending at <paramref name="end"/>, takes what belongs to the sentence that ends: closing
    /// quotes and brackets, emoji and stand-alone symbols, further terminators, across spaces but never across a line break.
    /// </summary>
    static int AttachFollowers(ReadOnlySpan<char> text, int start, int end)
    {
        int j = end;
        while (j < text.Length)
        {
            CharClass cls = CharClasses.At(text, j, out int width);
            switch (cls)
            {
                case CharClass.Space:
                    j += width;
                    continue;
                case CharClass.ClosingBracket:
                case CharClass.Emoji:
                case CharClass.EmojiModifier:
                case CharClass.EmojiTag:
                case CharClass.RegionalIndicator:
                case CharClass.VariationSelector:
                case CharClass.ZeroWidthJoiner:
                    break;
                case CharClass.Quote:
                    if (!IsClosingQuote(text, start, end, j, width))
                    {
                        return end;
                    }

                    break;
                case CharClass.Terminator:
                case CharClass.Symbol:
                    // Adjacent, or standing alone ("واہ! !" , "خوب! ♪"); "۔ $100" starts the next sentence.
                    if (j != end && !IsFollowedByBreak(text, j + width))
                    {
                        return end;
                    }

                    break;
                default:
                    return end;
            }

            j += width;
            end = j;
        }

        return end;
    }

    /// <summary>
    /// A quote after a terminator closes the sentence unless it opens the next one. Touching the terminator and followed
    /// by a space (<c>گے۔‘ اس</c>) it closes; after a space and touching the next word (<c>ہوا۔ ’اگلا</c>) it opens.
    /// Otherwise (<c>گے۔‘اس</c>, or spaced on both sides as in <c>ہے ۔ ' اس</c>) it closes only if the sentence has an
    /// unclosed quote of the same kind (single or double). Both ’…‘ and ‘…’ are common in Urdu news.
    /// </summary>
    static bool IsClosingQuote(ReadOnlySpan<char> text, int start, int end, int j, int width)
    {
        int k = j + width;
        bool followedByWord = k < text.Length && IsWordChar(CharClasses.Of(text[k]));
        bool adjacent = j == end;
        if (adjacent != followedByWord)
        {
            // "گے۔‘ اس" closes; "ہوا۔ ’اگلا" opens.
            return adjacent;
        }

        bool single = IsSingleQuote(text[j]);
        int count = 0;
        for (int p = start; p < j; p++)
        {
            char q = text[p];
            if (CharClasses.Of(q) == CharClass.Quote && IsSingleQuote(q) == single
                && !(p > start && p + 1 < j && IsWordChar(CharClasses.Of(text[p - 1])) && IsWordChar(CharClasses.Of(text[p + 1]))))
            {
                count++;
            }
        }

        return (count & 1) == 1;
    }

    static bool IsWordChar(CharClass cls) => CharClasses.IsLetter(cls) || CharClasses.IsDigit(cls);

    static bool IsSingleQuote(char c) => c is '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2039' or '\u203A';

    static bool IsFollowedByBreak(ReadOnlySpan<char> text, int k) => k >= text.Length || SentenceChars.IsWhiteSpace(text[k]);

    /// <summary>A line break followed (after optional spaces) by another, U+2029, or the end of the text.</summary>
    static bool IsParagraphBreak(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        if (c == '\u2029')
        {
            return true;
        }

        int j = i + 1;
        if (c == '\r' && j < text.Length && text[j] == '\n')
        {
            j++;
        }

        while (j < text.Length)
        {
            CharClass cls = CharClasses.Of(text[j]);
            if (cls == CharClass.LineBreak)
            {
                return true;
            }

            if (cls != CharClass.Space)
            {
                return false;
            }

            j++;
        }

        return true;
    }

    static int TrimEnd(ReadOnlySpan<char> text, int start, int end)
    {
        while (end > start && SentenceChars.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
