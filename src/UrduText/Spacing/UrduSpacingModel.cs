using System.IO.Compression;
using System.Text;
using System.Threading;
using UrduText.Internal;

namespace UrduText;

/// <summary>
/// The lexicon behind <see cref="UrduSpacingRepairer"/>: words with their counts, counts of word pairs, and the words
/// that must never be split (names). Immutable and thread-safe once loaded; every lookup works on
/// <see cref="ReadOnlySpan{T}"/> and allocates nothing.
/// </summary>
/// <remarks>
/// The core package embeds a permissively licensed model (<see cref="Default"/>); the UrduText.Data package supplies a
/// larger one with counts from Urdu Wikipedia. Models are written by <c>tools/UrduText.Generators</c>
/// (<c>spacing-model</c>); see docs/spacing.md for the format and the data.
/// </remarks>
public sealed class UrduSpacingModel
{
    const uint Magic = 0x50535455; // "UTSP"
    const int Version = 2; // 2 added the character model; version 1 files (without it) still load
    const string DefaultResource = "UrduText.Spacing.spacing-core.bin";

    /// <summary>Weight of the pair estimate against the single-word estimate in the interpolated pair probability.</summary>
    const double PairWeight = 0.7;

    static readonly Lazy<UrduSpacingModel> s_default = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    readonly SpanWordTable _lookup;
    readonly float[] _logUnigram;
    readonly float[] _logBackoff;     // log((1 - PairWeight) * P(w)): P(w | previous) for a pair never seen
    readonly byte[] _flags;
    readonly Dictionary<long, float> _logPairs; // log P(second | first) for the pairs seen, interpolated

    /// <summary>Flag: the word is a name (or other gazetteer entry) and is never split.</summary>
    internal const byte ProtectedFlag = 1;

    /// <summary>Flag (computed on load): the word can be cut at a non-joining letter into words of the lexicon.</summary>
    internal const byte SplittableFlag = 2;

    /// <summary>
    /// Flag (computed on load): the word can be split (<see cref="SplittableFlag"/>), but with the model's own split
    /// penalty, or a higher one, no split beats the whole word after any previous word (see
    /// <see cref="SplitNeverWins"/>), so the word-by-word repair keeps it after one lookup.
    /// </summary>
    internal const byte SettledFlag = 4;

    UrduSpacingModel(string[] words, int[] counts, byte[] flags, (int First, int Second, int Count)[] pairs, string name, UrduSpacingScoring scoring, CharNgramModel? characters)
    {
        Name = name;
        Characters = characters;
        Scoring = scoring;
        _lookup = new SpanWordTable(words);
        foreach (string word in words)
        {
            LongestWord = Math.Max(LongestWord, word.Length);
        }

        double total = 0;
        foreach (int c in counts)
        {
            total += c;
        }

        total = Math.Max(total, 1);
        TotalCount = (long)total;
        _logUnigram = new float[words.Length];
        _logBackoff = new float[words.Length];
        for (int i = 0; i < words.Length; i++)
        {
            double p = Math.Max(counts[i], 1) / total;
            _logUnigram[i] = (float)Math.Log(p);
            _logBackoff[i] = (float)Math.Log((1 - PairWeight) * p);
        }

        // Precomputed so that scoring takes no logarithm.
        _logPairs = new Dictionary<long, float>(pairs.Length);
        var bestAfterAny = new float[words.Length]; // max over previous words of log P(word | previous)
        bestAfterAny.AsSpan().Fill(float.NegativeInfinity);
        foreach ((int first, int second, int count) in pairs)
        {
            double pair = (double)count / Math.Max(counts[first], 1);
            double p = Math.Max(counts[second], 1) / total;
            float logPair = (float)Math.Log((PairWeight * Math.Min(pair, 1)) + ((1 - PairWeight) * p));
            _logPairs[PairKey(first, second)] = logPair;
            bestAfterAny[second] = Math.Max(bestAfterAny[second], logPair);
        }

        _flags = flags;
        for (int i = 0; i < words.Length; i++)
        {
            if (CanSplit(words[i]))
            {
                _flags[i] |= SplittableFlag;
                if (SplitNeverWins(words[i], i, bestAfterAny, scoring.SplitPenalty))
                {
                    _flags[i] |= SettledFlag;
                }
            }
        }
    }

