using UrduText.Internal;

namespace UrduText.Segmentation;

/// <summary>
/// The segmenter's state machine: reads the sentences of a text one at a time for <see cref="SentenceEnumerator"/> and
/// the <c>Segment</c> overloads. The scan jumps from one terminator or line break to the next with a vectorized search
/// (<see cref="SentenceChars.IndexOfStop"/>); the rules that decide a stop each live in a file of their own
/// (<see cref="SpacedDashes"/>, <see cref="ListMarkers"/>, <see cref="Abbreviations"/>, <see cref="QuoteAttachment"/>).
/// </summary>
/// <remarks>
/// Only at a <c>.</c> or other terminator directly followed by more text (<c>3.5</c>, <c>www.x.pk</c>, <c>ہے?ہاں</c>)
/// does it ask <see cref="UrduTokenizer"/> whether the character lies inside a number, URL or e-mail token, tokenizing
/// just the whitespace-delimited chunk around it. <typeparamref name="TProbe"/> is <see cref="NoProbe"/> in the library;
/// tests pass a counting probe to measure the work.
/// </remarks>
/// <typeparam name="TProbe">Receives how many characters each step looked at.</typeparam>
internal struct SentenceScanner<TProbe>
    where TProbe : struct, IScanProbe
{
    /// <summary>How far past an ambiguous terminator the tokenizer may look (longer tokens are cut there).</summary>
    const int TokenLookahead = 256;

    readonly UrduSegmentationOptions _options;
    int _position;

    // Caches for the tokenizer queries, so that a long chunk without whitespace (a URL with many dots) is tokenized once
    // rather than once per dot, which keeps adversarial input linear.
    int _protectedUntil;
    int _chunkStart;
    int _chunkEnd;
    int _tokenResume;

    SpacedDashes.StyleScan _style;

    /// <summary>A scanner at the start of a text.</summary>
    public SentenceScanner(UrduSegmentationOptions options)
    {
        _options = options;
        _position = 0;
        _protectedUntil = 0;
        _chunkStart = 0;
        _chunkEnd = 0;
        _tokenResume = 0;
        _style = default;
    }

    /// <summary>Reads the next sentence of <paramref name="text"/> (always the same text for one scanner).</summary>
    /// <returns>The sentence, or one of length 0 when only whitespace remains.</returns>
    public UrduSentence Read(ReadOnlySpan<char> text)
    {
        int start = _position;
        while ((uint)start < (uint)text.Length && CharPredicates.IsWhiteSpace(text[start]))
        {
            start++;
        }

        TProbe.Visit(start - _position);
        if (start >= text.Length)
        {
            _position = text.Length;
            return default;
        }

        int end = FindEnd(text, start);
        _position = end;
        return new UrduSentence(start, end - start);
    }

    /// <summary>Finds the (trimmed) end of the sentence that starts at <paramref name="start"/>, a non-whitespace character.</summary>
    int FindEnd(ReadOnlySpan<char> text, int start)
    {
        bool clauses = (_options & UrduSegmentationOptions.SplitClauses) != 0;
        bool joinLines = (_options & UrduSegmentationOptions.JoinLines) != 0;
        bool dashes = (_options & UrduSegmentationOptions.IgnoreSpacedDashes) == 0;
        bool closingDashPending = false;
        int openingEnd = -1;
        int i = start;
        while (true)
        {
            int from = i;
            i = SentenceChars.IndexOfStop(text, i, clauses, dashes);
            TProbe.Visit((i < 0 ? text.Length : i + 1) - from);
            if (i < 0)
            {
                return SentenceText.TrimEnd<TProbe>(text, start, text.Length);
            }

            CharClass cls = CharClasses.Of(text[i]);
            if (cls == CharClass.LineBreak)
            {
                if (!joinLines || SentenceText.IsParagraphBreak<TProbe>(text, i))
                {
                    return SentenceText.TrimEnd<TProbe>(text, start, i);
                }

                i++;
                continue;
            }

            if (dashes && SentenceChars.IsDash(text[i]))
            {
                if (!SpacedDashes.IsSpaced(text, i))
                {
                    // "COVID-19", "2023-24", "-پہلا": a hyphen, not a dash.
                    i++;
                    continue;
                }

                DashRole role = closingDashPending ? DashRole.Inside : SpacedDashes.Classify<TProbe>(text, start, i, joinLines, ref _style);
                if (role == DashRole.EndsSentence)
                {
                    return QuoteAttachment.AttachFollowers<TProbe>(text, start, i + 1);
                }

                // The dash after an opening one closes the pair ("وزیر اعظم - جو کل واپس آئے - نے کہا").
                closingDashPending = role == DashRole.OpensPair;
                i++;
                continue;
            }

            if (cls != CharClass.Terminator)
            {
                // ، or ؛ under SplitClauses.
                return QuoteAttachment.AttachFollowers<TProbe>(text, start, i + 1);
            }

            int runEnd = i + 1;
            while (runEnd < text.Length && CharClasses.Of(text[runEnd]) == CharClass.Terminator)
            {
                runEnd++;
            }

            TProbe.Visit(runEnd - i);
            if (openingEnd < 0)
            {
                openingEnd = OpeningEnd(text, start, i);
            }

            // Only the first run can open the sentence: every later one has that run (not an opener) before it.
            if (openingEnd == i || (runEnd == i + 1 && IsNotBoundary(text, start, i)))
            {
                i = runEnd;
                continue;
            }

            return QuoteAttachment.AttachFollowers<TProbe>(text, start, runEnd);
        }
    }

    /// <summary>
    /// The end of the opening quotes, brackets and spaces that start the sentence, at most <paramref name="i"/>. A
    /// terminator run at the end of them (<c>... اور پھر</c>, <c>’… سکتا ہے۔</c>) marks an elision at the start of a
    /// sentence and continues it rather than standing alone.
    /// </summary>
    static int OpeningEnd(ReadOnlySpan<char> text, int start, int i)
    {
        int p = start;
        while (p < i && CharClasses.Of(text[p]) is CharClass.Quote or CharClass.OpeningBracket or CharClass.Space)
        {
            p++;
        }

        TProbe.Visit(p - start + 1);
        return p;
    }

    /// <summary>Decides the single terminator at <paramref name="i"/>: list marker, abbreviation, or inside a token.</summary>
    bool IsNotBoundary(ReadOnlySpan<char> text, int start, int i)
    {
        if (i < _protectedUntil)
        {
            return true;
        }

        char c = text[i];
        if (c is '.' or '\u06D4' && ListMarkers.IsListMarker<TProbe>(text, start, i))
        {
            return true;
        }

        if (c == '.' && CharClasses.Of(text[i - 1]) == CharClass.LatinLetter)
        {
            if (Abbreviations.EndsAt<TProbe>(text, start, i))
            {
                return true;
            }

            // Latin prose puts a space after its full stop; "channel.jpeg", "ASP.NET" are names, not two sentences.
            if (i + 1 < text.Length && CharClasses.Of(text[i + 1]) == CharClass.LatinLetter)
            {
                return true;
            }
        }

        return i + 1 < text.Length && ContinuesToken(CharClasses.Of(text[i + 1])) && IsInsideToken(text, start, i);
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
    bool IsInsideToken(ReadOnlySpan<char> text, int start, int i)
    {
        if (i < _chunkStart || i >= _chunkEnd)
        {
            int chunkStart = i;
            while (chunkStart > start && !CharPredicates.IsWhiteSpace(text[chunkStart - 1]))
            {
                chunkStart--;
            }

            int after = text.Slice(i + 1).IndexOfAny(CharPredicates.WhiteSpaces);
            _chunkStart = chunkStart;
            _chunkEnd = after < 0 ? text.Length : i + 1 + after;
            _tokenResume = chunkStart;
            TProbe.Visit(_chunkEnd - chunkStart);
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

            TProbe.Visit(tokenEnd - from);
            if (from + token.Start > i)
            {
                return false;
            }

            if (token.Kind is UrduTokenKind.Punctuation or UrduTokenKind.Symbol or UrduTokenKind.Other)
            {
                return false;
            }

            _protectedUntil = tokenEnd;
            _tokenResume = tokenEnd;
            return true;
        }

        TProbe.Visit(to - from);
        return false;
    }
}
