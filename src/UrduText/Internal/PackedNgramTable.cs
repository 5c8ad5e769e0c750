using System.Numerics;
using System.Runtime.InteropServices;

namespace UrduText.Internal;

/// <summary>
/// A read-only map from packed n-gram keys to log probabilities: open addressing with linear probing, key and value side
/// by side. The spelling decoders probe these tables hundreds of times per word, mostly at random places in megabytes of
/// entries, so a probe is one cache line (a <see cref="Dictionary{TKey, TValue}"/> lookup touches a bucket array and then
/// an entry array) and no comparer is called.
/// </summary>
internal sealed class PackedNgramTable
{
    /// <summary>Marks an empty slot; no key packs four 16-bit symbols that are all 0xFFFF (units are fewer than 65,535).</summary>
    const ulong Empty = ulong.MaxValue;

    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    struct Entry
    {
        public ulong Key;
        public float Value;
    }

    readonly Entry[] _entries;
    readonly int _shift;
    readonly int _mask;

    /// <summary>Copies <paramref name="source"/>; at most two thirds of the slots are used, so a miss ends within a few slots.</summary>
    /// <exception cref="InvalidDataException">A key is the empty marker (a corrupt model).</exception>
    public PackedNgramTable(Dictionary<ulong, float> source)
    {
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(8, source.Count + source.Count / 2));
        _shift = 64 - BitOperations.Log2((uint)capacity);
        _mask = capacity - 1;
        _entries = new Entry[capacity];
        _entries.AsSpan().Fill(new Entry { Key = Empty });
        foreach (var (key, value) in source)
        {
            if (key == Empty)
            {
                throw new InvalidDataException("Corrupt model: an n-gram key is out of range.");
            }

            int i = SlotOf(key);
            while (_entries[i].Key != Empty)
            {
                i = (i + 1) & _mask;
            }

            _entries[i] = new Entry { Key = key, Value = value };
        }

        Count = source.Count;
    }

    /// <summary>Number of keys.</summary>
    public int Count { get; }

    // Fibonacci hashing: the packed symbols differ mostly in their low bits, the multiply spreads them into the top ones.
    int SlotOf(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    /// <summary>Looks <paramref name="key"/> up.</summary>
    public bool TryGetValue(ulong key, out float value)
    {
        Entry[] entries = _entries;
        int i = SlotOf(key);
        while (true)
        {
            ref Entry e = ref entries[i];
            if (e.Key == key)
            {
                value = e.Value;
                return true;
            }

            if (e.Key == Empty)
            {
                value = 0;
                return false;
            }

            i = (i + 1) & _mask;
        }
    }

    /// <summary>True when <paramref name="key"/> is in the table.</summary>
    public bool ContainsKey(ulong key) => TryGetValue(key, out _);
}