    /// <summary>The permissive model embedded in the core package (word lists under the MIT and Apache-2.0 licences). Loaded on first use.</summary>
    public static UrduSpacingModel Default => s_default.Value;

    /// <summary>A short description of the model's source, as written by the generator.</summary>
    public string Name { get; }

    /// <summary>The length of the longest word of the lexicon, in chars (no longer piece can be a word).</summary>
    internal int LongestWord { get; }

    /// <summary>The character model that scores words the lexicon does not know, or <see langword="null"/> (version 1 files).</summary>
    internal CharNgramModel? Characters { get; }

    /// <summary>The scoring constants the generator tuned for this model on its dev split.</summary>
    internal UrduSpacingScoring Scoring { get; }

    /// <summary>The number of words in the lexicon.</summary>
    public int WordCount => _logUnigram.Length;

    /// <summary>The number of word pairs with a count.</summary>
    public int PairCount => _logPairs.Count;

    /// <summary>The sum of the word counts.</summary>
    public long TotalCount { get; }

    /// <summary>Whether <paramref name="word"/> is in the lexicon (exact, ordinal match of normalized text).</summary>
    /// <param name="word">The word.</param>
    /// <returns><see langword="true"/> when the lexicon lists the word.</returns>
    public bool Contains(ReadOnlySpan<char> word) => _lookup.IndexOf(word) >= 0;

    /// <summary>Loads a model written by the <c>spacing-model</c> generator (a gzip stream).</summary>
    /// <param name="stream">The model stream; read to its end, not disposed.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidDataException">The stream is not a spacing model.</exception>
    public static UrduSpacingModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var buffered = new BufferedStream(gzip, 1 << 16);
            using var reader = new BinaryReader(buffered, Encoding.UTF8);
            if (reader.ReadUInt32() != Magic)
            {
                throw new InvalidDataException("Not an UrduText spacing model.");
            }

            int version = reader.ReadInt32();
            if (version is < 1 or > Version)
            {
                throw new InvalidDataException($"Unsupported spacing model version {version} (this build reads 1 to {Version}).");
            }

            string name = reader.ReadString();
            var scoring = new UrduSpacingScoring(reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble());
            int wordCount = reader.ReadInt32();
            if (wordCount < 0 || wordCount > 10_000_000)
            {
                throw new InvalidDataException("Bad word count in the spacing model.");
            }

            var words = new string[wordCount];
            var counts = new int[wordCount];
            var flags = new byte[wordCount];
            for (int i = 0; i < wordCount; i++)
            {
                words[i] = reader.ReadString();
                counts[i] = reader.ReadInt32();
                flags[i] = reader.ReadByte();
            }

            int pairCount = reader.ReadInt32();
            if (pairCount < 0 || pairCount > 50_000_000)
            {
                throw new InvalidDataException("Bad pair count in the spacing model.");
            }

            var pairs = new (int, int, int)[pairCount];
            for (int i = 0; i < pairCount; i++)
            {
                int first = reader.ReadInt32();
                int second = reader.ReadInt32();
                int count = reader.ReadInt32();
                if ((uint)first >= (uint)wordCount || (uint)second >= (uint)wordCount)
                {
                    throw new InvalidDataException("Bad pair in the spacing model.");
                }

                pairs[i] = (first, second, count);
            }

            CharNgramModel? characters = null;
            int order = version >= 2 ? reader.ReadInt32() : 0;
            if (order is < 0 or > CharNgramModel.MaxOrder)
            {
                throw new InvalidDataException("Bad character model order in the spacing model.");
            }

