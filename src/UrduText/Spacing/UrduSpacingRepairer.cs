using System.Buffers;
using System.Runtime.CompilerServices;

namespace UrduText;

/// <summary>
/// Restores the spaces Urdu writers leave out after a non-joining letter, where the missing space is invisible
/// (<c>کرلیا</c> → <c>کر لیا</c>, <c>جاسکتا</c> → <c>جا سکتا</c>). Only spaces are inserted: every other character is
/// kept, in order.
/// </summary>
/// <remarks>
/// A word (a <see cref="UrduTokenKind.Word"/> token of Arabic letters and marks only) is split when it can be cut after
/// non-joining letters into words of the lexicon (in a word the lexicon lacks, also the conjunction و and a guessed
/// piece after one of the most frequent words, or before one at the start) and that reading is far more likely than
/// the word itself, scored with word and word-pair probabilities (the previous word on the same line is the context). Numbers, Latin,
/// URLs and the other token kinds, words with ZWNJ or digits, and names the model protects are never split. Input should be
/// normalized first (<see cref="UrduNormalizer"/>). Instances are immutable and thread-safe; the span members allocate
/// nothing. See docs/spacing.md.
/// </remarks>
public sealed class UrduSpacingRepairer
{
    /// <summary>Shortest piece a split may produce, in chars.</summary>
    internal const int MinPieceLength = 2;

    /// <summary>Longest word considered for a split, in chars.</summary>
    internal const int MaxWordLength = 48;

    /// <summary>Most cut points considered in one word.</summary>
    internal const int MaxCuts = 12;

    /// <summary>
    /// A word whose log probability (no context) is at least this is <em>frequent</em>: in the data model the 30 most
    /// frequent words (کے میں کی ہے اور سے کا اس کو نے … و بن گیا بعد جاتا تو), in the core model about 20 (کے نے میں کی
    /// کا ہے …). A guessed piece must follow one.
    /// </summary>
    internal const double FrequentWordLogProbability = -6;

    /// <summary>Shortest guessed piece (one the lexicon does not know), in chars.</summary>
    internal const int MinUnknownPieceLength = 3;

    /// <summary>The id of a guessed piece in the split search; as a previous word, one with no known pairs.</summary>
    internal const int UnknownPiece = -2;

    static readonly Lazy<UrduSpacingRepairer> s_default = new(() => new UrduSpacingRepairer(UrduSpacingModel.Default));

    /// <summary>
    /// What taking out a space costs (natural log) in the joining repair: writers split words far less often than they
    /// join them. Chosen with <c>spacing-eval --tune-join</c> on the wiki dev split (docs/spacing.md).
    /// </summary>
    internal const double DefaultJoinPenalty = 6;

    readonly double _splitPenalty;
    readonly bool _settledHolds;
    readonly double _unknownLogProbability;
    readonly double _unknownPerChar;

    /// <summary>Creates a repairer that uses <paramref name="model"/> (for example the UrduText.Data model).</summary>
    /// <param name="model">The lexicon and counts.</param>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is <see langword="null"/>.</exception>
    public UrduSpacingRepairer(UrduSpacingModel model)
        : this(model, joinSplitWords: false)
    {
    }

    /// <summary>
    /// Creates a repairer that uses <paramref name="model"/> and, when <paramref name="joinSplitWords"/> is
    /// <see langword="true"/>, also takes out a space written inside a word (<c>پاکستا نی</c> → <c>پاکستانی</c>; a
    /// compound whose first part ends in a joining letter gets a ZWNJ instead, <c>خوب صورت</c> → <c>خوب‌صورت</c>).
    /// </summary>
    /// <param name="model">The lexicon and counts.</param>
    /// <param name="joinSplitWords">Whether to join words written in two pieces as well (insertion repair; off in <see cref="Default"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is <see langword="null"/>.</exception>
    public UrduSpacingRepairer(UrduSpacingModel model, bool joinSplitWords)
        : this(model, (model ?? throw new ArgumentNullException(nameof(model))).Scoring, joinSplitWords)
    {
    }

