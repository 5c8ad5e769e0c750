using System.Threading;

namespace UrduText;

/// <summary>
/// A fixed-size, lock-free memo of decoded words (the same word decodes the same way every time, and words repeat).
/// Slots of at most a fixed number of key and value characters, all allocated up front, never more: the memory bound
/// is <see cref="Bytes"/>. Four-way set associative: a word may sit in any of the four slots of its set, so words whose
/// hashes collide do not evict each other until a fifth arrives (a direct-mapped memo lost about a third of the words of
/// real text to collisions at this size). A slot is guarded by a version number (a sequence lock): a writer makes it
/// odd, writes, makes it even; a reader copies the slot and keeps the copy only if the version was even and unchanged, so
/// readers never block and never see half a write. When a set is full the next slot in turn is replaced.
/// </summary>
internal sealed class WordMemo
{
    /// <summary>Default number of slots (a power of two; 8,192 sets of four).</summary>
    public const int Slots = 32768;

    /// <summary>Longest key stored.</summary>
    public const int MaxKey = 24;

    /// <summary>Longest value stored.</summary>
    public const int MaxValue = 48;

    const int Ways = 4;

    readonly int[] _versions;
    readonly byte[] _keyLengths;
    readonly byte[] _valueLengths;
    readonly byte[] _nextVictim;
    readonly int _setMask;
    readonly char[] _keys;
    readonly char[] _values;
    readonly int _maxKey;
    readonly int _maxValue;

    /// <summary>A memo of <see cref="MaxKey"/>-character keys and <see cref="MaxValue"/>-character values.</summary>
    public WordMemo()
        : this(MaxKey, MaxValue)
    {
    }

    /// <summary>A memo with other bounds (at most 255 characters each; <paramref name="slots"/> a power of two, at least four).</summary>
    public WordMemo(int maxKey, int maxValue, int slots = Slots)
    {
        if (slots < Ways || (slots & (slots - 1)) != 0 || maxKey is < 1 or > 255 || maxValue is < 1 or > 255)
        {
            throw new ArgumentOutOfRangeException(nameof(slots), "slots must be a power of two ≥ 4; key and value bounds 1–255.");
        }

        _versions = new int[slots];
        _keyLengths = new byte[slots];
        _valueLengths = new byte[slots];
        _nextVictim = new byte[slots / Ways];
        _setMask = slots / Ways - 1;
        _maxKey = maxKey;
        _maxValue = maxValue;
        _keys = new char[slots * maxKey];
        _values = new char[slots * maxValue];
    }

    /// <summary>Longest value this memo stores.</summary>
    public int ValueCapacity => _maxValue;

    /// <summary>Memory the memo holds, in bytes (its bound: it never grows).</summary>
    public long Bytes => _versions.Length * (long)(sizeof(int) + 2 + (_maxKey + _maxValue) * sizeof(char)) + _nextVictim.Length;

    int FirstSlotOf(ReadOnlySpan<char> key)
    {
        uint h = 2166136261;
        foreach (char c in key)
        {
            h = (h ^ c) * 16777619;
        }

        return ((int)(h ^ (h >> 15)) & _setMask) * Ways;
    }

    /// <summary>Copies the memoized value of <paramref name="key"/> into <paramref name="destination"/>; returns its length or −1.</summary>
    public int TryGet(ReadOnlySpan<char> key, Span<char> destination)
    {
        if (key.Length > _maxKey || key.IsEmpty)
        {
            return -1;
        }

        int first = FirstSlotOf(key);
        for (int slot = first; slot < first + Ways; slot++)
        {
            int version = Volatile.Read(ref _versions[slot]);
            if ((version & 1) != 0 || _keyLengths[slot] != key.Length
                || !key.SequenceEqual(_keys.AsSpan(slot * _maxKey, key.Length)))
            {
                continue;
            }

            int length = _valueLengths[slot];
            if (length > destination.Length)
            {
                return -1;
            }

            _values.AsSpan(slot * _maxValue, length).CopyTo(destination);
            Interlocked.MemoryBarrier();
            if (Volatile.Read(ref _versions[slot]) == version)
            {
                return length;
            }
        }

        return -1;
    }

    /// <summary>Stores a value (skipped when too long, or when another thread is writing the slot it would take).</summary>
    public void Set(ReadOnlySpan<char> key, ReadOnlySpan<char> value)
    {
        if (key.Length > _maxKey || value.Length > _maxValue || key.IsEmpty)
        {
            return;
        }

        int first = FirstSlotOf(key);
        int victim = -1;
        for (int slot = first; slot < first + Ways; slot++)
        {
            if (_keyLengths[slot] == key.Length && key.SequenceEqual(_keys.AsSpan(slot * _maxKey, key.Length)))
            {
                victim = slot; // already there (another thread decoded it too): rewrite it rather than take a second slot
                break;
            }

            if (_keyLengths[slot] == 0 && victim < 0)
            {
                victim = slot;
            }
        }

        if (victim < 0)
        {
            // Racy on purpose: two threads may pick the same slot, and the sequence lock lets only one of them write.
            int set = first / Ways;
            int way = _nextVictim[set];
            _nextVictim[set] = (byte)((way + 1) & (Ways - 1));
            victim = first + way;
        }

        int version = Volatile.Read(ref _versions[victim]);
        if ((version & 1) != 0 || Interlocked.CompareExchange(ref _versions[victim], version + 1, version) != version)
        {
            return;
        }

        key.CopyTo(_keys.AsSpan(victim * _maxKey));
        value.CopyTo(_values.AsSpan(victim * _maxValue));
        _keyLengths[victim] = (byte)key.Length;
        _valueLengths[victim] = (byte)value.Length;
        Volatile.Write(ref _versions[victim], version + 2);
    }

    /// <summary>Empties the memo (tests and benchmarks that measure decoding).</summary>
    public void Clear()
    {
        for (int i = 0; i < _versions.Length; i++)
        {
            Volatile.Write(ref _versions[i], Volatile.Read(ref _versions[i]) & ~1);
            _keyLengths[i] = 0;
        }

        Array.Clear(_nextVictim);
    }
}
