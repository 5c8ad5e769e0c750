using System.Buffers;
using UrduText.Internal;

namespace UrduText;

/// <summary>
/// Converts Roman Urdu (Urdu typed in Latin letters: <c>aap kaise hain</c>) into Urdu script (<c>آپ کیسے ہیں</c>).
/// <see cref="Default"/> uses documented spelling rules only; a converter built on a <see cref="RomanUrduModel"/> (for example
/// <c>UrduTextData.RomanUrduConverter</c> from the UrduText.Data package) looks attested spellings up, decodes unseen ones
/// with a trained model and picks each word's spelling in context with a word bigram model. Text that is already Urdu,
/// URLs, e-mail addresses, numbers, emoji, acronyms, camelCase, English words and English sentences are left alone.
/// Instances are immutable and thread-safe.
/// </summary>
/// <example>
/// <code>
/// string urdu = RomanUrduConverter.Default.Convert("aap kaise hain");
/// // "آپ کیسے ہیں"
/// </code>
/// </example>
public sealed class RomanUrduConverter
{
    /// <summary>Words per context window of the running-text search (longer runs are cut there).</summary>
    const int MaxSegmentWords = 48;

    /// <summary>Candidates per word in running text.</summary>
    const int MaxCandidates = 4;

    const int StackLimit = 1024;


    readonly RomanUrduModel? _model;

    /// <summary>The shared rule-based converter (no data: see docs/transliteration.md for its rules and accuracy).</summary>
    public static RomanUrduConverter Default { get; } = new();

    /// <summary>Creates a rule-based converter.</summary>
    public RomanUrduConverter()
    {
    }

    /// <summary>Creates a converter that uses <paramref name="model"/>.</summary>
    /// <param name="model">The lexicon, spelling model and word model.</param>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is <see langword="null"/>.</exception>
    public RomanUrduConverter(RomanUrduModel model)
    {
        if (model is null)
        {
            ThrowHelper.ThrowArgumentNull(nameof(model));
        }

        _model = model;
    }

    /// <summary>The model, or <see langword="null"/> for the rule-based converter.</summary>
    public RomanUrduModel? Model => _model;

