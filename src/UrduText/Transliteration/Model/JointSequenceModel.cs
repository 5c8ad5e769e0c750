using System.Buffers;
using System.Text;

namespace UrduText;

/// <summary>
/// The statistical part of the Readable scheme: a joint-sequence (pair n-gram) model over (grapheme, Latin) units,
/// decoded left to right with a small beam, the final hypotheses reranked with a right-to-left model over the same
/// units and a character n-gram of the Latin side. Every unit of a consonant writes at least one Latin letter (the
/// trainer only admits units from a table of plausible spellings per letter, docs/transliteration.md), so no decoded
/// word can lose a consonant. Trained by <c>dotnet run --project tools/UrduText.Generators -c Release -- translit-model</c>.
/// </summary>
/// <remarks>
/// Cost is bounded per grapheme: at most <see cref="BeamWidth"/> hypotheses, each expanded with at most
/// <see cref="MaxUnitsPerGrapheme"/> units scored in one pass over a node's successors (<see cref="BackoffLm.ScoreRange"/>),
/// so decoding is linear in the word's length; words longer than <see cref="TranslitGraphemes.MaxGraphemes"/> graphemes
/// are decoded in pieces of that size. No allocation: all working memory is on the stack.
/// </remarks>
internal sealed class JointSequenceModel
{
    /// <summary>Hypotheses kept per grapheme.</summary>
    public const int BeamWidth = 12;

    /// <summary>Units tried per grapheme (the most frequent ones of that grapheme).</summary>
    public const int MaxUnitsPerGrapheme = 12;

    /// <summary>Final hypotheses (best by the forward model) that the rerank looks at.</summary>
    public const int RerankWidth = 6;

    /// <summary>Beam for a word over <see cref="LongWord"/> graphemes.</summary>
    const int LongBeamWidth = 3;

    /// <summary>Hypotheses rescored for a word over <see cref="LongWord"/> graphemes.</summary>
    const int LongRerankWidth = 2;

    /// <summary>
    /// Words with more graphemes than this are decoded with a narrow beam (<see cref="LongBeamWidth"/>) and rescored
    /// narrowly (<see cref="LongRerankWidth"/>): they are rare in text (1 of the 2,500 Dakshina dev words; long names,
    /// joined words, random input) and cost most per word, so this bounds the worst case.
    /// </summary>
    const int LongWord = 12;

    /// <summary>A hypothesis this far (in nats) below the best of its step is dropped: it cannot come back.</summary>
    const float PruneMargin = 12f;

    /// <summary>Longest Latin string of one unit.</summary>
    public const int MaxUnitLength = 8;

    const int FirstUnitSymbol = 2;
    const int EndSymbol = 1;
    const int LetterSpan = 0x0700 - 0x0600;
    const byte EmptyUnit = 1;
    const byte VowelEndUnit = 2;

    readonly string[] _latin;
    readonly byte[] _unitFlags; // EmptyUnit | VowelEndUnit
    readonly bool[] _shortVowelMark; // per grapheme: IsShortVowelMark, computed once
    readonly int[] _unitGrapheme;
    readonly int[] _graphemeFirst;
    readonly int[] _graphemeCount;
    readonly int[] _graphemeKey;
    readonly short[] _lookup; // (letter − U+0600) × 4 + flags → grapheme index + 1
    readonly BackoffLm _forward;
    readonly BackoffLm _backward;
    readonly BackoffLm _chars;
    readonly WordMemo _memo = new();
    readonly float[] _denseWeights;
    readonly Half[]? _sparseWeights;