            if (order > 0)
            {
                float unseen = reader.ReadSingle();
                int gramCount = reader.ReadInt32();
                if (gramCount < 0 || gramCount > 50_000_000)
                {
                    throw new InvalidDataException("Bad character n-gram count in the spacing model.");
                }

                var grams = new Dictionary<ulong, (float, float)>(gramCount);
                for (int i = 0; i < gramCount; i++)
                {
                    grams[reader.ReadUInt64()] = (reader.ReadSingle(), reader.ReadSingle());
                }

                characters = new CharNgramModel(order, grams, unseen);
            }

            return new UrduSpacingModel(words, counts, flags, pairs, name, scoring, characters);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The spacing model is truncated.", e);
        }
    }

    /// <summary>Writes a model in the format <see cref="Load"/> reads (used by the generator).</summary>
    internal static void Write(Stream stream, string name, UrduSpacingScoring scoring, IReadOnlyList<(string Word, int Count, byte Flags)> words, IReadOnlyList<(int First, int Second, int Count)> pairs, CharNgramModel? characters = null)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(name);
        writer.Write(scoring.SplitPenalty);
        writer.Write(scoring.UnknownLogProbability);
        writer.Write(scoring.UnknownPerChar);
        writer.Write(words.Count);
        foreach ((string word, int count, byte flags) in words)
        {
            writer.Write(word);
            writer.Write(count);
            writer.Write((byte)(flags & ProtectedFlag));
        }

        writer.Write(pairs.Count);
        foreach ((int first, int second, int count) in pairs)
        {
            writer.Write(first);
            writer.Write(second);
            writer.Write(count);
        }

        writer.Write(characters?.Order ?? 0);
        if (characters is not null)
        {
            writer.Write(characters.UnseenLogProbability);
            writer.Write(characters.Count);
            ulong[] keys = [.. characters.Grams.Keys];
            Array.Sort(keys); // deterministic output
            foreach (ulong key in keys)
            {
                (float logProbability, float backOff) = characters.Grams[key];
                writer.Write(key);
                writer.Write(logProbability);
                writer.Write(backOff);
            }
        }
    }

    /// <summary>The id of <paramref name="word"/>, or -1.</summary>
    internal int Id(ReadOnlySpan<char> word) => _lookup.IndexOf(word);

    internal bool IsProtected(int id) => (_flags[id] & ProtectedFlag) != 0;

    internal bool IsSplittable(int id) => (_flags[id] & SplittableFlag) != 0;

    /// <summary>
    /// Whether the word-by-word repair must search the splits of word <paramref name="id"/>: it is not protected, has
    /// a split into words of the lexicon and, unless the repairer's split penalty is below the model's own
    /// (<paramref name="settledHolds"/> false), is not settled (<see cref="SettledFlag"/>).
    /// </summary>
    internal bool MaySplit(int id, bool settledHolds) =>
        (_flags[id] & (ProtectedFlag | SplittableFlag | (settledHolds ? SettledFlag : 0))) == SplittableFlag;

    /// <summary>
    /// Whether no split of <paramref name="word"/> (id <paramref name="id"/>) into words of the lexicon can score
    /// above the word itself in <see cref="UrduSpacingRepairer.Decide"/>, whatever word comes before it. The split's
    /// first piece <c>a</c> against the word <c>w</c>, over every previous word <c>p</c>: with no previous word, or
    /// one with no counted pair ending in <c>a</c>, log P(a | p) − log P(w | p) is at most log P(a) − log P(w)
    /// (both back off alike, and a counted pair (p, w) only raises P(w | p)); after a <c>p</c> with a pair
    /// ending in <c>a</c> it is at most the best such pair minus the back-off of <c>w</c>. The rest of the split does
    /// not depend on <c>p</c>: the same Viterbi search as <c>Decide</c> with that bound as the first piece's score
    /// decides. Most splittable words are frequent words whose pieces are rare together (ساتھ, ہوتی), and the search
    /// they cost on every occurrence was most of the repair's time beyond the lookups.
    /// </summary>
    bool SplitNeverWins(string word, int id, float[] bestAfterAny, double splitPenalty)
    {
        ReadOnlySpan<char> w = word;
        if (w.Length < 2 * UrduSpacingRepairer.MinPieceLength || w.Length > UrduSpacingRepairer.MaxWordLength)
        {
            return true; // Decide never splits it
        }

        Span<int> points = stackalloc int[UrduSpacingRepairer.MaxCuts + 2];
        int n = UrduSpacingRepairer.CandidateCuts(w, guess: false, points);
        if (n < 0)
        {
            return false; // leave it to Decide
        }

        points[n++] = w.Length;
        int size = n * n;
        Span<double> best = stackalloc double[size];
        Span<int> ids = stackalloc int[size];
        best.Fill(double.NegativeInfinity);
        double top = double.NegativeInfinity;
        for (int b = 1; b < n; b++)
        {
            for (int a = 0; a < b; a++)
            {
                if (a == 0 && b == n - 1)
                {
                    continue;
                }

                int piece = _lookup.IndexOf(w[points[a]..points[b]]);
                if (piece < 0 || points[b] - points[a] < UrduSpacingRepairer.MinPieceLength)
                {
                    continue;
                }

                ids[(a * n) + b] = piece;
                double score = double.NegativeInfinity;
                if (a == 0)
                {
                    score = Math.Max(_logUnigram[piece] - _logUnigram[id], bestAfterAny[piece] - _logBackoff[id]);
                }
                else
                {
                    for (int k = 0; k < a; k++)
                    {
                        double s = best[(k * n) + a];
                        if (!double.IsNegativeInfinity(s))
                        {
                            score = Math.Max(score, s + LogProbability(ids[(k * n) + a], piece) - splitPenalty);
                        }
                    }
                }

                best[(a * n) + b] = score;
                if (b == n - 1)
                {
                    top = Math.Max(top, score);
                }
            }
        }

        return top < -1e-6;
    }

    /// <summary>
    /// log P(<paramref name="word"/> | <paramref name="previous"/>), interpolating the pair and single-word estimates;
    /// previous may be -1 (no previous word) or <see cref="UrduSpacingRepairer.UnknownPiece"/> (a guessed piece: a word
    /// with no known pairs).
    /// </summary>
    internal double LogProbability(int previous, int word)
    {
        if (previous < 0)
        {
            return previous == UrduSpacingRepairer.UnknownPiece ? _logBackoff[word] : _logUnigram[word];
        }

        return _logPairs.TryGetValue(PairKey(previous, word), out float logPair) ? logPair : _logBackoff[word];
    }

    static long PairKey(int first, int second) => ((long)first << 32) | (uint)second;

    bool CanSplit(string word)
    {
        // A cut after a non-joining letter whose left part is a word; the right part may cut again.
        ReadOnlySpan<char> s = word;
        for (int i = UrduSpacingRepairer.MinPieceLength; i <= s.Length - UrduSpacingRepairer.MinPieceLength; i++)
        {
            if (UrduSpacingRepairer.IsCutPoint(s, i) && _lookup.IndexOf(s[..i]) >= 0
                && (_lookup.IndexOf(s[i..]) >= 0 || CanSplit(word[i..])))
            {
                return true;
            }
        }

        return false;
    }

    static UrduSpacingModel LoadDefault()
    {
        using Stream stream = typeof(UrduSpacingModel).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException("The UrduText assembly was built without its spacing model.");
        return Load(stream);
    }
}

/// <summary>
/// The constants of the split decision: a split wins when the pieces' log-probability, minus
/// <paramref name="SplitPenalty"/> per restored space, beats the whole word's (for a word the lexicon lacks,
/// <paramref name="UnknownLogProbability"/> minus <paramref name="UnknownPerChar"/> per char).
/// </summary>
internal readonly record struct UrduSpacingScoring(double SplitPenalty, double UnknownLogProbability, double UnknownPerChar);
