using System.Runtime.CompilerServices;

namespace UrduText;

/// <summary>
/// A back-off n-gram model stored as a state machine, as tools/UrduText.Generators writes it: each context the model
/// knows is a node; a node lists its successors (symbol, log-probability, next node) sorted by symbol, and holds its
/// back-off weight and its suffix node (the context without its oldest symbol). Scoring a symbol from a node is a
/// binary search in one short array, then at most <see cref="Order"/> − 1 back-off steps; a decoder keeps one
/// <see cref="int"/> of state per hypothesis. No per-entry objects: about 10 bytes per n-gram.
/// </summary>
/// <remarks>
/// On disk: order (byte), node count, entry count, floor, start node; per node its back-off (short), suffix node + 1
/// and successor count (7-bit ints); then per node its successors: symbol delta, log-probability (short), next node.
/// Log-probabilities are natural logs quantized to 1/1000.
/// </remarks>
internal sealed class BackoffLm
{
    const float Scale = 0.001f;

    /// <summary>The empty context.</summary>
    public const int Root = 0;

    readonly int[] _start;
    readonly ushort[] _symbol;
    readonly short[] _logProb;
    readonly int[] _next;
    readonly short[] _backoff;
    readonly int[] _suffix;
    readonly bool[] _dense;
    readonly float _floor;

    BackoffLm(int order, int startNode, float floor, int[] start, ushort[] symbol, short[] logProb, int[] next, short[] backoff, int[] suffix)
    {
        Order = order;
        StartNode = startNode;
        _floor = floor;
        _start = start;
        _symbol = symbol;
        _logProb = logProb;
        _next = next;
        _backoff = backoff;
        _suffix = suffix;
        _dense = new bool[backoff.Length];
        for (int n = 0; n < _dense.Length; n++)
        {
            // A node whose successors are consecutive symbols (the root: every unit is seen alone) needs no search.
            int count = start[n + 1] - start[n];
            _dense[n] = count > 8 && symbol[start[n + 1] - 1] - symbol[start[n]] == count - 1;
        }
    }

    /// <summary>The longest n-gram length.</summary>
    public int Order { get; }

    /// <summary>The node of the context that holds only the start symbol.</summary>
    public int StartNode { get; }

    /// <summary>Number of stored n-grams.</summary>
    public int EntryCount => _symbol.Length;

    /// <summary>Reads a model written by the trainer.</summary>
    public static BackoffLm Read(BinaryReader reader)
    {
        int order = reader.ReadByte();
        int nodes = reader.Read7BitEncodedInt();
        int entries = reader.Read7BitEncodedInt();
        float floor = reader.ReadInt16() * Scale;
        int startNode = reader.Read7BitEncodedInt();
        if (nodes <= 0 || entries < 0 || (uint)startNode >= (uint)nodes)
        {
            throw new InvalidDataException("Corrupt n-gram table header.");
        }

        var start = new int[nodes + 1];
        var backoff = new short[nodes];
        var suffix = new int[nodes];
        for (int n = 0; n < nodes; n++)
        {
            backoff[n] = reader.ReadInt16();
            suffix[n] = reader.Read7BitEncodedInt() - 1;
            start[n + 1] = start[n] + reader.Read7BitEncodedInt();
        }

        if (start[nodes] != entries)
        {
            throw new InvalidDataException("Corrupt n-gram table: successor counts do not add up.");
        }

        var symbol = new ushort[entries];
        var logProb = new short[entries];
        var next = new int[entries];
        for (int n = 0; n < nodes; n++)
        {
            int previous = 0;
            for (int e = start[n]; e < start[n + 1]; e++)
            {
                previous += reader.Read7BitEncodedInt();
                symbol[e] = checked((ushort)previous);
                logProb[e] = reader.ReadInt16();
                next[e] = reader.Read7BitEncodedInt();
            }
        }

        return new BackoffLm(order, startNode, floor, start, symbol, logProb, next, backoff, suffix);
    }

    /// <summary>ln P(<paramref name="symbol"/> | the context of <paramref name="node"/>); <paramref name="next"/> is the node after it.</summary>
    public float Score(int node, int symbol, out int next)
    {
        float backoff = 0;
        while (true)
        {
            int e = Find(node, symbol);
            if (e >= 0)
            {
                next = _next[e];
                return backoff + _logProb[e] * Scale;
            }

            if (node == Root)
            {
                next = Root;
                return backoff + _floor;
            }

            backoff += _backoff[node] * Scale;
            node = _suffix[node];
        }
    }

    /// <summary>
    /// Scores the consecutive symbols <paramref name="first"/> … <paramref name="first"/> + count − 1 (count ≤ 64) from
    /// <paramref name="node"/> at once: the successors of a node are sorted, so each back-off level is one binary search
    /// and one short scan.
    /// </summary>
    public void ScoreRange(int node, int first, Span<float> scores, Span<int> next)
    {
        int count = scores.Length;
        ulong todo = count == 64 ? ulong.MaxValue : (1UL << count) - 1;
        float backoff = 0;
        ushort[] symbols = _symbol;
        while (true)
        {
            int end = _start[node + 1];
            int last = first + count;
            for (int e = LowerBound(node, first); e < end && symbols[e] < last; e++)
            {
                int k = symbols[e] - first;
                ulong bit = 1UL << k;
                if ((todo & bit) != 0)
                {
                    todo &= ~bit;
                    scores[k] = backoff + _logProb[e] * Scale;
                    next[k] = _next[e];
                }
            }

            if (todo == 0)
            {
                return;
            }

            if (node == Root)
            {
                while (todo != 0)
                {
                    int k = System.Numerics.BitOperations.TrailingZeroCount(todo);
                    todo &= todo - 1;
                    scores[k] = backoff + _floor;
                    next[k] = Root;
                }

                return;
            }

            backoff += _backoff[node] * Scale;
            node = _suffix[node];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    int Find(int node, int symbol)
    {
        int end = _start[node + 1];
        int e = LowerBound(node, symbol);
        return e < end && _symbol[e] == symbol ? e : -1;
    }

    /// <summary>The first successor of <paramref name="node"/> whose symbol is not below <paramref name="symbol"/>.</summary>
    int LowerBound(int node, int symbol)
    {
        int lo = _start[node], hi = _start[node + 1];
        ushort[] symbols = _symbol;
        if (_dense[node])
        {
            return Math.Clamp(lo + symbol - symbols[lo], lo, hi);
        }

        while (lo < hi)
        {
            int mid = (int)((uint)(lo + hi) >> 1);
            if (symbols[mid] < symbol)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