    JointSequenceModel(string[] latin, int[] unitGrapheme, int[] graphemeKey, int[] graphemeFirst, int[] graphemeCount,
        BackoffLm forward, BackoffLm backward, BackoffLm chars, float backwardWeight, float charWeight, float[] denseWeights, Half[]? sparseWeights)
    {
        _denseWeights = denseWeights;
        _sparseWeights = sparseWeights;
        _latin = latin;
        _unitFlags = new byte[latin.Length];
        for (int u = 0; u < latin.Length; u++)
        {
            string l = latin[u];
            _unitFlags[u] = l.Length == 0 ? EmptyUnit
                : "aeiouy".Contains(l[^1], StringComparison.Ordinal) || (l.Length > 2 && l.EndsWith('h') && l[^2] is 'a' or 'e') ? VowelEndUnit
                : (byte)0;
        }

        _unitGrapheme = unitGrapheme;
        _graphemeKey = graphemeKey;
        _graphemeFirst = graphemeFirst;
        _graphemeCount = graphemeCount;
        _shortVowelMark = new bool[graphemeKey.Length];
        for (int g = 0; g < graphemeKey.Length; g++)
        {
            _shortVowelMark[g] = IsShortVowelMark(g);
        }

        _forward = forward;
        _backward = backward;
        _chars = chars;
        BackwardWeight = backwardWeight;
        CharWeight = charWeight;
        _lookup = new short[LetterSpan * 4];
        for (int g = 0; g < graphemeKey.Length; g++)
        {
            int index = LookupIndex(graphemeKey[g]);
            if (index >= 0)
            {
                _lookup[index] = (short)(g + 1);
            }
        }
    }

    /// <summary>Weight of the right-to-left model in the rerank score (the left-to-right model has weight 1).</summary>
    public float BackwardWeight { get; }

    /// <summary>Weight of the Latin character model in the rerank score.</summary>
    public float CharWeight { get; }

    /// <summary>Number of (grapheme, Latin) units.</summary>
    public int UnitCount => _latin.Length;

    /// <summary>Stored n-grams of the three models together (size diagnostics).</summary>
    public int EntryCount => _forward.EntryCount + _backward.EntryCount + _chars.EntryCount;

    /// <summary>The Latin string of every unit, by unit index.</summary>
    internal string[] UnitLatinTable => _latin;

    /// <summary>The Latin string of a unit.</summary>
    public string UnitLatin(int unit) => _latin[unit];

    /// <summary>The packed grapheme (see <see cref="TranslitGraphemes"/>) a unit spells.</summary>
    public int UnitGrapheme(int unit) => _graphemeKey[_unitGrapheme[unit]];

    /// <summary>Reads the model section of a model file.</summary>
    public static JointSequenceModel Read(BinaryReader r)
    {
        int graphemes = r.Read7BitEncodedInt();
        var keys = new int[graphemes];
        var first = new int[graphemes];
        var count = new int[graphemes];
        for (int g = 0; g < graphemes; g++)
        {
            keys[g] = r.ReadInt32();
            first[g] = r.Read7BitEncodedInt();
            count[g] = r.Read7BitEncodedInt();
        }

        int units = r.Read7BitEncodedInt();
        var latin = new string[units];
        var unitGrapheme = new int[units];
        for (int u = 0; u < units; u++)
        {
            unitGrapheme[u] = r.Read7BitEncodedInt();
            int length = r.ReadByte();
            if (length > MaxUnitLength)
            {
                throw new InvalidDataException("Corrupt model: a unit is longer than the decoder allows.");
            }

            latin[u] = string.Intern(Encoding.ASCII.GetString(r.ReadBytes(length)));
        }

        for (int g = 0; g < graphemes; g++)
        {
            if (first[g] + count[g] > units || (uint)unitGrapheme[first[g]] != (uint)g && count[g] > 0)
            {
                throw new InvalidDataException("Corrupt model: grapheme unit ranges.");
            }
        }

        float backwardWeight = r.ReadSingle();
        float charWeight = r.ReadSingle();
        BackoffLm forward = BackoffLm.Read(r);
        BackoffLm backward = BackoffLm.Read(r);
        BackoffLm chars = BackoffLm.Read(r);
        var dense = new float[RerankFeatures.DenseCount];
        Half[]? sparse = null;
        if (r.ReadBoolean())
        {
            for (int d = 0; d < dense.Length; d++)
            {
                dense[d] = r.ReadSingle();
            }

            sparse = new Half[RerankFeatures.TableSize];
            for (int i = 0; i < sparse.Length; i++)
            {
                sparse[i] = r.ReadHalf();
            }
        }

        return new JointSequenceModel(latin, unitGrapheme, keys, first, count, forward, backward, chars, backwardWeight, charWeight, dense, sparse);
    }

    static int LookupIndex(int grapheme)
    {
        int letter = TranslitGraphemes.Letter(grapheme) - 0x0600;
        return (uint)letter < LetterSpan ? (letter << 2) | (grapheme >> 16 & 3) : -1;
    }

