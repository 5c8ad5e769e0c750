using System.Linq;
using UrduText.Internal;

namespace UrduText;

/// <summary>
/// What <see cref="RomanUrduConverter"/> knows about Roman Urdu: a lexicon of attested spellings (each with the Urdu words it
/// writes and their probabilities), a joint-sequence model over (Latin letters, Urdu letters) units for spellings never seen,
/// and a word bigram model over Urdu text that picks among the candidates of each word in running text. Immutable and
/// thread-safe. The <c>UrduText.Data</c> package ships one trained on the Dakshina Urdu romanization lexicon (CC BY-SA 4.0):
/// <c>UrduTextData.RomanUrduModel</c>. Written by <c>dotnet run --project tools/UrduText.Generators -c Release -- roman-urdu-model</c>.
/// </summary>
/// <example>
/// <code>
/// using var stream = File.OpenRead("roman-urdu.bin");
/// var converter = new RomanUrduConverter(RomanUrduModel.Load(stream));
/// </code>
/// </example>
public sealed class RomanUrduModel
{
    /// <summary>Longest word (in letters) the unit model decodes; longer words use the rules.</summary>
    internal const int MaxWordLetters = 32;

    /// <summary>Hypotheses kept per Latin position.</summary>
    internal const int BeamWidth = 16;

    /// <summary>A hypothesis this far (in nats) below the best at its position is not extended.</summary>
    const float PruneMargin = 10f;

    /// <summary>Units tried per Latin chunk (the most frequent ones).</summary>
    const int MaxUnitsPerChunk = 8;

    const int StartSymbol = 0;
    const int EndSymbol = 1;

    readonly string[] _unitUrdu;
    readonly Dictionary<string, (int Start, int Count)>.AlternateLookup<ReadOnlySpan<char>> _unitsByLatin;
    readonly int[] _units;
    readonly PackedNgramTable[] _logProbs;
    readonly PackedNgramTable[] _backoffs;
    readonly float _floor;
    readonly float _unitLogProbBound;
    readonly Dictionary<string, LexiconEntry[]> _lexicon;
    readonly Dictionary<string, LexiconEntry[]>.AlternateLookup<ReadOnlySpan<char>> _lexiconLookup;
    readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _vocabulary;
    readonly float[] _unigram;
    readonly PackedNgramTable _bigram;

    /// <summary>Decoded candidates of recently seen unattested words (see <see cref="WordMemo"/>; 16,384 words, about 5 MB, allocated on first use of the model).</summary>
    internal WordMemo Memo { get; } = new(WordMemo.MaxKey, MemoValueLength, 16384);

    /// <summary>
    /// Characters per memo value: four candidates of five header characters (length, score, word id) and their text. The
    /// header grew from three to five characters when the word id joined it; the value grew by the same 4 × 2, so the same
    /// candidates fit as before.
    /// </summary>
    internal const int MemoValueLength = 128;

    RomanUrduModel(string name, string licence, string[] unitLatin, string[] unitUrdu, Dictionary<ulong, float>[] logProbs,
        Dictionary<ulong, float>[] backoffs, float floor, Dictionary<string, LexiconEntry[]> lexicon, string[] words, float[] unigram,
        Dictionary<ulong, float> bigram, float vocabularyBonus, float languageModelWeight, float backoffPenalty)
    {
        Name = name;
        Licence = licence;
        _unitUrdu = unitUrdu;
        var byLatin = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int u = 2; u < unitLatin.Length; u++)
        {
            if (!byLatin.TryGetValue(unitLatin[u], out var list))
            {
                byLatin[unitLatin[u]] = list = [];
            }

            list.Add(u);
        }

        // The decoder probes an order only when its context has a back-off weight; give every context that has n-grams
        // one (0, the weight an absent context gets) so that this holds for any model file. The trainer writes them all.
        for (int k = 1; k < logProbs.Length; k++)
        {
            foreach (ulong key in logProbs[k].Keys)
            {
                backoffs[k].TryAdd(key >> 16, 0);
            }
        }

        _logProbs = [.. logProbs.Select(t => new PackedNgramTable(t))];
        _backoffs = [.. backoffs.Select(t => new PackedNgramTable(t))];
        _floor = floor;

