namespace UrduText;

/// <summary>
/// A back-off n-gram table as written by tools/UrduText.Generators (NgramBuilder): for each seen n-gram its interpolated
/// log-probability, for each seen context its log back-off weight, both quantized to 1/1000 nat.
/// </summary>
/// <remarks>
/// On disk: order (byte), bits per symbol (byte), log floor (short), then two tables (probabilities, back-offs), each a
/// count followed by ascending keys as varint deltas with a short value. A key packs the symbols oldest first,
/// <c>bits</c> bits each, and puts the n-gram length − 1 in the top four bits.
/// Lookups use open addressing over two parallel arrays: no per-entry objects, about 10 bytes per n-gram.
/// </remarks>
internal sealed class NgramTable
{
    const double Scale = 1000;

    readonly OpenTable _probs;
    readonly OpenTable _backoffs;
    readonly float _floor;

    NgramTable(int order, int bits, float floor, OpenTable probs, OpenTable backoffs)
    {
        Order = order;
        Bits = bits;
        _floor = floor;
        _probs = probs;
        _backoffs = backoffs;
    }

    /// <summary>The longest n-gram length.</summary>
    public int Order { get; }

    /// <summary>Bits per symbol in a packed history.</summary>
    public int Bits { get; }

    /// <summary>Mask that keeps the <see cref="Order"/> − 1 most recent symbols of a packed history.</summary>
    public ulong HistoryMask => (1UL << (Bits * (Order - 1))) - 1;

    public static NgramTable Read(BinaryReader reader)
    {
        int order = reader.ReadByte();
        int bits = reader.ReadByte();
        float floor = (float)(reader.ReadInt16() / Scale);
        OpenTable probs = OpenTable.Read(reader);
        OpenTable backoffs = OpenTable.Read(reader);
        return new NgramTable(order, bits, floor, probs, backoffs);
    }

    /// <summary>Appends <paramref name="symbol"/> to a packed history.</summary>
    public ulong Push(ulong history, int symbol) => ((history << Bits) | (uint)symbol) & HistoryMask;

    /// <summary>ln P(<paramref name="symbol"/> | <paramref name="history"/>), where the history holds <paramref name="historyLength"/> symbols.</summary>
    public float LogProb(ulong history, int historyLength, int symbol)
    {
        int k = Math.Min(historyLength, Order - 1);
        float backoff = 0;
        for (; k >= 0; k--)
        {
            ulong ctx = k == 0 ? 0 : history & ((1UL << (Bits * k)) - 1);
            ulong key = ((ctx << Bits) | (uint)symbol) | ((ulong)k << 60);
            if (_probs.TryGet(key, out short p))
            {
                return backoff + (float)(p / Scale);
            }

            if (k > 0 && _backoffs.TryGet(ctx | ((ulong)(k - 1) << 60), out short b))
            {
                backoff += (float)(b / Scale);
            }
        }

        return backoff + _floor;
    }

    sealed class OpenTable
    {
        readonly ulong[] _keys;
        readonly short[] _values;
        readonly int _mask;

        OpenTable(int capacity)
        {
            _keys = new ulong[capacity];
            _values = new short[capacity];
            _mask = capacity - 1;
        }

        public static OpenTable Read(BinaryReader reader)
        {
            int count = reader.ReadInt32();
            int capacity = 16;
            while (capacity < count * 2)
            {
                capacity <<= 1;
            }

            var table = new OpenTable(capacity);
            ulong key = 0;
            for (int i = 0; i < count; i++)
            {
                ulong delta = 0;
                int shift = 0;
                byte b;
                do
                {
                    b = reader.ReadByte();
                    delta |= (ulong)(b & 0x7F) << shift;
                    shift += 7;
                }
                while ((b & 0x80) != 0);
                key += delta;
                table.Add(key, reader.ReadInt16());
            }

            return table;
        }

        static int Hash(ulong stored) => (int)((stored * 0x9E3779B97F4A7C15UL) >> 40);

        void Add(ulong key, short value)
        {
            // Stored keys are key + 1 so that 0 can mean "empty" (the key of a context made only of <s> is 0).
            ulong stored = key + 1;
            int i = Hash(stored) & _mask;
            while (_keys[i] != 0)
            {
                i = (i + 1) & _mask;
            }

            _keys[i] = stored;
            _values[i] = value;
        }

        public bool TryGet(ulong key, out short value)
        {
            ulong stored = key + 1;
            int i = Hash(stored) & _mask;
            while (true)
            {
                ulong k = _keys[i];
                if (k == stored)
                {
                    value = _values[i];
                    return true;
                }

                if (k == 0)
                {
                    value = 0;
                    return false;
                }

                i = (i + 1) & _mask;
            }
        }
    }
}
