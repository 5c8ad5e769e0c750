using UrduText.Internal;

namespace UrduText.Segmentation;

/// <summary>What a spaced dash found by the scan does.</summary>
internal enum DashRole
{
    /// <summary>Not a sentence end: unspaced, between digits, a dateline, too little text on either side …</summary>
    Inside,

    /// <summary>Ends the sentence, as ۔ would (treebank-style text).</summary>
    EndsSentence,

    /// <summary>Opens a dash pair (a parenthetical or an inline list); the next dash in the sentence closes it.</summary>
    OpensPair,
}

/// <summary>
/// The spaced-dash rule (on unless <see cref="UrduSegmentationOptions.IgnoreSpacedDashes"/>): in text that writes its
/// full stops as separate tokens (<c>ہے ۔</c>), a dash with whitespace on both sides may end a sentence.
/// </summary>
internal static class SpacedDashes
{
    /// <summary>Words a sentence must have before a dash that ends it: shorter runs are datelines and place pairs.</summary>
    const int MinWordsBeforeDash = 4;

    /// <summary>Words that must follow a sentence-ending dash before the next stop: shorter tails are appositions (<c>— انصاف۔</c>).</summary>
    const int MinWordsAfterDash = 4;

    /// <summary>A second spaced dash within this many words makes the first one open a pair rather than end a sentence.</summary>
    const int MaxWordsInDashPair = 10;

    /// <summary>How far back from a dash <see cref="HasWordsBefore"/> counts words (characters).</summary>
    const int WordCountLookbehind = 256;

    /// <summary>
    /// How far past a dash the rule reads (characters). Bounded, and well inside the streaming readers' lookahead
    /// (<see cref="UrduSentenceReader"/>), so that a decision never depends on text a window may not hold yet.
    /// </summary>
    internal const int DashLookahead = 512;

    /// <summary>
    /// The memo of the rule's style cue: no terminator lies in [<see cref="From"/>, <see cref="End"/>), and
    /// <see cref="Stop"/> says what is at <see cref="End"/> (0: not scanned further yet, 1: a terminator, 2: a paragraph end).
    /// Later dashes extend the scan rather than repeat it, so a paragraph full of dashes is scanned once.
    /// </summary>
    internal struct StyleScan
    {
        public int From;
        public int End;
        public int Stop;
    }

    /// <summary>A dash with whitespace before it and whitespace or the end of the text after it.</summary>
    public static bool IsSpaced(ReadOnlySpan<char> text, int i) =>
        i > 0 && CharPredicates.IsWhiteSpace(text[i - 1]) && (i + 1 == text.Length || CharPredicates.IsWhiteSpace(text[i + 1]));

    /// <summary>
    /// Decides a dash with whitespace on both sides. Punctuation and layout only, in this order:
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
    public static DashRole Classify<TProbe>(ReadOnlySpan<char> text, int start, int i, bool joinLines, ref StyleScan style)
        where TProbe : struct, IScanProbe
    {
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
            if (cls == CharClass.LineBreak && (!joinLines || SentenceText.IsParagraphBreak<TProbe>(text, k)))
            {
                break;
            }

            if (CharPredicates.IsWhiteSpace(cls))
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

            if (!inWord && SentenceChars.IsDash(c) && IsSpaced(text, k))
            {
                TProbe.Visit(k - i);
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

        TProbe.Visit(k - i);
        int p = i - 1;
        while (p > start && CharPredicates.IsWhiteSpace(text[p]))
        {
            p--;
        }

        TProbe.Visit(i - p);
        CharClass before = CharClasses.Of(text[p]);
        if (!(CharClasses.IsArabicScriptLetter(before) || before == CharClass.CombiningMark)
            || !HasWordsBefore<TProbe>(text, start, p, MinWordsBeforeDash))
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

        return IsSpacedStyle<TProbe>(text, k, limit, joinLines, ref style) ? DashRole.EndsSentence : DashRole.Inside;
    }

    /// <summary>A terminator directly followed by a letter or digit (<c>2.55</c>, <c>www.x.pk</c>): the lookahead reads it as part of a word.</summary>
    static bool IsInsideWord(ReadOnlySpan<char> text, int k) => k + 1 < text.Length && SentenceText.IsWordChar(CharClasses.Of(text[k + 1]));

    /// <summary>
    /// True when <c>text[start..(last + 1)]</c> holds at least <paramref name="count"/> whitespace-separated words,
    /// counting back from <paramref name="last"/>. A stretch longer than <see cref="WordCountLookbehind"/> characters
    /// counts as enough, which bounds the work per dash whatever the sentence holds.
    /// </summary>
    static bool HasWordsBefore<TProbe>(ReadOnlySpan<char> text, int start, int last, int count)
        where TProbe : struct, IScanProbe
    {
        int floor = Math.Max(start, last - WordCountLookbehind);
        int words = 0;
        bool inWord = false;
        for (int k = last; k >= floor; k--)
        {
            if (CharPredicates.IsWhiteSpace(text[k]))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                if (++words >= count)
                {
                    TProbe.Visit(last - k + 1);
                    return true;
                }
            }
        }

        TProbe.Visit(last - floor + 1);
        return floor > start;
    }

    /// <summary>
    /// The style cue: the first terminator at or after <paramref name="from"/>, before <paramref name="limit"/> and in the
    /// same paragraph, has a space before it (<c>ہے ۔</c>). False without one. <paramref name="style"/> remembers the scan.
    /// </summary>
    static bool IsSpacedStyle<TProbe>(ReadOnlySpan<char> text, int from, int limit, bool joinLines, ref StyleScan style)
        where TProbe : struct, IScanProbe
    {
        if (from < style.From || from > style.End)
        {
            style.From = from;
            style.End = from;
            style.Stop = 0;
        }

        while (style.Stop == 0 && style.End < limit)
        {
            int k = SentenceChars.IndexOfStop(text[..limit], style.End, clauses: false);
            TProbe.Visit((k < 0 ? limit : k + 1) - style.End);
            if (k < 0)
            {
                style.End = limit;
                if (limit == text.Length)
                {
                    style.Stop = 2;
                }

                break;
            }

            style.End = k;
            if (CharClasses.Of(text[k]) == CharClass.Terminator)
            {
                if (!IsInsideWord(text, k))
                {
                    style.Stop = 1;
                    break;
                }
            }
            else if (!joinLines || SentenceText.IsParagraphBreak<TProbe>(text, k))
            {
                style.Stop = 2;
                break;
            }

            style.End = k + 1;
        }

        return style.Stop == 1 && style.End < limit && CharClasses.Of(text[style.End - 1]) == CharClass.Space;
    }
}