        // The most a unit can add to a path's score (≤ 0 for a normalized model): lets the decoder stop expanding a
        // hypothesis that can no longer enter a full beam, without changing what it finds.
        float most = logProbs.Where(t => t.Count > 0).Select(t => t.Values.Max()).DefaultIfEmpty(floor).Max();
        _unitLogProbBound = Math.Max(most, floor) + backoffs.Sum(t => t.Count == 0 ? 0 : Math.Max(0, t.Values.Max()));

        // All chunks' units in one array, so that the decoder can keep a word's unit lists on the stack.
        var pool = new List<int>();
        var units = new Dictionary<string, (int Start, int Count)>(StringComparer.Ordinal);
        foreach (var (latin, list) in byLatin)
        {
            int[] best = [.. list.OrderByDescending(u => UnigramOf(u)).Take(MaxUnitsPerChunk)];
            units[latin] = (pool.Count, best.Length);
            pool.AddRange(best);
        }

        _units = [.. pool];
        _unitsByLatin = units.GetAlternateLookup<ReadOnlySpan<char>>();
        _lexicon = lexicon;
        _lexiconLookup = lexicon.GetAlternateLookup<ReadOnlySpan<char>>();
        var vocabulary = new Dictionary<string, int>(words.Length, StringComparer.Ordinal);
        for (int i = 0; i < words.Length; i++)
        {
            vocabulary[words[i]] = i;
        }

        // Each attested spelling's words carry their word-model id, so running text does not look them up per occurrence.
        foreach (LexiconEntry[] entries in lexicon.Values)
        {
            for (int j = 0; j < entries.Length; j++)
            {
                entries[j] = entries[j] with { WordId = vocabulary.GetValueOrDefault(entries[j].Urdu, -1) };
            }
        }

        _vocabulary = vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        _unigram = unigram;
        _bigram = new PackedNgramTable(bigram);
        VocabularyBonus = vocabularyBonus;
        LanguageModelWeight = languageModelWeight;
        BackoffPenalty = backoffPenalty;
        UnknownWordLogProb = unigram.Length == 0 ? -20f : unigram.Min() - 2f;
        int expansion = 2;
        foreach (var (key, entries) in lexicon)
        {
            foreach (LexiconEntry e in entries)
            {
                expansion = Math.Max(expansion, (e.Urdu.Length + key.Length - 1) / key.Length);
            }
        }

        MaxExpansion = expansion;