    /// <summary>The model's grapheme for a packed input grapheme, or −1 when the model has never seen that letter.</summary>
    int Resolve(int grapheme)
    {
        int index = LookupIndex(grapheme);
        if (index < 0)
        {
            return -1;
        }

        // Exact, then the same letter without the final flag (or with it), so a rare position never loses the letter.
        int g = _lookup[index] - 1;
        if (g < 0)
        {
            g = _lookup[index ^ 2] - 1;
        }

        return g;
    }

    /// <summary>
    /// Maps a word to model graphemes: an aspirated grapheme the model has not seen becomes its letter followed by ھ;
    /// a letter the model has never seen is skipped (it has no spelling to give). Returns the count written.
    /// </summary>
    int MapWord(ReadOnlySpan<char> word, Span<int> packed, Span<int> output)
    {
        int n = TranslitGraphemes.Split(word, packed);
        int count = 0;
        for (int i = 0; i < n; i++)
        {
            int p = packed[i];
            int g = Resolve(p);
            if (g < 0 && TranslitGraphemes.IsAspirated(p))
            {
                int plain = Resolve(p & ~(TranslitGraphemes.AspiratedFlag | TranslitGraphemes.FinalFlag));
                int h = Resolve(TranslitGraphemes.Aspirate | (p & TranslitGraphemes.FinalFlag));
                if (plain >= 0)
                {
                    output[count++] = plain;
                }

                g = h;
            }

            if (g >= 0)
            {
                output[count++] = g;
            }
        }

        return count;
    }

    struct Hypothesis
    {
        public float Score;
        public int Node;
        public int Unit;
        public int Previous;
    }

    /// <summary>The memo of decoded words (tests and benchmarks clear it to measure decoding itself).</summary>
    internal WordMemo Memo => _memo;