    /// <summary>
    /// Creates a repairer with explicit scoring constants (used by the evaluation tool to tune on its dev split).
    /// <paramref name="trustSettled"/> false makes it search the splits of settled words too (tests compare).
    /// </summary>
    internal UrduSpacingRepairer(UrduSpacingModel model, UrduSpacingScoring scoring, bool joinSplitWords = false, double joinPenalty = DefaultJoinPenalty, bool trustSettled = true)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
        JoinsSplitWords = joinSplitWords;
        JoinPenalty = joinPenalty;
        _splitPenalty = scoring.SplitPenalty;
        _unknownLogProbability = scoring.UnknownLogProbability;
        _unknownPerChar = scoring.UnknownPerChar;

        // The model settles words for its own split penalty; a higher one only makes splits rarer.
        _settledHolds = trustSettled && scoring.SplitPenalty >= model.Scoring.SplitPenalty;
    }

    /// <summary>
    /// Whether this repairer also joins words written in two pieces (insertion repair). Restoring and removing spaces
    /// are then decided together over each run of words (docs/spacing.md); off by default.
    /// </summary>
    public bool JoinsSplitWords { get; }

    /// <summary>What restoring a space costs in the score (natural log).</summary>
    internal double SplitPenalty => _splitPenalty;

    /// <summary>Whether this repairer keeps the model's settled words after one lookup (its split penalty is at least the model's).</summary>
    internal bool SettledHolds => _settledHolds;

    /// <summary>What taking out a space costs in the score (natural log), in the joining repair.</summary>
    internal double JoinPenalty { get; }

    /// <summary>A shared repairer over <see cref="UrduSpacingModel.Default"/>, the permissive core model.</summary>
    public static UrduSpacingRepairer Default => s_default.Value;

    /// <summary>The model this repairer scores with.</summary>
    public UrduSpacingModel Model { get; }

    /// <summary>The largest output <see cref="Repair(ReadOnlySpan{char}, Span{char}, out int, out int)"/> can write for <paramref name="length"/> chars of input.</summary>
    /// <param name="length">The input length.</param>
    /// <returns>An upper bound on the output length.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is negative.</exception>
    public static int GetMaxRepairedLength(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        return checked(length + (length / MinPieceLength));
    }

    /// <summary>Repairs <paramref name="text"/>; returns the same instance when no space is missing.</summary>
    /// <param name="text">The text (normalized with <see cref="UrduNormalizer"/> for best results).</param>
    /// <returns>The repaired text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public string Repair(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var edits = EnumerateEdits(text);
        if (!edits.MoveNext())
        {
            return text;
        }

        char[] buffer = ArrayPool<char>.Shared.Rent(GetMaxRepairedLength(text.Length));
        try
        {
            Repair(text, buffer, out _, out int written);
            return new string(buffer, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Writes <paramref name="source"/> with the missing spaces restored into <paramref name="destination"/>.</summary>
    /// <param name="source">The text.</param>
    /// <param name="destination">The output; <see cref="GetMaxRepairedLength"/> chars are always enough.</param>
    /// <param name="charsConsumed">
    /// How much of <paramref name="source"/> was repaired. On <see cref="OperationStatus.DestinationTooSmall"/> this is a
    /// point where the word context restarts (after a line break or a token that is not a word), so calling again with
    /// <c>source[charsConsumed..]</c> gives exactly the output of one call.
    /// </param>
    /// <param name="charsWritten">How many chars were written.</param>
    /// <returns><see cref="OperationStatus.Done"/>, or <see cref="OperationStatus.DestinationTooSmall"/>.</returns>
    public OperationStatus Repair(ReadOnlySpan<char> source, Span<char> destination, out int charsConsumed, out int charsWritten)
    {
        if (JoinsSplitWords)
        {
            return RepairJoining(source, destination, out charsConsumed, out charsWritten);
        }

        int read = 0;
        int written = 0;
        int safeRead = 0;
        int safeWritten = 0;
        int previous = -1;
        int lastEnd = 0;
        Span<int> cuts = stackalloc int[MaxCuts];
        foreach (UrduToken token in UrduTokenizer.EnumerateTokens(source))
        {
            bool contextual = previous >= 0 && token.Kind == UrduTokenKind.Word && !HasLineBreak(source[lastEnd..token.Start]);
            if (!contextual)
            {
                // The context restarts here: a caller may resume from this token and get the same output.
                int gap = token.Start - read;
                if (!Copy(source.Slice(read, gap), destination, ref written))
                {
                    charsConsumed = safeRead;
                    charsWritten = safeWritten;
                    return OperationStatus.DestinationTooSmall;
                }

                read = token.Start;
                safeRead = read;
                safeWritten = written;
                previous = -1;
            }

            if (token.Kind != UrduTokenKind.Word)
            {
                previous = -1;
                lastEnd = token.End;
                continue;
            }

            ReadOnlySpan<char> word = source.Slice(token.Start, token.Length);
            int count = Decide(word, contextual ? previous : -1, cuts, out previous);
            if (count == 0)
            {
                lastEnd = token.End;
                continue;
            }

            if (!Copy(source[read..token.Start], destination, ref written))
            {
                charsConsumed = safeRead;
                charsWritten = safeWritten;
                return OperationStatus.DestinationTooSmall;
            }

            int from = 0;
            for (int i = 0; i <= count; i++)
            {
                int to = i < count ? cuts[i] : word.Length;
                if (!Copy(word[from..to], destination, ref written) || (i < count && !Copy(" ", destination, ref written)))
                {
                    charsConsumed = safeRead;
                    charsWritten = safeWritten;
                    return OperationStatus.DestinationTooSmall;
                }

                from = to;
            }

            read = token.End;
            lastEnd = token.End;
        }

        if (!Copy(source[read..], destination, ref written))
        {
            charsConsumed = safeRead;
            charsWritten = safeWritten;
            return OperationStatus.DestinationTooSmall;
        }

        charsConsumed = source.Length;
        charsWritten = written;
        return OperationStatus.Done;
    }

    /// <summary>
    /// The repair that also joins (<see cref="JoinsSplitWords"/>), one line at a time: runs of words never cross a line,
    /// so a line is the unit a call commits. A line that does not fit stops the call at its start.
    /// </summary>
    OperationStatus RepairJoining(ReadOnlySpan<char> source, Span<char> destination, out int charsConsumed, out int charsWritten)
    {
        int lineStart = 0;
        int written = 0;
        while (lineStart < source.Length)
        {
            int lineBreak = source[lineStart..].IndexOfAny(s_contextBreaks);
            int lineEnd = lineBreak < 0 ? source.Length : lineStart + lineBreak + 1;
            ReadOnlySpan<char> line = source[lineStart..lineEnd];
            int w = written;
            int from = 0;
            bool fits = true;
            var walker = new JoiningEditWalker(this, line, -1);
            try
            {
                while (fits && walker.MoveNext())
                {
                    UrduSpacingEdit edit = walker.Current;
                    fits = Copy(line[from..edit.Position], destination, ref w) && edit.Kind switch
                    {
                        UrduSpacingEditKind.InsertSpace => Copy(" ", destination, ref w),
                        UrduSpacingEditKind.ReplaceSpaceWithZwnj => Copy("\u200C", destination, ref w),
                        _ => true,
                    };
                    from = edit.Kind == UrduSpacingEditKind.InsertSpace ? edit.Position : edit.Position + 1;
                }

                fits = fits && Copy(line[from..], destination, ref w);
            }
            finally
            {
                walker.Dispose();
            }

            if (!fits)
            {
                charsConsumed = lineStart;
                charsWritten = written;
                return OperationStatus.DestinationTooSmall;
            }

            written = w;
            lineStart = lineEnd;
        }

        charsConsumed = source.Length;
        charsWritten = written;
        return OperationStatus.Done;
    }

    /// <summary>Enumerates the edits repairing <paramref name="text"/> would make, in order, without allocating.</summary>
    /// <param name="text">The text.</param>
    /// <returns>An enumerator of edits; positions are indexes into <paramref name="text"/>.</returns>
    /// <remarks>
    /// With <see cref="JoinsSplitWords"/> the enumerator rents its buffers from <see cref="ArrayPool{T}.Shared"/>;
    /// <c>foreach</c> returns them (call <see cref="UrduSpacingEditEnumerator.Dispose"/> when enumerating by hand).
    /// </remarks>
    public UrduSpacingEditEnumerator EnumerateEdits(ReadOnlySpan<char> text) => new(this, text, -1);

    /// <summary>
    /// Enumerates the edits for <paramref name="text"/> when it follows <paramref name="precedingWord"/>: the edits
    /// <see cref="EnumerateEdits(ReadOnlySpan{char})"/> would make inside the whole text at <paramref name="text"/>'s
    /// place, for callers that see a text one word at a time (a token stream).
    /// </summary>
    /// <param name="text">The text; positions of the edits are indexes into it.</param>
    /// <param name="precedingWord">
    /// The word (or, when the repair split it, its last piece) right before <paramref name="text"/>, with only white space
    /// and no line break between; empty when a line break, a token that is not a word, or the start of the text comes
    /// before. White space at the start of <paramref name="text"/> that holds a line break drops the context too.
    /// </param>
    /// <returns>An enumerator of edits; positions are indexes into <paramref name="text"/>.</returns>
    public UrduSpacingEditEnumerator EnumerateEdits(ReadOnlySpan<char> text, ReadOnlySpan<char> precedingWord)
        => new(this, text, precedingWord.IsEmpty ? -1 : Model.Id(precedingWord));

    /// <summary>Whether <paramref name="text"/> needs no repair (no edit would be made).</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when <see cref="Repair(string)"/> would return its input.</returns>
    public bool IsRepaired(ReadOnlySpan<char> text)
    {
        using var edits = EnumerateEdits(text);
        return !edits.MoveNext();
    }

    static bool Copy(ReadOnlySpan<char> from, Span<char> to, ref int written)
    {
        if (from.Length > to.Length - written)
        {
            return false;
        }

        from.CopyTo(to[written..]);
        written += from.Length;
        return true;
    }

    /// <summary>
    /// Where the word context restarts: LF, CR, U+2028 and U+2029 (not VT, FF or NEL, unlike
    /// <c>CharPredicates.IsLineBreak</c>: the spacing models were trained with this definition; docs/characters.md).
    /// </summary>
    static readonly SearchValues<char> s_contextBreaks = SearchValues.Create("\n\r\u2028\u2029");

    /// <summary>Whether the white space between two tokens holds a line break (the word context restarts there).</summary>
    internal static bool HasLineBreak(ReadOnlySpan<char> gap) =>
        // Almost every gap between two words is one space: answered without the vector search's setup.
        gap.Length == 1 ? gap[0] is '\n' or '\r' or '\u2028' or '\u2029' : gap.IndexOfAny(s_contextBreaks) >= 0;

    /// <summary>Letters after which the space is invisible: Urdu's right-joining (non-joining) letters.</summary>
    internal static bool IsNonJoining(char c) => c is 'ا' or 'آ' or 'أ' or 'إ' or 'د' or 'ڈ' or 'ذ' or 'ر' or 'ڑ' or 'ز' or 'ژ' or 'و' or 'ؤ' or 'ے' or 'ۓ' or 'ء';

    /// <summary>Arabic-script letters and the marks written on them: the only chars of a word a split considers (no digits, ZWNJ or punctuation).</summary>
    internal static bool IsLetterOrMark(char c) => c is (>= '\u0621' and <= '\u065F') or (>= '\u0670' and <= '\u06D3') or '\u06D5';

    /// <summary>
    /// Whether a space may be restored before index <paramref name="i"/> of <paramref name="word"/>: the char before is a
    /// non-joining letter (so the marks of that letter stay with it) and the char at <paramref name="i"/> starts a letter.
    /// </summary>
    internal static bool IsCutPoint(ReadOnlySpan<char> word, int i) =>
        IsNonJoining(word[i - 1]) && word[i] is (>= '\u0621' and <= '\u064A') or (>= '\u0671' and <= '\u06D3') or '\u06D5'
        && !CannotStartWord(word[i]);

    /// <summary>
    /// Whether a split of <paramref name="word"/> may cut before index <paramref name="i"/>: a cut point leaving at least
    /// <see cref="MinPieceLength"/> chars on each side or, when <paramref name="guess"/> (a word the lexicon does not know,
    /// without marks), the cut after a leading conjunction و (<c>وقبول</c> → <c>و قبول</c>; inside a word, as in
    /// <c>قدوقامت</c>, both cuts around it already qualify).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsCandidateCut(ReadOnlySpan<char> word, int i, bool guess) => i >= MinPieceLength
        ? i <= word.Length - MinPieceLength && IsCutPoint(word, i)
        : guess && i == 1 && word[0] == 'و' && word.Length > MinPieceLength && IsCutPoint(word, 1);

    /// <summary>
    /// Writes 0 and the cuts of <paramref name="word"/> where <see cref="IsCandidateCut"/> holds, ascending, to
    /// <paramref name="points"/> (at least <see cref="MaxCuts"/> + 1 long) and returns how many it wrote, or -1 when
    /// the word has more than <see cref="MaxCuts"/> (the repair keeps such a word).
    /// </summary>
    internal static int CandidateCuts(ReadOnlySpan<char> word, bool guess, Span<int> points)
    {
        int n = 0;
        points[n++] = 0;
        for (int i = 1; i < word.Length; i++)
        {
            if (IsCandidateCut(word, i, guess))
            {
                if (n == MaxCuts + 1)
                {
                    return -1;
                }

                points[n++] = i;
            }
        }

        return n;
    }

    /// <summary>Whether <paramref name="text"/> has an Arabic mark (harakat U+064B–U+065F, superscript alef U+0670).</summary>
    internal static bool HasMark(ReadOnlySpan<char> text) => text.IndexOfAnyInRange('\u064B', '\u065F') >= 0 || text.Contains('\u0670');

    /// <summary>
    /// Whether a split of <paramref name="word"/> (lexicon id <paramref name="id"/>) may guess pieces and cut off a
    /// leading و: only a word the lexicon lacks, and without marks, which make a word look unknown that is not
    /// (<c>توسُّط</c>) and mark Arabic quotation, where و is written attached.
    /// </summary>
    internal static bool MayGuess(int id, ReadOnlySpan<char> word) => id < 0 && !HasMark(word);

    bool IsFrequent(int id) => Model.LogProbability(-1, id) >= FrequentWordLogProbability;

    /// <summary>Letters no Urdu word starts with: ء (U+0621), ؤ (U+0624), ئ (U+0626), ں (U+06BA), ھ (U+06BE).</summary>
    static bool CannotStartWord(char c) => c is '\u0621' or '\u0624' or '\u0626' or '\u06BA' or '\u06BE';

    /// <summary>
    /// The score of a word the lexicon does not know: <c>U + u · log P_chars(word)</c> with the model's character model
    /// (a word that runs on past a usual word end scores low), <c>U − u · length</c> without one (version 1 models).
    /// </summary>
    internal double UnknownLogProbability(ReadOnlySpan<char> word) => Model.Characters is { } characters
        ? _unknownLogProbability + (_unknownPerChar * characters.LogProbability(word))
        : _unknownLogProbability - (_unknownPerChar * word.Length);

    /// <summary>
    /// Decides how to cut <paramref name="word"/>: writes the cut positions (ascending) to <paramref name="cuts"/> and
    /// returns their count (0 = keep). <paramref name="last"/> receives the id of the last word (context for the next).
    /// </summary>
    internal int Decide(ReadOnlySpan<char> word, int previous, Span<int> cuts, out int last)
    {
        UrduSpacingModel model = Model;
        int id = model.Id(word);
        last = id;
        if (id >= 0 && !model.MaySplit(id, _settledHolds))
        {
            return 0; // the common case: a known word with no other reading
        }

        if (word.Length < 2 * MinPieceLength || word.Length > MaxWordLength)
        {
            return 0;
        }

        foreach (char c in word)
        {
            if (!IsLetterOrMark(c))
            {
                return 0;
            }
        }

        // Candidate boundaries: 0, the cut points, the end.
        bool guess = MayGuess(id, word);
        Span<int> points = stackalloc int[MaxCuts + 2];
        int n = CandidateCuts(word, guess, points);
        if (n <= 1)
        {
            return 0;
        }

        // Cheap rejection: every split starts with a word of the lexicon ending at a cut point. A leading و (a word of
        // every lexicon) is worth a search only if a word of the lexicon follows it, or a guess could (و is frequent).
        points[n] = word.Length;
        bool anyFirst = false;
        for (int c = 1; c < n && !anyFirst; c++)
        {
            if (points[c] != 1)
            {
                anyFirst = model.Id(word[..points[c]]) >= 0;
                continue;
            }

            anyFirst = model.Id(word[..1]) is int conjunction && conjunction >= 0 && IsFrequent(conjunction);
            for (int d = c + 1; d <= n && !anyFirst; d++)
            {
                anyFirst = model.Id(word[1..points[d]]) >= 0;
            }
        }

        // Or a guessed first piece: a word the lexicon lacks may start with an unknown word followed by a frequent one
        // (a name and its postposition: الشعراءمیں).
        for (int c = 1; c < n && !anyFirst && guess; c++)
        {
            for (int d = c + 1; d <= n && !anyFirst && points[c] >= MinUnknownPieceLength; d++)
            {
                anyFirst = model.Id(word[points[c]..points[d]]) is int next && next >= 0 && IsFrequent(next);
            }
        }

        if (!anyFirst)
        {
            return 0;
        }

        n++;

        // Viterbi over pieces word[points[a]..points[b]]: state = the piece (a, b); score = best path ending with it.
        // A piece the lexicon lacks (UnknownPiece: only in a word it lacks, without marks) must follow a frequent word
        // or, as the first piece, be followed by one; it is scored as an unknown word (without the previous word, like
        // the whole unknown word), the piece after it as after a word with no known pairs. So every way the repair
        // could cut a guessed piece on its own output was a reading of the whole word that scored lower.
        int size = n * n;
        Span<double> best = stackalloc double[size];
        Span<int> ids = stackalloc int[size];
        Span<int> back = stackalloc int[size];
        best.Fill(double.NegativeInfinity);
        ids.Fill(-1);
        for (int b = 1; b < n; b++)
        {
            for (int a = 0; a < b; a++)
            {
                int length = points[b] - points[a];
                if ((length < MinPieceLength && (!guess || word[points[a]] != 'و')) || (a == 0 && b == n - 1))
                {
                    continue;
                }

                ReadOnlySpan<char> text = word[points[a]..points[b]];
                int piece = model.Id(text);
                double unknown = double.NaN; // a guessed piece's score, computed once it follows a frequent word
                if (piece < 0)
                {
                    if (!guess || length < MinUnknownPieceLength)
                    {
                        continue;
                    }

                    piece = UnknownPiece;
                }

                ids[(a * n) + b] = piece;
                if (a == 0)
                {
                    best[b] = piece == UnknownPiece ? UnknownLogProbability(text) : model.LogProbability(previous, piece);
                    back[b] = -1;
                    continue;
                }

                double top = double.NegativeInfinity;
                int from = -1;
                for (int k = 0; k < a; k++)
                {
                    double s = best[(k * n) + a];
                    int before = ids[(k * n) + a];
                    if (double.IsNegativeInfinity(s) || (k == 0 && before == UnknownPiece && (piece < 0 || !IsFrequent(piece))))
                    {
                        continue; // a guessed first piece is followed by a frequent word
                    }

                    if (piece == UnknownPiece)
                    {
                        if (before < 0 || !IsFrequent(before))
                        {
                            continue;
                        }

                        unknown = double.IsNaN(unknown) ? UnknownLogProbability(text) : unknown;
                        s += unknown;
                    }
                    else
                    {
                        s += model.LogProbability(before, piece);
                    }

                    s -= _splitPenalty;
                    if (s > top)
                    {
                        top = s;
                        from = k;
                    }
                }

                best[(a * n) + b] = top;
                back[(a * n) + b] = from;
            }
        }

        int end = -1;
        double split = double.NegativeInfinity;
        for (int a = 1; a < n - 1; a++)
        {
            if (best[(a * n) + n - 1] > split)
            {
                split = best[(a * n) + n - 1];
                end = a;
            }
        }

        double whole = id >= 0 ? model.LogProbability(previous, id) : UnknownLogProbability(word);
        if (end < 0 || split <= whole)
        {
            return 0;
        }

        // Walk back: the pieces are (back, a), ..., (end, n-1).
        int count = 0;
        int a2 = end;
        int b2 = n - 1;
        last = Math.Max(ids[(a2 * n) + b2], -1);
        while (a2 > 0)
        {
            cuts[count++] = points[a2];
            int k = back[(a2 * n) + b2];
            b2 = a2;
            a2 = k;
        }

        // One-char pieces (و) could add more spaces than GetMaxRepairedLength allows for; no real word comes near it.
        if (count > word.Length / MinPieceLength)
        {
            last = id;
            return 0;
        }

        cuts[..count].Reverse();
        return count;
    }
}

/// <summary>What a <see cref="UrduSpacingEdit"/> does.</summary>
public enum UrduSpacingEditKind
{
    /// <summary>A space is inserted before <see cref="UrduSpacingEdit.Position"/> (a word written without it is split).</summary>
    InsertSpace,

    /// <summary>
    /// The space at <see cref="UrduSpacingEdit.Position"/> is taken out: two pieces of one word written apart are joined
    /// (only with <see cref="UrduSpacingRepairer.JoinsSplitWords"/>).
    /// </summary>
    RemoveSpace,

    /// <summary>
    /// The space at <see cref="UrduSpacingEdit.Position"/> becomes U+200C ZERO WIDTH NON-JOINER: a compound whose first
    /// part ends in a joining letter is made one word without changing its look (only with
    /// <see cref="UrduSpacingRepairer.JoinsSplitWords"/>).
    /// </summary>
    ReplaceSpaceWithZwnj,
}

/// <summary>One edit of <see cref="UrduSpacingRepairer"/>: its kind and where it applies in the original text.</summary>
/// <param name="Position">
/// Index into the original text: a space is inserted before the char at this index
/// (<see cref="UrduSpacingEditKind.InsertSpace"/>), or the space at this index is taken out or replaced.
/// </param>
/// <param name="Kind">What the edit does.</param>
public readonly record struct UrduSpacingEdit(int Position, UrduSpacingEditKind Kind);

/// <summary>Enumerates the edits of <see cref="UrduSpacingRepairer.EnumerateEdits(ReadOnlySpan{char})"/> (usable in <c>foreach</c>, no allocation).</summary>
public ref struct UrduSpacingEditEnumerator
{
    readonly UrduSpacingRepairer _repairer;
    readonly ReadOnlySpan<char> _text;
    TokenEnumerator _tokens;
    CutBuffer _cuts;
    int _count;
    int _index;
    int _offset;
    int _previous;
    int _lastEnd;
    JoiningEditWalker _joining;
    readonly bool _joins;

    internal UrduSpacingEditEnumerator(UrduSpacingRepairer repairer, ReadOnlySpan<char> text, int previous)
    {
        _repairer = repairer;
        _text = text;
        _tokens = UrduTokenizer.EnumerateTokens(text);
        _previous = previous;
        _joins = repairer.JoinsSplitWords;
        if (_joins)
        {
            _joining = new JoiningEditWalker(repairer, text, previous);
        }
    }

    /// <summary>The current edit.</summary>
    public UrduSpacingEdit Current { get; private set; }

    /// <summary>Returns this enumerator (for <c>foreach</c>).</summary>
    /// <returns>This enumerator.</returns>
    public readonly UrduSpacingEditEnumerator GetEnumerator() => this;

    /// <summary>Moves to the next edit.</summary>
    /// <returns><see langword="false"/> at the end of the text.</returns>
    public bool MoveNext()
    {
        if (_joins)
        {
            if (!_joining.MoveNext())
            {
                return false;
            }

            Current = _joining.Current;
            return true;
        }

        while (_index >= _count)
        {
            if (!_tokens.MoveNext())
            {
                return false;
            }

            UrduToken token = _tokens.Current;
            bool contextual = _previous >= 0 && token.Kind == UrduTokenKind.Word && !UrduSpacingRepairer.HasLineBreak(_text[_lastEnd..token.Start]);
            _lastEnd = token.End;
            if (token.Kind != UrduTokenKind.Word)
            {
                _previous = -1;
                continue;
            }

            _count = _repairer.Decide(_text.Slice(token.Start, token.Length), contextual ? _previous : -1, _cuts, out _previous);
            _index = 0;
            _offset = token.Start;
        }

        Current = new UrduSpacingEdit(_offset + _cuts[_index++], UrduSpacingEditKind.InsertSpace);
        return true;
    }

    /// <summary>Returns the buffers a joining repairer rents (nothing to do otherwise); <c>foreach</c> calls it.</summary>
    public void Dispose()
    {
        if (_joins)
        {
            _joining.Dispose();
        }
    }

    [System.Runtime.CompilerServices.InlineArray(UrduSpacingRepairer.MaxCuts)]
    struct CutBuffer
    {
        int _element;
    }
}