    /// <summary>The largest output <paramref name="sourceLength"/> characters can produce.</summary>
    /// <param name="sourceLength">Input length in UTF-16 code units.</param>
    /// <returns>A destination length that always suffices.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sourceLength"/> is negative or the bound exceeds <see cref="int.MaxValue"/>.</exception>
    public int GetMaxConvertedLength(int sourceLength)
    {
        if (sourceLength < 0)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(sourceLength), "The length must not be negative.");
        }

        long max = (long)sourceLength * Expansion;
        if (max > int.MaxValue)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(sourceLength), "The output would exceed the largest possible string.");
        }

        return (int)max;
    }

    int Expansion => Math.Max(RomanUrduRules.MaxExpansion, _model?.MaxExpansion ?? 0);

    /// <summary>Converts <paramref name="text"/>; returns the same instance when nothing changes (no Roman Urdu in it).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text with Roman Urdu words written in Urdu script.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public string Convert(string text)
    {
        if (text is null)
        {
            ThrowHelper.ThrowArgumentNull(nameof(text));
        }

        if (!text.AsSpan().ContainsAnyInRange('A', 'z'))
        {
            return text;
        }

        int max = GetMaxConvertedLength(text.Length);
        char[]? rented = null;
        Span<char> buffer = max <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(max));
        try
        {
            Convert(text, buffer, out _, out int written);
            ReadOnlySpan<char> result = buffer[..written];
            return result.SequenceEqual(text) ? text : new string(result);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Converts <paramref name="source"/> into <paramref name="destination"/>. Does not allocate.</summary>
    /// <param name="source">The text.</param>
    /// <param name="destination">Where the result is written; <see cref="GetMaxConvertedLength"/> always suffices.</param>
    /// <param name="charsConsumed">How much of <paramref name="source"/> was converted (whole words).</param>
    /// <param name="charsWritten">How much of <paramref name="destination"/> was written.</param>
    /// <returns><see cref="OperationStatus.Done"/>, or <see cref="OperationStatus.DestinationTooSmall"/> (call again with the rest of the source).</returns>
    public OperationStatus Convert(ReadOnlySpan<char> source, Span<char> destination, out int charsConsumed, out int charsWritten)
    {
        // All working memory is on the stack (≈ 30 KB): no pool, so no allocation even after a pool trim.
        Span<Token> tokens = stackalloc Token[MaxSegmentWords * 2 + 2];
        Span<char> text = stackalloc char[_model is null ? 0 : MaxSegmentWords * MaxCandidates * RomanUrduModel.MaxWordLetters * 2];
        Span<Candidate> candidates = stackalloc Candidate[_model is null ? 0 : MaxSegmentWords * MaxCandidates];
        {
            int consumed = 0;
            int written = 0;
            int stretchEnd = 0;
            bool english = false;
            while (consumed < source.Length)
            {
                if (consumed >= stretchEnd)
                {
                    stretchEnd = EnglishStretches.End(source, consumed);
                    english = EnglishStretches.IsEnglish(source[consumed..stretchEnd]);
                }

                if (english)
                {
                    // An English sentence is copied as it is. When it does not fit, the call stops before it if a destination
                    // of this size can hold it (the next call then sees the whole sentence and decides the same way); only a
                    // sentence longer than the whole destination is cut, at a space, and the next call judges the rest alone.
                    ReadOnlySpan<char> stretch = source[consumed..stretchEnd];
                    int fits = Math.Min(stretch.Length, destination.Length - written);
                    if (fits < stretch.Length)
                    {
                        fits = stretch.Length <= destination.Length ? 0 : stretch[..fits].LastIndexOfAny(' ', '\t', '\n') + 1;
                        stretch[..fits].CopyTo(destination[written..]);
                        charsConsumed = consumed + fits;
                        charsWritten = written + fits;
                        return OperationStatus.DestinationTooSmall;
                    }

                    stretch.CopyTo(destination[written..]);
                    written += stretch.Length;
                    consumed = stretchEnd;
                    continue;
                }

                int count = Tokenize(source[..stretchEnd], consumed, tokens, out int segmentEnd);
                Choose(source, tokens[..count], text, candidates);
                for (int t = 0; t < count; t++)
                {
                    ref Token token = ref tokens[t];
                    if (!Write(source, token, text, candidates, t > 0 && tokens[t - 1].Kind == TokenKind.Word, destination, ref written))
                    {
                        charsConsumed = consumed;
                        charsWritten = written;
                        return OperationStatus.DestinationTooSmall;
                    }

                    consumed = token.Start + token.Length;
                }

                consumed = segmentEnd;
            }

            charsConsumed = consumed;
            charsWritten = written;
            return OperationStatus.Done;
        }
    }

    /// <summary>
    /// Ranked Urdu spellings of one Roman Urdu word with their scores (natural log; higher is better): attested spellings
    /// (<see cref="TransliterationSource.Lexicon"/>), then model guesses (<see cref="TransliterationSource.Model"/>); the
    /// rule-based converter returns its one spelling (<see cref="TransliterationSource.Rule"/>, score 0).
    /// </summary>
    /// <param name="word">A Roman Urdu word (ASCII letters; case is ignored).</param>
    /// <param name="count">Most candidates to return.</param>
    /// <returns>The candidates, best first; empty when <paramref name="word"/> has no ASCII letters.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="word"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    public IReadOnlyList<TransliterationCandidate> Candidates(string word, int count = 5)
    {
        if (word is null)
        {
            ThrowHelper.ThrowArgumentNull(nameof(word));
        }

        if (count < 1)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(count), "At least one candidate must be requested.");
        }

        Span<char> lower = stackalloc char[RomanUrduModel.MaxWordLetters];
        int letters = 0;
        foreach (char c in word.AsSpan().Trim())
        {
            if (char.IsAsciiLetter(c))
            {
                if (letters == lower.Length)
                {
                    letters = -1;
                    break;
                }

                lower[letters++] = char.ToLowerInvariant(c);
            }
        }

        var result = new List<TransliterationCandidate>();
        if (letters == 0)
        {
            return result;
        }

        if (letters < 0)
        {
            string longWord = word.Trim().ToLowerInvariant();
            var output = new char[longWord.Length * RomanUrduRules.MaxExpansion];
            result.Add(new TransliterationCandidate(new string(output, 0, RomanUrduRules.Convert(longWord, output)), 0, TransliterationSource.Rule));
            return result;
        }

        ReadOnlySpan<char> key = lower[..letters];
        if (_model is null)
        {
            Span<char> output = stackalloc char[letters * RomanUrduRules.MaxExpansion];
            result.Add(new TransliterationCandidate(new string(output[..RomanUrduRules.Convert(key, output)]), 0, TransliterationSource.Rule));
            return result;
        }

        foreach (LexiconEntry e in _model.Lookup(key))
        {
            if (result.Count < count)
            {
                result.Add(new TransliterationCandidate(e.Urdu, e.LogProb, TransliterationSource.Lexicon));
            }
        }

        Span<DecodedCandidate> decoded = stackalloc DecodedCandidate[RomanUrduModel.BeamWidth];
        var buffer = new char[RomanUrduModel.BeamWidth * letters * 2];
        int found = _model.Decode(key, buffer, decoded);
        Normalize(decoded[..found]);
        for (int i = 0; i < found && result.Count < count; i++)
        {
            string text = new(buffer, decoded[i].Start, decoded[i].Length);
            if (!result.Exists(c => c.Text == text))
            {
                result.Add(new TransliterationCandidate(text, decoded[i].Score, TransliterationSource.Model));
            }
        }

        if (result.Count == 0)
        {
            Span<char> output = stackalloc char[letters * RomanUrduRules.MaxExpansion];
            result.Add(new TransliterationCandidate(new string(output[..RomanUrduRules.Convert(key, output)]), 0, TransliterationSource.Rule));
        }

        return result;
    }

    /// <summary>Turns decoder scores into ln posteriors over the n-best list.</summary>
    static void Normalize(Span<DecodedCandidate> decoded)
    {
        if (decoded.IsEmpty)
        {
            return;
        }

        float best = decoded[0].Score;
        double sum = 0;
        foreach (DecodedCandidate d in decoded)
        {
            sum += Math.Exp(d.Score - best);
        }

        float log = best + (float)Math.Log(sum);
        for (int i = 0; i < decoded.Length; i++)
        {
            decoded[i].Score -= log;
        }
    }

    enum TokenKind : byte
    {
        /// <summary>Copied as is; ends the context.</summary>
        Verbatim,
        /// <summary>Whitespace between words; keeps the context.</summary>
        Space,
        /// <summary>A Roman Urdu word to convert.</summary>
        Word,
    }

    struct Token
    {
        public int Start;
        public int Length;
        public TokenKind Kind;
        public int FirstCandidate;
        public int CandidateCount;
        public int Chosen;
    }

    struct Candidate
    {
        public int Start;
        public int Length;
        public float Score;
        public int WordId;
        public float Best;
        public int Back;
    }

    /// <summary>
    /// Cuts the next segment from <paramref name="start"/>: words and spaces up to (and including) the first verbatim
    /// token, or <see cref="MaxSegmentWords"/> words.
    /// </summary>
    int Tokenize(ReadOnlySpan<char> source, int start, Span<Token> tokens, out int end)
    {
        int count = 0;
        int words = 0;
        int i = start;
        while (i < source.Length && count < tokens.Length)
        {
            char c = source[i];
            int j = i + 1;
            TokenKind kind;
            if (CharPredicates.IsWhiteSpace(c))
            {
                while (j < source.Length && CharPredicates.IsWhiteSpace(source[j]))
                {
                    j++;
                }

                kind = TokenKind.Space;
            }
            else if (char.IsAsciiLetter(c))
            {
                while (j < source.Length && char.IsAsciiLetter(source[j]))
                {
                    j++;
                }

                if (words == MaxSegmentWords)
                {
                    break;
                }

                int chunkStart = i, chunkEnd = j;
                while (chunkStart > 0 && !CharPredicates.IsWhiteSpace(source[chunkStart - 1]))
                {
                    chunkStart--;
                }

                while (chunkEnd < source.Length && !CharPredicates.IsWhiteSpace(source[chunkEnd]))
                {
                    chunkEnd++;
                }

                if (IsVerbatimChunk(source[chunkStart..chunkEnd]))
                {
                    j = chunkEnd;
                    kind = TokenKind.Verbatim;
                }
                else
                {
                    kind = IsRomanUrdu(source[i..j]) ? TokenKind.Word : TokenKind.Verbatim;
                    if (kind == TokenKind.Word)
                    {
                        words++;
                    }
                }
            }
            else
            {
                while (j < source.Length && !CharPredicates.IsWhiteSpace(source[j]) && !char.IsAsciiLetter(source[j]))
                {
                    j++;
                }

                kind = TokenKind.Verbatim;
            }

            tokens[count++] = new Token { Start = i, Length = j - i, Kind = kind };
            i = j;
            if (kind == TokenKind.Verbatim)
            {
                break;
            }
        }

        end = i;
        return count;
    }

    /// <summary>URLs, e-mail addresses, handles and words mixed with digits or other scripts stay as they are.</summary>
    static bool IsVerbatimChunk(ReadOnlySpan<char> chunk)
    {
        if (chunk.Contains('@') || chunk.Contains("://", StringComparison.Ordinal) || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            || chunk.StartsWith('#') || chunk.Contains('_'))
        {
            return true;
        }

        bool digit = false, other = false;
        foreach (char c in chunk)
        {
            digit |= char.IsAsciiDigit(c);
            other |= c > '\u007F' && char.IsLetter(c);
        }

        if (digit || other)
        {
            return true;
        }

        // A dotted name (example.com, file.txt): a dot followed by a letter.
        int dot = chunk.IndexOf('.');
        return dot >= 0 && dot + 1 < chunk.Length && char.IsAsciiLetter(chunk[dot + 1]);
    }

    /// <summary>Acronyms (two or more capitals), camelCase and English words (not attested as Roman Urdu) are not converted.</summary>
    bool IsRomanUrdu(ReadOnlySpan<char> word)
    {
        int upper = 0;
        for (int k = 0; k < word.Length; k++)
        {
            if (char.IsAsciiLetterUpper(word[k]))
            {
                upper++;
                if (k > 0 && upper < word.Length)
                {
                    return false;
                }
            }
        }

        if (upper >= 2)
        {
            return false;
        }

        if (word.Length > RomanUrduModel.MaxWordLetters)
        {
            return true;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        if (_model is not null && _model.IsAttested(lower))
        {
            return true;
        }

        return !EnglishStretches.IsListed(lower);
    }

    /// <summary>Fills each word's candidates and picks one per word by Viterbi search with the word bigram model.</summary>
    void Choose(ReadOnlySpan<char> source, Span<Token> tokens, Span<char> text, Span<Candidate> candidates)
    {
        int used = 0;
        int textUsed = 0;
        Span<char> lower = stackalloc char[RomanUrduModel.MaxWordLetters];
        Span<char> scratch = stackalloc char[RomanUrduModel.BeamWidth * RomanUrduModel.MaxWordLetters * 2];
        Span<DecodedCandidate> decoded = stackalloc DecodedCandidate[RomanUrduModel.BeamWidth];
        Span<char> memo = stackalloc char[_model?.Memo.ValueCapacity ?? 0];
        int previous = -1;
        for (int t = 0; t < tokens.Length; t++)
        {
            ref Token token = ref tokens[t];
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            token.FirstCandidate = used;
            ReadOnlySpan<char> word = source.Slice(token.Start, token.Length);
            if (word.Length > RomanUrduModel.MaxWordLetters || _model is null)
            {
                // Rules: written at output time.
                token.CandidateCount = 0;
                continue;
            }

            word.ToLowerInvariant(lower);
            ReadOnlySpan<char> key = lower[..word.Length];
            int n = 0;
            foreach (LexiconEntry e in _model.Lookup(key))
            {
                if (n == MaxCandidates)
                {
                    break;
                }

                if (textUsed + e.Urdu.Length > text.Length)
                {
                    break;
                }

                e.Urdu.AsSpan().CopyTo(text[textUsed..]);
                candidates[used + n++] = new Candidate { Start = textUsed, Length = e.Urdu.Length, Score = e.LogProb, WordId = e.WordId };
                textUsed += e.Urdu.Length;
            }

            if (n == 0)
            {
                // Memo entry: per candidate its length, its score as two chars of float bits, its word id as two chars, then
                // its text.
                int memoLength = _model.Memo.TryGet(key, memo);
                if (memoLength < 0)
                {
                    int found = _model.Decode(key, scratch, decoded);
                    Normalize(decoded[..found]);
                    memoLength = 0;
                    for (int i = 0; i < found && i < MaxCandidates; i++)
                    {
                        ReadOnlySpan<char> spelling = scratch.Slice(decoded[i].Start, decoded[i].Length);
                        if (memoLength + 5 + spelling.Length > memo.Length)
                        {
                            break;
                        }

                        int bits = BitConverter.SingleToInt32Bits(decoded[i].Score);
                        int id = _model.WordId(spelling);
                        memo[memoLength++] = (char)spelling.Length;
                        memo[memoLength++] = (char)(bits >> 16);
                        memo[memoLength++] = (char)bits;
                        memo[memoLength++] = (char)(id >> 16);
                        memo[memoLength++] = (char)id;
                        spelling.CopyTo(memo[memoLength..]);
                        memoLength += spelling.Length;
                    }

                    _model.Memo.Set(key, memo[..memoLength]);
                }

                for (int m = 0; m < memoLength && n < MaxCandidates;)
                {
                    int length = memo[m];
                    float score = BitConverter.Int32BitsToSingle(memo[m + 1] << 16 | memo[m + 2]);
                    int id = memo[m + 3] << 16 | memo[m + 4];
                    ReadOnlySpan<char> spelling = memo.Slice(m + 5, length);
                    if (textUsed + length > text.Length)
                    {
                        break;
                    }

                    spelling.CopyTo(text[textUsed..]);
                    candidates[used + n++] = new Candidate { Start = textUsed, Length = length, Score = score, WordId = id };
                    textUsed += length;
                    m += 5 + length;
                }
            }

            token.CandidateCount = n;
            if (n == 0)
            {
                continue;
            }

            float weight = _model.LanguageModelWeight;
            for (int c = used; c < used + n; c++)
            {
                ref Candidate candidate = ref candidates[c];
                if (previous < 0)
                {
                    candidate.Best = candidate.Score + weight * _model.WordLogProb(-1, candidate.WordId);
                    candidate.Back = -1;
                    continue;
                }

                ref Token before = ref tokens[previous];
                candidate.Best = float.NegativeInfinity;
                for (int p = before.FirstCandidate; p < before.FirstCandidate + before.CandidateCount; p++)
                {
                    float s = candidates[p].Best + candidate.Score + weight * _model.WordLogProb(candidates[p].WordId, candidate.WordId);
                    if (s > candidate.Best)
                    {
                        candidate.Best = s;
                        candidate.Back = p;
                    }
                }
            }

            used += n;
            previous = t;
        }

        // Trace back from the best final candidate.
        if (previous < 0)
        {
            return;
        }

        ref Token last = ref tokens[previous];
        int best = last.FirstCandidate;
        for (int c = best + 1; c < last.FirstCandidate + last.CandidateCount; c++)
        {
            if (candidates[c].Best > candidates[best].Best)
            {
                best = c;
            }
        }

        for (int t = previous; t >= 0 && best >= 0; t--)
        {
            ref Token token = ref tokens[t];
            if (token.Kind != TokenKind.Word || token.CandidateCount == 0)
            {
                continue;
            }

            token.Chosen = best;
            best = candidates[best].Back;
        }
    }

    static bool Write(ReadOnlySpan<char> source, in Token token, ReadOnlySpan<char> text, ReadOnlySpan<Candidate> candidates, bool afterWord, Span<char> destination, ref int written)
    {
        ReadOnlySpan<char> raw = source.Slice(token.Start, token.Length);
        Span<char> rest = destination[written..];
        if (token.Kind == TokenKind.Word)
        {
            if (token.CandidateCount > 0)
            {
                Candidate c = candidates[token.Chosen];
                ReadOnlySpan<char> spelling = text.Slice(c.Start, c.Length);
                if (!spelling.TryCopyTo(rest))
                {
                    return false;
                }

                written += spelling.Length;
                return true;
            }

            int max = raw.Length * RomanUrduRules.MaxExpansion;
            if (rest.Length < max)
            {
                return false;
            }

            Span<char> lower = raw.Length <= StackLimit ? stackalloc char[raw.Length] : new char[raw.Length];
            raw.ToLowerInvariant(lower);
            written += RomanUrduRules.Convert(lower, rest);
            return true;
        }

        if (!raw.TryCopyTo(rest))
        {
            return false;
        }

        if (afterWord && token.Kind == TokenKind.Verbatim)
        {
            // Sentence punctuation right after a converted word takes its Urdu form.
            for (int i = 0; i < raw.Length; i++)
            {
                rest[i] = raw[i] switch
                {
                    ',' => '\u060C',
                    '?' => '\u061F',
                    ';' => '\u061B',
                    '.' when raw.Length == 1 || (i == raw.Length - 1 && raw[i - 1] is '?' or '!' or '"') => '\u06D4',
                    _ => raw[i],
                };
            }
        }

        written += raw.Length;
        return true;
    }
}
