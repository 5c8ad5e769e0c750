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
/// whitespace-delimited chunk around it. Abbreviations, list markers, quote attachment and the spaced-dash rule (the scan
/// also stops at dashes unless <see cref="UrduSegmentationOptions.IgnoreSpacedDashes"/>) are decided here.
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

    // Cache for the spaced-dash rule's style cue: no terminator lies in [_styleScanFrom, _styleScanEnd), and
    // _styleStop says what is at _styleScanEnd (0: not scanned further yet, 1: a terminator, 2: a paragraph end).
    // Later dashes extend the scan rather than repeat it, so a paragraph full of dashes is scanned once.
    int _styleScanFrom;
    int _styleScanEnd;
    int _styleStop;

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
        _styleScanFrom = 0;
        _styleScanEnd = 0;
        _styleStop = 0;
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
        bool dashes = (_options & UrduSegmentationOptions.IgnoreSpacedDashes) == 0;
        bool closingDashPending = false;
        int i = start;
        while (true)
        {
            i = SentenceChars.IndexOfStop(text, i, clauses, dashes);
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

            if (dashes && SentenceChars.IsDash(text[i]))
            {
                if (!IsSpacedDash(text, i))
                {
                    // "COVID-19", "2023-24", "-پہلا": a hyphen, not a dash.
                    i++;
                    continue;
                }

                DashRole role = closingDashPending ? DashRole.Inside : ClassifyDash(start, i, joinLines);
                if (role == DashRole.EndsSentence)
                {
                    return AttachFollowers(text, start, i + 1);
                }

                // The dash after an opening one closes the pair ("وزیر اعظم - جو کل واپس آئے - نے کہا").
                closingDashPending = role == DashRole.OpensPair;
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

    /// <summary>What a dash found by the scan does.</summary>
    enum DashRole
    {
        /// <summary>Not a sentence end: unspaced, between digits, a dateline, too little text on either side …</summary>
        Inside,

        /// <summary>Ends the sentence, as ۔ would (treebank-style text).</summary>
        EndsSentence,

        /// <summary>Opens a dash pair (a parenthetical or an inline list); the next dash in the sentence closes it.</summary>
        OpensPair,
    }

    /// <summary>Words a sentence must have before a dash that ends it: shorter runs are datelines and place pairs.</summary>
    const int MinWordsBeforeDash = 4;

    /// <summary>Words that must follow a sentence-ending dash before the next stop: shorter tails are appositions (<c>— انصاف۔</c>).</summary>
    const int MinWordsAfterDash = 4;

    /// <summary>A second spaced dash within this many words makes the first one open a pair rather than end a sentence.</summary>
    const int MaxWordsInDashPair = 10;

    /// <summary>
    /// How far past a dash the rule reads (characters). Bounded, and well inside the streaming readers' lookahead
    /// (<see cref="UrduSentenceReader"/>), so that a decision never depends on text a window may not hold yet.
    /// </summary>
    internal const int DashLookahead = 512;

    /// <summary>
    /// The spaced-dash rule (on unless <see cref="UrduSegmentationOptions.IgnoreSpacedDashes"/>), for a dash with
    /// whitespace on both sides. Punctuation and layout only, in this order:
    /// <list type="number">
    /// <item>another spaced dash within <see cref="MaxWordsInDashPair"/> words, before any terminator, makes this one open
    /// a pair (parenthetical or inline list) and the next one close it: neither ends the sentence;</item>
    /// <item>only an Arabic-script letter before it (not a digit, bracket or Latin word: <c>1990 - 2000</c>,
    /// <c>اسلام آباد (ویب ڈیسک) -</c>), with at least <see cref="MinWordsBeforeDash"/> words of the sentence before it
    /// (datelines <c>کراچی -</c>, pairs <c>پاک - چین</c>);</item>
    /// <item>a dash at the end of its line, paragraph or text ends the sentence;</item>
    /// <item>otherwise an Arabic-script letter, digit, quote or opening bracket must follow, with at least
    /// <see cref="MinWordsAfterDash"/> words before the next stop (not an apposition: <c>— انصاف۔</c>);</item>
    /// <item>and the text must write its full stops as separate tokens: the nearest terminator ahead in the paragraph,
    /// within <see cref="DashLookahead"/> characters, has a space before it (<c>ہے ۔</c>, as in the UD Urdu treebank,
    /// where typists use <c>-</c> for ۔), not attached (<c>ہے۔</c>, as most web text writes it). Without a terminator
    /// ahead the style is unknown and the dash stays inside. The rule never looks behind the sentence, so a streaming
    /// window that starts at a sentence gives the same answer as the whole text.</item>
    /// </list>
    /// </summary>
    DashRole ClassifyDash(int start, int i, bool joinLines)
    {
        ReadOnlySpan<char> text = _text;
        if (i == start)
        {
            return DashRole.Inside;
        }

        // Look ahead: another dash close by, what follows the dash, how many words until the next stop, and what stops.
        int limit = (int)Math.Min((uint)text.Length, (uint)i + DashLookahead);
        int k = i + 1;
        int words = 0;
        bool inWord = false;
        CharClass next = CharClass.LineBreak; // what follows the dash; LineBreak stands for "end of line or text"
        int terminator = -1;
        while (k < limit)
        {
            char c = text[k];
            CharClass cls = CharClasses.Of(c);
            if (cls == CharClass.LineBreak && (!joinLines || IsParagraphBreak(text, k)))
            {
                break;
            }

            if (SentenceChars.IsWhiteSpace(cls))
            {
                inWord = false;
                k++;
                continue;
            }

            if (words == 0 && !inWord)
            {
                next = cls;
            }

            if (cls == CharClass.Terminator && !IsInsideWord(text, k))
            {
                terminator = k;
                break;
            }

            if (!inWord && SentenceChars.IsDash(c) && IsSpacedDash(text, k))
            {
                return DashRole.OpensPair;
            }

            if (!inWord)
            {
                inWord = true;
                if (++words > MaxWordsInDashPair)
                {
                    break;
                }
            }

            k++;
        }

        int p = i - 1;
        while (p > start && SentenceChars.IsWhiteSpace(text[p]))
        {
            p--;
        }

        CharClass before = CharClasses.Of(text[p]);
        if (!(CharClasses.IsArabicScriptLetter(before) || before == CharClass.CombiningMark)
            || !HasWordsBefore(text, start, p, MinWordsBeforeDash))
        {
            return DashRole.Inside;
        }

        if (next == CharClass.LineBreak && terminator < 0 && (k < limit || limit == text.Length))
        {
            // Nothing but whitespace after the dash on its line (or in its paragraph): it ends the sentence, as the line
            // break would anyway; with JoinLines this is what makes a trailing " -" a full stop.
            return DashRole.EndsSentence;
        }

        if (!(CharClasses.IsArabicScriptLetter(next) || CharClasses.IsDigit(next) || next is CharClass.Quote or CharClass.OpeningBracket)
            || words < MinWordsAfterDash)
        {
            return DashRole.Inside;
        }

        if (terminator >= 0)
        {
            return CharClasses.Of(text[terminator - 1]) == CharClass.Space ? DashRole.EndsSentence : DashRole.Inside;
        }

        return IsSpacedStyle(k, limit, joinLines) ? DashRole.EndsSentence : DashRole.Inside;
    }

    /// <summary>A dash with whitespace before it and whitespace or the end of the text after it.</summary>
    static bool IsSpacedDash(ReadOnlySpan<char> text, int i) =>
        i > 0 && SentenceChars.IsWhiteSpace(text[i - 1]) && (i + 1 == text.Length || SentenceChars.IsWhiteSpace(text[i + 1]));

    /// <summary>A terminator directly followed by a letter or digit (<c>2.55</c>, <c>www.x.pk</c>): the lookahead of the dash rule reads it as part of a word.</summary>
    static bool IsInsideWord(ReadOnlySpan<char> text, int k) => k + 1 < text.Length && IsWordChar(CharClasses.Of(text[k + 1]));

    /// <summary>How far back from a dash <see cref="HasWordsBefore"/> counts words (characters).</summary>
    const int WordCountLookbehind = 256;

    /// <summary>
    /// True when <c>text[start..(last + 1)]</c> holds at least <paramref name="count"/> whitespace-separated words,
    /// counting back from <paramref name="last"/>. A stretch longer than <see cref="WordCountLookbehind"/> characters
    /// counts as enough, which bounds the work per dash whatever the sentence holds.
    /// </summary>
    static bool HasWordsBefore(ReadOnlySpan<char> text, int start, int last, int count)
    {
        int floor = Math.Max(start, last - WordCountLookbehind);
        int words = 0;
        bool inWord = false;
        for (int k = last; k >= floor; k--)
        {
            if (SentenceChars.IsWhiteSpace(text[k]))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                if (++words >= count)
                {
                    return true;
                }
            }
        }

        return floor > start;
    }

    /// <summary>
    /// The style cue of the spaced-dash rule: the first terminator at or after <paramref name="from"/>, before
    /// <paramref name="limit"/> and in the same paragraph, has a space before it (<c>ہے ۔</c>). False without one.
    /// </summary>
    bool IsSpacedStyle(int from, int limit, bool joinLines)
    {
        ReadOnlySpan<char> text = _text;
        if (from < _styleScanFrom || from > _styleScanEnd)
        {
            _styleScanFrom = from;
            _styleScanEnd = from;
            _styleStop = 0;
        }

        while (_styleStop == 0 && _styleScanEnd < limit)
        {
            int k = SentenceChars.IndexOfStop(text[..limit], _styleScanEnd, clauses: false);
            if (k < 0)
            {
                _styleScanEnd = limit;
                if (limit == text.Length)
                {
                    _styleStop = 2;
                }

                break;
            }

            _styleScanEnd = k;
            if (CharClasses.Of(text[k]) == CharClass.Terminator)
            {
                if (!IsInsideWord(text, k))
                {
                    _styleStop = 1;
                    break;
                }
            }
            else if (!joinLines || IsParagraphBreak(text, k))
            {
                _styleStop = 2;
                break;
            }

            _styleScanEnd = k + 1;
        }

        return _styleStop == 1 && _styleScanEnd < limit && CharClasses.Of(text[_styleScanEnd - 1]) == CharClass.Space;
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