    /// <summary>
    /// Writes the best spelling of <paramref name="word"/> (lower case; nothing when no letter is known to the model).
    /// Returns false when the writer overflowed. Repeated words come from the memo.
    /// </summary>
    public bool TryWrite(scoped ReadOnlySpan<char> word, ref OutputWriter writer)
    {
        Span<char> small = stackalloc char[WordMemo.MaxValue];
        int length = _memo.TryGet(word, small);
        if (length >= 0)
        {
            writer.Write(small[..length]);
            return !writer.Overflow;
        }

        int capacity = word.Length * 2 * MaxUnitLength;
        char[]? rented = null;
        Span<char> buffer = capacity <= 1024 ? stackalloc char[1024] : (rented = ArrayPool<char>.Shared.Rent(capacity));
        try
        {
            length = DecodeBest(word, buffer);
            _memo.Set(word, buffer[..length]);
            writer.Write(buffer[..length]);
            return !writer.Overflow;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Decodes <paramref name="word"/> and writes its best spelling (lower case) into <paramref name="destination"/>.
    /// Returns the number of characters written, 0 when the word has no letter the model knows, or −1 when
    /// <paramref name="destination"/> is too small.
    /// </summary>
    public int DecodeBest(ReadOnlySpan<char> word, Span<char> destination)
    {
        int[]? rented = word.Length <= 128 ? null : ArrayPool<int>.Shared.Rent(word.Length * 3);
        Span<int> scratch = rented ?? stackalloc int[128 * 3];
        try
        {
            Span<int> packed = scratch[..word.Length];
            Span<int> graphemes = scratch.Slice(word.Length, word.Length * 2);
            int n = MapWord(word, packed, graphemes);
            int written = 0;
            for (int start = 0; start < n; start += TranslitGraphemes.MaxGraphemes)
            {
                int length = Math.Min(TranslitGraphemes.MaxGraphemes, n - start);
                int w = DecodePiece(graphemes.Slice(start, length), destination[written..], null);
                if (w < 0)
                {
                    return -1;
                }

                written += w;
            }

            return written;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Decodes <paramref name="word"/> into up to <paramref name="k"/> distinct spellings, best first, with their rerank
    /// scores (natural-log scale). Words longer than one piece get one candidate.
    /// </summary>
    public List<(string Latin, float Score)> Decode(ReadOnlySpan<char> word, int k)
    {
        var result = new List<(string, float)>();
        Span<int> packed = new int[word.Length];
        Span<int> graphemes = new int[word.Length * 2];
        int n = MapWord(word, packed, graphemes);
        if (n == 0)
        {
            return result;
        }

        if (n > TranslitGraphemes.MaxGraphemes)
        {
            char[] buffer = new char[n * MaxUnitLength];
            int w = DecodeBest(word, buffer);
            result.Add((new string(buffer, 0, Math.Max(0, w)), 0));
            return result;
        }

        DecodePiece(graphemes[..n], new char[n * MaxUnitLength], result);
        if (result.Count > k)
        {
            result.RemoveRange(k, result.Count - k);
        }

        return result;
    }

    /// <summary>
    /// The units of the best decoding of <paramref name="word"/>, in order (tests check that every consonant writes a
    /// letter through this trace).
    /// </summary>
    public List<int> Trace(ReadOnlySpan<char> word)
    {
        var units = new List<int>();
        Span<int> packed = new int[word.Length];
        Span<int> graphemes = new int[word.Length * 2];
        int n = MapWord(word, packed, graphemes);
        for (int start = 0; start < n; start += TranslitGraphemes.MaxGraphemes)
        {
            int length = Math.Min(TranslitGraphemes.MaxGraphemes, n - start);
            DecodePiece(graphemes.Slice(start, length), new char[length * MaxUnitLength], null, units);
        }

        return units;
    }

    /// <summary>Whether a grapheme is zabar, zer or pesh and the model has a unit that spells it with a vowel.</summary>
    bool IsShortVowelMark(int grapheme)
    {
        if (TranslitGraphemes.Letter(_graphemeKey[grapheme]) is not ('\u064E' or '\u0650' or '\u064F'))
        {
            return false;
        }

        int units = Math.Min(_graphemeCount[grapheme], MaxUnitsPerGrapheme);
        return _unitFlags.AsSpan(_graphemeFirst[grapheme], units).ContainsAnyExcept(EmptyUnit);
    }

    /// <summary>
    /// Beam search over at most <see cref="TranslitGraphemes.MaxGraphemes"/> model graphemes, then the rerank. Writes the
    /// best spelling into <paramref name="destination"/> (or returns −1); with <paramref name="all"/> set, also lists every
    /// distinct final spelling with its score, best first; with <paramref name="trace"/> set, appends the best path's units.
    /// </summary>
    int DecodePiece(ReadOnlySpan<int> graphemes, Span<char> destination, List<(string, float)>? all, List<int>? trace = null,
        List<ScoredPath>? details = null)
    {
        int n = graphemes.Length;
        if (n == 0)
        {
            return 0;
        }

        // hyps[t * BeamWidth + b]: hypothesis b after t graphemes; the first row holds the start state.
        Span<Hypothesis> hyps = stackalloc Hypothesis[(TranslitGraphemes.MaxGraphemes + 1) * BeamWidth];
        Span<int> counts = stackalloc int[TranslitGraphemes.MaxGraphemes + 1];
        hyps[0] = new Hypothesis { Score = 0, Node = _forward.StartNode, Unit = -1, Previous = -1 };
        counts[0] = 1;
        int beam = n > LongWord ? LongBeamWidth : BeamWidth;
        Span<float> rowScores = stackalloc float[BeamWidth * MaxUnitsPerGrapheme];
        Span<int> rowNext = stackalloc int[BeamWidth * MaxUnitsPerGrapheme];
        for (int t = 1; t <= n; t++)
        {
            int g = graphemes[t - 1];
            int first = _graphemeFirst[g];
            int units = Math.Min(_graphemeCount[g], MaxUnitsPerGrapheme);
            Span<Hypothesis> row = hyps.Slice(t * BeamWidth, BeamWidth);
            Span<Hypothesis> previousRow = hyps.Slice((t - 1) * BeamWidth, BeamWidth);

            // A written short vowel (zabar, zer, pesh) is the writer's hint: the mark spells a vowel, and the consonant
            // before it adds none of its own (کُمبر → Ku…, never Ka…). If no hypothesis survives that, the hint yields.
            int skip = (_shortVowelMark[g] ? EmptyUnit : 0) | (t < n && _shortVowelMark[graphemes[t]] ? VowelEndUnit : 0);
            int kept;
        Expand:
            kept = 0;
            for (int b = 0; b < counts[t - 1]; b++)
            {
                ref Hypothesis h = ref previousRow[b];

                // Hypotheses that backed off to the same context share its scores (common on unfamiliar words).
                int same = 0;
                while (same < b && previousRow[same].Node != h.Node)
                {
                    same++;
                }

                Span<float> scores = rowScores.Slice(same * MaxUnitsPerGrapheme, units);
                Span<int> next = rowNext.Slice(same * MaxUnitsPerGrapheme, units);
                if (same == b)
                {
                    _forward.ScoreRange(h.Node, first + FirstUnitSymbol, scores, next);
                }

                for (int k = 0; k < units; k++)
                {
                    if ((_unitFlags[first + k] & skip) != 0)
                    {
                        continue;
                    }

                    float s = h.Score + scores[k];
                    if ((kept == beam && s <= row[beam - 1].Score) || (kept > 0 && s < row[0].Score - PruneMargin))
                    {
                        continue;
                    }

                    // Insertion into the sorted row (best first); the worst falls off a full row.
                    int at = kept == beam ? beam - 1 : kept++;
                    while (at > 0 && row[at - 1].Score < s)
                    {
                        row[at] = row[at - 1];
                        at--;
                    }

                    row[at] = new Hypothesis { Score = s, Node = next[k], Unit = first + k, Previous = b };
                }
            }

            if (kept == 0 && skip != 0)
            {
                skip = 0;
                goto Expand;
            }

            counts[t] = kept;
        }

        // Rerank the final hypotheses: forward + end, backward model over the reversed units, characters, then the
        // fitted rerank over features that see both sides of every unit (RerankFeatures).
        Span<Hypothesis> last = hyps.Slice(n * BeamWidth, counts[n]);
        Span<int> path = stackalloc int[TranslitGraphemes.MaxGraphemes];
        Span<char> latin = stackalloc char[TranslitGraphemes.MaxGraphemes * MaxUnitLength];
        Span<float> forwardScores = stackalloc float[BeamWidth];
        Span<float> backwardScores = stackalloc float[BeamWidth];
        Span<float> charScores = stackalloc float[BeamWidth];
        Span<float> finalScores = stackalloc float[BeamWidth];
        Span<int> order = stackalloc int[BeamWidth];
        for (int b = 0; b < last.Length; b++)
        {
            forwardScores[b] = last[b].Score + _forward.Score(last[b].Node, EndSymbol, out _);
            int at = b;
            while (at > 0 && forwardScores[order[at - 1]] < forwardScores[b])
            {
                order[at] = order[at - 1];
                at--;
            }

            order[at] = b;
        }

        // Only the best few by the forward model are rescored: the rest almost never win and cost as much each.
        order = order[..Math.Min(last.Length, n > LongWord ? LongRerankWidth : RerankWidth)];
        float bestCombined = float.NegativeInfinity, bestForward = float.NegativeInfinity;
        float bestBackward = float.NegativeInfinity, bestChars = float.NegativeInfinity;
        foreach (int b in order)
        {
            int length = Backtrack(hyps, n, b, path);
            int chars = WriteLatin(path[..length], latin);
            backwardScores[b] = BackwardScore(path[..length]);
            charScores[b] = CharScore(latin[..chars]);
            finalScores[b] = forwardScores[b] + BackwardWeight * backwardScores[b] + CharWeight * charScores[b];
            bestCombined = Math.Max(bestCombined, finalScores[b]);
            bestForward = Math.Max(bestForward, forwardScores[b]);
            bestBackward = Math.Max(bestBackward, backwardScores[b]);
            bestChars = Math.Max(bestChars, charScores[b]);
        }

        Span<float> dense = stackalloc float[RerankFeatures.DenseCount];
        Span<int> features = stackalloc int[RerankFeatures.MaxCount(TranslitGraphemes.MaxGraphemes, latin.Length)];
        Span<int> unitGraphemes = stackalloc int[TranslitGraphemes.MaxGraphemes];
        float bestScore = float.NegativeInfinity;
        int best = -1;
        foreach (int b in order)
        {
            int length = Backtrack(hyps, n, b, path);
            int chars = WriteLatin(path[..length], latin);
            if (_sparseWeights is not null)
            {
                RerankFeatures.Dense(dense, finalScores[b], forwardScores[b], backwardScores[b], charScores[b], bestCombined, bestForward,
                    bestBackward, bestChars, chars, length);
                float score = 0;
                for (int d = 0; d < dense.Length; d++)
                {
                    score += _denseWeights[d] * dense[d];
                }

                for (int i = 0; i < length; i++)
                {
                    unitGraphemes[i] = UnitGrapheme(path[i]);
                }

                int count = RerankFeatures.Sparse(unitGraphemes[..length], path[..length], _latin, latin[..chars], features);
                foreach (int f in features[..count])
                {
                    score += (float)_sparseWeights[f];
                }

                finalScores[b] = score;
            }

            details?.Add(new ScoredPath(latin[..chars].ToString(), path[..length].ToArray(), forwardScores[b], backwardScores[b], charScores[b]));
            if (finalScores[b] > bestScore)
            {
                bestScore = finalScores[b];
                best = b;
            }
        }

        if (all is not null)
        {
            int before = all.Count;
            foreach (int b in order)
            {
                int length = Backtrack(hyps, n, b, path);
                string text = latin[..WriteLatin(path[..length], latin)].ToString();
                int existing = all.FindIndex(before, c => c.Item1 == text);
                if (existing < 0)
                {
                    all.Add((text, finalScores[b]));
                }
                else if (all[existing].Item2 < finalScores[b])
                {
                    all[existing] = (text, finalScores[b]);
                }
            }

            all.Sort(before, all.Count - before, Comparer<(string, float)>.Create(static (a, b) => b.Item2.CompareTo(a.Item2)));
        }

        int bestLength = Backtrack(hyps, n, best, path);
        if (trace is not null)
        {
            foreach (int unit in path[..bestLength])
            {
                trace.Add(unit);
            }
        }

        int written = WriteLatin(path[..bestLength], latin);
        if (written > destination.Length)
        {
            return -1;
        }

        latin[..written].CopyTo(destination);
        return written;
    }

    /// <summary>One final hypothesis with its separate scores (the trainer fits the rerank on these).</summary>
    internal sealed record ScoredPath(string Latin, int[] Units, float Forward, float Backward, float Chars);

    /// <summary>Every final hypothesis of a word that fits in one piece, unsorted, with its separate scores.</summary>
    internal List<ScoredPath> DecodeDetailed(ReadOnlySpan<char> word)
    {
        var details = new List<ScoredPath>();
        Span<int> packed = new int[word.Length];
        Span<int> graphemes = new int[word.Length * 2];
        int n = MapWord(word, packed, graphemes);
        if (n is > 0 and <= TranslitGraphemes.MaxGraphemes)
        {
            DecodePiece(graphemes[..n], new char[n * MaxUnitLength], null, null, details);
        }

        return details;
    }

    static int Backtrack(ReadOnlySpan<Hypothesis> hyps, int n, int b, Span<int> path)
    {
        for (int t = n; t >= 1; t--)
        {
            Hypothesis h = hyps[t * BeamWidth + b];
            path[t - 1] = h.Unit;
            b = h.Previous;
        }

        return n;
    }

    int WriteLatin(ReadOnlySpan<int> units, Span<char> output)
    {
        int w = 0;
        foreach (int unit in units)
        {
            foreach (char c in _latin[unit])
            {
                output[w++] = c;
            }
        }

        return w;
    }

    float BackwardScore(ReadOnlySpan<int> units)
    {
        int node = _backward.StartNode;
        float total = 0;
        for (int i = units.Length - 1; i >= 0; i--)
        {
            total += _backward.Score(node, units[i] + FirstUnitSymbol, out node);
        }

        return total + _backward.Score(node, EndSymbol, out _);
    }

    /// <summary>ln P(latin) under the character model (lower-case ASCII letters; others are skipped).</summary>
    public float CharScore(ReadOnlySpan<char> latin)
    {
        int node = _chars.StartNode;
        float total = 0;
        foreach (char c in latin)
        {
            if (c is >= 'a' and <= 'z')
            {
                total += _chars.Score(node, c - 'a' + FirstUnitSymbol, out node);
            }
        }

        return total + _chars.Score(node, EndSymbol, out _);
    }
}
