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
    readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _unitsByLatin;
    readonly Dictionary<ulong, float>[] _logProbs;
    readonly Dictionary<ulong, float>[] _backoffs;
    readonly float _floor;
    readonly Dictionary<string, LexiconEntry[]> _lexicon;
    readonly Dictionary<string, LexiconEntry[]>.AlternateLookup<ReadOnlySpan<char>> _lexiconLookup;
    readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _vocabulary;
    readonly float[] _unigram;
    readonly Dictionary<ulong, float> _bigram;

    /// <summary>Decoded candidates of recently seen unattested words (see <see cref="WordMemo"/>; 16,384 words, about 4.7 MB, allocated on first use of the model).</summary>
    internal WordMemo Memo { get; } = new(WordMemo.MaxKey, 120, 16384);

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

        _logProbs = logProbs;
        _backoffs = backoffs;
        _floor = floor;
        Dictionary<string, int[]> units = byLatin.ToDictionary(
            p => p.Key,
            p => p.Value.OrderByDescending(u => UnigramOf(u)).Take(MaxUnitsPerChunk).ToArray(),
            StringComparer.Ordinal);
        _unitsByLatin = units.GetAlternateLookup<ReadOnlySpan<char>>();
        _lexicon = lexicon;
        _lexiconLookup = lexicon.GetAlternateLookup<ReadOnlySpan<char>>();
        var vocabulary = new Dictionary<string, int>(words.Length, StringComparer.Ordinal);
        for (int i = 0; i < words.Length; i++)
        {
            vocabulary[words[i]] = i;
        }

        _vocabulary = vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        _unigram = unigram;
        _bigram = bigram;
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
                    entries[j] = new LexiconEntry(string.Intern(r.ReadString()), r.ReadSingle());
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

    float UnitLogProb(ReadOnlySpan<int> history, int symbol)
    {
        float backoff = 0;
        for (int k = Math.Min(history.Length, _logProbs.Length - 1); k >= 0; k--)
        {
            ReadOnlySpan<int> h = history[^k..];
            ulong context = 0;
            foreach (int s in h)
            {
                context = context << 16 | (uint)s;
            }

            if (_logProbs[k].TryGetValue(context << 16 | (uint)symbol, out float p))
            {
                return backoff + p;
            }

            if (k > 0 && _backoffs[k].TryGetValue(context, out float b))
            {
                backoff += b;
            }
        }

        return backoff + _floor;
    }

    /// <summary>
    /// The packed contexts of every order for one history (newest symbol last) and their back-off weights (0 when the
    /// context was never seen); returns the highest order usable.
    /// </summary>
    int Contexts(ReadOnlySpan<int> history, Span<ulong> contexts, Span<float> backoffs)
    {
        int top = Math.Min(history.Length, _logProbs.Length - 1);
        contexts[0] = 0;
        backoffs[0] = 0;
        for (int k = 1; k <= top; k++)
        {
            ulong context = 0;
            foreach (int s in history[^k..])
            {
                context = context << 16 | (uint)s;
            }

            contexts[k] = context;
            backoffs[k] = _backoffs[k].TryGetValue(context, out float b) ? b : 0;
        }

        return top;
    }

    float UnitLogProb(ReadOnlySpan<ulong> contexts, ReadOnlySpan<float> backoffs, int top, int symbol)
    {
        float backoff = 0;
        for (int k = top; k >= 0; k--)
        {
            if (_logProbs[k].TryGetValue(contexts[k] << 16 | (uint)symbol, out float p))
            {
                return backoff + p;
            }

            backoff += backoffs[k];
        }

        return backoff + _floor;
    }

    struct Hypothesis
    {
        public float Score;
        public int Unit;
        public int Parent;
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
        counts.Clear();
        Span<int> history = stackalloc int[4];
        Span<ulong> contexts = stackalloc ulong[4];
        Span<float> backoffs = stackalloc float[4];
        all[0] = new Hypothesis { Score = 0, Unit = StartSymbol, Parent = -1 };
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
                float score = all[index].Score;
                if (score < best - PruneMargin)
                {
                    continue;
                }

                int historyLength = History(all, index, history);
                int top = Contexts(history[..historyLength], contexts, backoffs);
                for (int a = 1; a <= 4 && p + a <= n; a++)
                {
                    if (!_unitsByLatin.TryGetValue(latin.Slice(p, a), out int[]? units))
                    {
                        continue;
                    }

                    foreach (int u in units)
                    {
                        float s = score + UnitLogProb(contexts, backoffs, top, u);
                        Insert(all, counts, p + a, new Hypothesis { Score = s, Unit = u, Parent = index });
                    }
                }
            }
        }

        int found = 0;
        int used = 0;
        for (int h = 0; h < counts[n]; h++)
        {
            int index = n * BeamWidth + h;
            int historyLength = History(all, index, history);
            float score = all[index].Score + UnitLogProb(history[..historyLength], EndSymbol);

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
                int worst = 0;
                for (int c = 1; c < found; c++)
                {
                    if (candidates[c].Score < candidates[worst].Score)
                    {
                        worst = c;
                    }
                }

                if (candidates[worst].Score < score)
                {
                    // Reuse the worst slot's text space when it is big enough; otherwise append.
                    candidates[worst] = candidate;
                    used += length;
                }
            }
        }

        candidates[..found].Sort(static (x, y) => y.Score.CompareTo(x.Score));
        return found;
    }

    static int History(Span<Hypothesis> all, int index, Span<int> history)
    {
        int count = 0;
        for (int i = index; count < history.Length; i = all[i].Parent)
        {
            history[count++] = all[i].Unit;
            if (all[i].Parent < 0)
            {
                break;
            }
        }

        history[..count].Reverse();
        return count;
    }

    static void Insert(Span<Hypothesis> all, Span<int> counts, int position, Hypothesis hypothesis)
    {
        int start = position * BeamWidth;
        int count = counts[position];
        if (count < BeamWidth)
        {
            all[start + count] = hypothesis;
            counts[position] = count + 1;
            return;
        }

        int worst = start;
        for (int i = start + 1; i < start + BeamWidth; i++)
        {
            if (all[i].Score < all[worst].Score)
            {
                worst = i;
            }
        }

        if (all[worst].Score < hypothesis.Score)
        {
            all[worst] = hypothesis;
        }
    }

    /// <summary>Returns <see cref="Name"/>.</summary>
    /// <returns>The model's name.</returns>
    public override string ToString() => Name;
}

/// <summary>One Urdu word an attested Roman Urdu spelling writes, with ln P(word | spelling).</summary>
internal readonly record struct LexiconEntry(string Urdu, float LogProb);

/// <summary>A decoded spelling: its place in the caller's text buffer and its score.</summary>
internal record struct DecodedCandidate(int Start, int Length, float Score);