        float UnigramOf(int u) => logProbs[0].TryGetValue((ulong)u, out float p) ? p : floor;
    }

    /// <summary>A short name of the model and its training data.</summary>
    public string Name { get; }

    /// <summary>The licence of the model's data (an SPDX expression, e.g. <c>CC-BY-SA-4.0</c>).</summary>
    public string Licence { get; }

    /// <summary>Number of attested Roman Urdu spellings in the lexicon.</summary>
    public int LexiconCount => _lexicon.Count;

    /// <summary>Number of Urdu words the word model knows.</summary>
    public int VocabularyCount => _unigram.Length;

    /// <summary>Added to a decoded candidate that is a known Urdu word (tuned on the dev split by the trainer).</summary>
    internal float VocabularyBonus { get; }

    /// <summary>Weight of the word bigram model against the spelling score in running text.</summary>
    internal float LanguageModelWeight { get; }

    /// <summary>ln of the stupid-backoff factor from bigram to unigram.</summary>
    internal float BackoffPenalty { get; }

    /// <summary>ln P of a word the word model has never seen.</summary>
    internal float UnknownWordLogProb { get; }

    /// <summary>Largest output length per input letter of any lexicon entry or decoded word.</summary>
    internal int MaxExpansion { get; }

    /// <summary>Reads a model file written by the UrduText trainer (<c>tools/UrduText.Generators roman-urdu-model</c>).</summary>
    /// <param name="stream">The model file; read to its end, not closed.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidDataException">The stream is not a UrduText Roman Urdu model.</exception>
    public static RomanUrduModel Load(Stream stream)
    {
        if (stream is null)
        {
            ThrowHelper.ThrowArgumentNull(nameof(stream));
        }

        try
        {
            using BinaryReader r = ModelFile.Open(stream, "UTRU1"u8, "Not a UrduText Roman Urdu model (version 1).");

            string name = r.ReadString();
            string licence = r.ReadString();
            float vocabularyBonus = r.ReadSingle();
            float lmWeight = r.ReadSingle();
            float backoffPenalty = r.ReadSingle();
            int units = r.Read7BitEncodedInt();
            if (units > ushort.MaxValue)
            {
                throw new InvalidDataException("Corrupt model: too many units.");
            }

            var unitLatin = new string[units];
            var unitUrdu = new string[units];
            for (int u = 0; u < units; u++)
            {
                unitLatin[u] = r.ReadString();
                unitUrdu[u] = r.ReadString();
                if (u >= 2 && (unitLatin[u].Length is 0 or > 4 || unitUrdu[u].Length > 2))
                {
                    throw new InvalidDataException("Corrupt model: a unit is out of range.");
                }
            }

            int order = r.Read7BitEncodedInt();
            if (order is < 1 or > 4)
            {
                throw new InvalidDataException("Corrupt model: unsupported n-gram order.");
            }

            float floor = r.ReadSingle();
            var logProbs = new Dictionary<ulong, float>[order];
            var backoffs = new Dictionary<ulong, float>[order];
            for (int k = 0; k < order; k++)
            {
                logProbs[k] = ReadTable(r);
                backoffs[k] = ReadTable(r);
            }

            int lexiconCount = r.Read7BitEncodedInt();
            var lexicon = new Dictionary<string, LexiconEntry[]>(lexiconCount, StringComparer.Ordinal);
            for (int i = 0; i < lexiconCount; i++)
            {
                string latin = r.ReadString();
                int n = r.Read7BitEncodedInt();
                var entries = new LexiconEntry[n];
                for (int j = 0; j < n; j++)
                {
                    entries[j] = new LexiconEntry(string.Intern(r.ReadString()), r.ReadSingle(), -1);
                }

                if (latin.Length == 0 || n == 0)
                {
                    throw new InvalidDataException("Corrupt model: an empty lexicon entry.");
                }

                lexicon[latin] = entries;
            }

            int wordCount = r.Read7BitEncodedInt();
            var words = new string[wordCount];
            var unigram = new float[wordCount];
            for (int i = 0; i < wordCount; i++)
            {
                words[i] = string.Intern(r.ReadString());
                unigram[i] = r.ReadSingle();
            }

            Dictionary<ulong, float> bigram = ReadTable(r);
            return new RomanUrduModel(name, licence, unitLatin, unitUrdu, logProbs, backoffs, floor, lexicon, words, unigram, bigram,
                vocabularyBonus, lmWeight, backoffPenalty);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The Roman Urdu model is truncated.", e);
        }
    }

    static Dictionary<ulong, float> ReadTable(BinaryReader r)
    {
        int count = r.Read7BitEncodedInt();
        var table = new Dictionary<ulong, float>(count);
        for (int i = 0; i < count; i++)
        {
            table[r.ReadUInt64()] = r.ReadSingle();
        }

        return table;
    }

    /// <summary>The Urdu words an attested spelling writes, best first, or an empty span.</summary>
    internal ReadOnlySpan<LexiconEntry> Lookup(ReadOnlySpan<char> latin) =>
        _lexiconLookup.TryGetValue(latin, out LexiconEntry[]? entries) ? entries : [];

    /// <summary>True when <paramref name="latin"/> is an attested Roman Urdu spelling.</summary>
    internal bool IsAttested(ReadOnlySpan<char> latin) => _lexiconLookup.ContainsKey(latin);

    /// <summary>The word model's id of an Urdu word, or −1.</summary>
    internal int WordId(ReadOnlySpan<char> urdu) => _vocabulary.TryGetValue(urdu, out int id) ? id : -1;

    /// <summary>ln P(word | previous) by stupid backoff; ids of −1 are unknown words (and sentence start for previous).</summary>
    internal float WordLogProb(int previous, int word)
    {
        if (word < 0)
        {
            return UnknownWordLogProb;
        }

        if (previous >= 0 && _bigram.TryGetValue((ulong)(uint)previous << 32 | (uint)word, out float p))
        {
            return p;
        }

        return _unigram[word] + (previous >= 0 ? BackoffPenalty : 0);
    }

    /// <summary>
    /// Fills the packed contexts of every order up to <paramref name="top"/> from a packed history (newest symbol in the
    /// low 16 bits) and their back-off weights (0 when the context was never seen). Returns a bit mask of the orders whose
    /// context the model has seen: only those can hold an n-gram with it, so the others are not probed.
    /// </summary>
    int Contexts(ulong history, int top, Span<ulong> contexts, Span<float> backoffs)
    {
        contexts[0] = 0;
        backoffs[0] = 0;
        int seen = 1;
        for (int k = 1; k <= top; k++)
        {
            ulong context = history & ((1UL << (16 * k)) - 1);
            contexts[k] = context;
            if (_backoffs[k].TryGetValue(context, out float b))
            {
                backoffs[k] = b;
                seen |= 1 << k;
            }
            else
            {
                backoffs[k] = 0;
            }
        }

        return seen;
    }

    float UnitLogProb(ReadOnlySpan<ulong> contexts, ReadOnlySpan<float> backoffs, int seen, int top, int symbol)
    {
        float backoff = 0;
        for (int k = top; k >= 0; k--)
        {
            if ((seen >> k & 1) != 0 && _logProbs[k].TryGetValue(contexts[k] << 16 | (uint)symbol, out float p))
            {
                return backoff + p;
            }

            backoff += backoffs[k];
        }

        return backoff + _floor;
    }

    /// <summary>The highest n-gram order whose context a history of <paramref name="symbols"/> symbols fills.</summary>
    int TopOrder(int symbols) => Math.Min(symbols, _logProbs.Length - 1);

    struct Hypothesis
    {
        /// <summary>The last three symbols of the path (newest in the low 16 bits): the n-gram contexts, without walking back.</summary>
        public ulong History;
        public float Score;
        public int Unit;
        public int Parent;

        /// <summary>Symbols on the path including the start symbol, at most 4.</summary>
        public int Symbols;
    }

    /// <summary>
    /// Decodes a lower-case Latin word (a–z, at most <see cref="MaxWordLetters"/> letters) into up to
    /// <paramref name="candidates"/>.Length distinct Urdu spellings, best first, their text written to <paramref name="text"/>
    /// (which needs 2 × letters per candidate). A candidate that is a known word gets <see cref="VocabularyBonus"/>.
    /// No allocation. Returns how many candidates were written.
    /// </summary>
    internal int Decode(ReadOnlySpan<char> latin, Span<char> text, Span<DecodedCandidate> candidates)
    {
        int n = latin.Length;
        if (n == 0 || n > MaxWordLetters || candidates.IsEmpty)
        {
            return 0;
        }

        Span<Hypothesis> all = stackalloc Hypothesis[(MaxWordLetters + 1) * BeamWidth];
        Span<int> counts = stackalloc int[MaxWordLetters + 1];
        Span<int> worst = stackalloc int[MaxWordLetters + 1];
        counts.Clear();

        // The units of each chunk (position, 1–4 letters), looked up once per word rather than once per hypothesis.
        Span<int> unitStart = stackalloc int[MaxWordLetters * 4];
        Span<int> unitCount = stackalloc int[MaxWordLetters * 4];
        for (int p = 0; p < n; p++)
        {
            for (int a = 1; a <= 4; a++)
            {
                (int start, int count) = p + a <= n && _unitsByLatin.TryGetValue(latin.Slice(p, a), out var chunk) ? chunk : (0, 0);
                unitStart[p * 4 + a - 1] = start;
                unitCount[p * 4 + a - 1] = count;
            }
        }

        ReadOnlySpan<int> pool = _units;
        Span<ulong> contexts = stackalloc ulong[4];
        Span<float> backoffs = stackalloc float[4];
        all[0] = new Hypothesis { History = StartSymbol, Score = 0, Unit = StartSymbol, Parent = -1, Symbols = 1 };
        counts[0] = 1;
        for (int p = 0; p < n; p++)
        {
            float best = float.NegativeInfinity;
            for (int h = 0; h < counts[p]; h++)
            {
                best = Math.Max(best, all[p * BeamWidth + h].Score);
            }

            for (int h = 0; h < counts[p]; h++)
            {
                int index = p * BeamWidth + h;
                Hypothesis from = all[index];
                float score = from.Score;
                if (score < best - PruneMargin)
                {
                    continue;
                }

                int top = TopOrder(from.Symbols);
                int seen = Contexts(from.History, top, contexts, backoffs);
                int symbols = Math.Min(from.Symbols + 1, 4);
                for (int a = 1; a <= 4 && p + a <= n; a++)
                {
                    int target = p + a;
                    foreach (int u in pool.Slice(unitStart[p * 4 + a - 1], unitCount[p * 4 + a - 1]))
                    {
                        // A full beam takes only what beats its worst, and no unit raises a score: once this
                        // hypothesis cannot beat it, none of its remaining units can (the worst only rises).
                        if (counts[target] == BeamWidth && score + _unitLogProbBound <= all[worst[target]].Score)
                        {
                            break;
                        }

                        float s = score + UnitLogProb(contexts, backoffs, seen, top, u);
                        Insert(all, counts, worst, target, new Hypothesis
                        {
                            History = (from.History << 16 | (uint)u) & 0xFFFF_FFFF_FFFF,
                            Score = s,
                            Unit = u,
                            Parent = index,
                            Symbols = symbols,
                        });
                    }
                }
            }
        }

        int found = 0;
        int used = 0;
        for (int h = 0; h < counts[n]; h++)
        {
            int index = n * BeamWidth + h;
            int top = TopOrder(all[index].Symbols);
            int seen = Contexts(all[index].History, top, contexts, backoffs);
            float score = all[index].Score + UnitLogProb(contexts, backoffs, seen, top, EndSymbol);

            // Write the spelling right to left into the free part of the text buffer.
            int length = 0;
            for (int i = index; i > 0; i = all[i].Parent)
            {
                length += _unitUrdu[all[i].Unit].Length;
            }

            if (length == 0 || used + length > text.Length)
            {
                continue;
            }

            Span<char> slot = text.Slice(used, length);
            int end = length;
            for (int i = index; i > 0; i = all[i].Parent)
            {
                string piece = _unitUrdu[all[i].Unit];
                end -= piece.Length;
                piece.AsSpan().CopyTo(slot[end..]);
            }

            if (WordId(slot) >= 0)
            {
                score += VocabularyBonus;
            }

            int same = -1;
            for (int c = 0; c < found; c++)
            {
                if (text.Slice(candidates[c].Start, candidates[c].Length).SequenceEqual(slot))
                {
                    same = c;
                    break;
                }
            }

            if (same >= 0)
            {
                if (score > candidates[same].Score)
                {
                    candidates[same].Score = score;
                }

                continue;
            }

            var candidate = new DecodedCandidate(used, length, score);
            if (found < candidates.Length)
            {
                candidates[found++] = candidate;
                used += length;
            }
            else
            {
                int worstCandidate = 0;
                for (int c = 1; c < found; c++)
                {
                    if (candidates[c].Score < candidates[worstCandidate].Score)
                    {
                        worstCandidate = c;
                    }
                }

                if (candidates[worstCandidate].Score < score)
                {
                    // Reuse the worst slot's text space when it is big enough; otherwise append.
                    candidates[worstCandidate] = candidate;
                    used += length;
                }
            }
        }

        candidates[..found].Sort(static (x, y) => y.Score.CompareTo(x.Score));
        return found;
    }

    /// <summary>Adds a hypothesis to a position's beam; a full beam replaces its worst (kept in <paramref name="worst"/>) if the new one is better.</summary>
    static void Insert(Span<Hypothesis> all, Span<int> counts, Span<int> worst, int position, in Hypothesis hypothesis)
    {
        int start = position * BeamWidth;
        int count = counts[position];
        if (count < BeamWidth)
        {
            all[start + count] = hypothesis;
            counts[position] = ++count;
            if (count == BeamWidth)
            {
                worst[position] = Worst(all, start);
            }

            return;
        }

        int w = worst[position];
        if (all[w].Score < hypothesis.Score)
        {
            all[w] = hypothesis;
            worst[position] = Worst(all, start);
        }
    }

    /// <summary>The first hypothesis with the lowest score in the beam that starts at <paramref name="start"/>.</summary>
    static int Worst(Span<Hypothesis> all, int start)
    {
        int worst = start;
        for (int i = start + 1; i < start + BeamWidth; i++)
        {
            if (all[i].Score < all[worst].Score)
            {
                worst = i;
            }
        }

        return worst;
    }

    /// <summary>Returns <see cref="Name"/>.</summary>
    /// <returns>The model's name.</returns>
    public override string ToString() => Name;
}

/// <summary>One Urdu word an attested Roman Urdu spelling writes, with ln P(word | spelling) and its word-model id (−1 if none).</summary>
internal readonly record struct LexiconEntry(string Urdu, float LogProb, int WordId);

/// <summary>A decoded spelling: its place in the caller's text buffer and its score.</summary>
internal record struct DecodedCandidate(int Start, int Length, float Score);
