using System.Threading;

namespace UrduText;

/// <summary>
/// A fixed-size, lock-free memo of decoded words (the same word decodes the same way every time, and words repeat).
/// <see cref="Slots"/> slots of at most <see cref="MaxKey"/> key and <see cref="MaxValue"/> value characters, all
/// allocated up front: about 1.2 MB per model, never more. A slot is guarded by a version number (a sequence lock):
/// a writer makes it odd, writes, makes it even; a reader copies the slot and keeps the copy only if the version was
/// even and unchanged, so readers never block and never see half a write. A word may sit in any of the
/// <see cref="Ways"/> slots of its set, so two words whose hashes collide do not keep evicting each other on every pass
/// over a text (which a direct-mapped memo did); a full set replaces its slots in turn.
/// </summary>
internal sealed class WordMemo
{
    /// <summary>Number of slots (a power of two).</summary>
    public const int Slots = 8192;

    /// <summary>Slots per set.</summary>
    public const int Ways = 4;

    /// <summary>Longest key stored.</summary>
    public const int MaxKey = 24;

    /// <summary>Longest value stored.</summary>
    public const int MaxValue = 48;

    readonly int[] _versions;
    readonly byte[] _nextVictim;
    readonly byte[] _keyLengths;
    readonly byte[] _valueLengths;
    readonly int _mask;
    readonly char[] _keys;
    readonly char[] _values;
    readonly int _maxKey;
    readonly int _maxValue;

    /// <summary>A memo of <see cref="MaxKey"/>-character keys and <see cref="MaxValue"/>-character values.</summary>
    public WordMemo()
        : this(MaxKey, MaxValue)
    {
    }

    /// <summary>A memo with other bounds (at most 255 characters each; <paramref name="slots"/> a power of two).</summary>
    public WordMemo(int maxKey, int maxValue, int slots = Slots)
    {
        _versions = new int[slots];
        _keyLengths = new byte[slots];
        _valueLengths = new byte[slots];
        _mask = slots / Ways - 1;
        _nextVictim = new byte[slots / Ways];
        _maxKey = maxKey;
        _maxValue = maxValue;
        _keys = new char[slots * maxKey];
        _values = new char[slots * maxValue];
    }

    /// <summary>Longest value this memo stores.</summary>
    public int ValueCapacity => _maxValue;

    int SetOf(ReadOnlySpan<char> key)
    {
        uint h = 2166136261;
        foreach (char c in key)
        {
            h = (h ^ c) * 16777619;
        }

        return (int)(h ^ (h >> 15)) & _mask;
    }

    /// <summary>Copies the memoized value of <paramref name="key"/> into <paramref name="destination"/>; returns its length or −1.</summary>
    public int TryGet(ReadOnlySpan<char> key, Span<char> destination)
    {
        if (key.Length > _maxKey)
        {
            return -1;
        }

        int first = SetOf(key) * Ways;
        for (int slot = first; slot < first + Ways; slot++)
        {
            int version = Volatile.Read(ref _versions[slot]);
            if ((version & 1) == 0 && _keyLengths[slot] == key.Length && key.SequenceEqual(_keys.AsSpan(slot * _maxKey, key.Length)))
            {
                return Read(slot, version, destination);
            }
        }

        return -1;
    }

    int Read(int slot, int version, Span<char> destination)
    {
        int length = _valueLengths[slot];
        if (length > destination.Length)
        {
            return -1;
        }

        _values.AsSpan(slot * _maxValue, length).CopyTo(destination);
        Interlocked.MemoryBarrier();
        return Volatile.Read(ref _versions[slot]) == version ? length : -1;
    }

    /// <summary>Stores a value (skipped when too long, or when another thread is writing the same slot).</summary>
    public void Set(ReadOnlySpan<char> key, ReadOnlySpan<char> value)
    {
        if (key.Length > _maxKey || value.Length > _maxValue)
        {
            return;
        }

        // The word's own slot (another thread may have stored it meanwhile), else an empty one, else the next in turn.
        int set = SetOf(key);
        int first = set * Ways;
        int slot = -1;
        for (int s = first; s < first + Ways && slot < 0; s++)
        {
            if (_keyLengths[s] == key.Length && key.SequenceEqual(_keys.AsSpan(s * _maxKey, key.Length)))
            {
                slot = s;
            }
        }

        for (int s = first; s < first + Ways && slot < 0; s++)
        {
            if (_keyLengths[s] == 0)
            {
                slot = s;
            }
        }

        if (slot < 0)
        {
            // A racy counter is fine: two writers at once pick the same victim and one of them gives up below.
            slot = first + (_nextVictim[set]++ & (Ways - 1));
        }

        int version = Volatile.Read(ref _versions[slot]);
        if ((version & 1) != 0 || Interlocked.CompareExchange(ref _versions[slot], version + 1, version) != version)
        {
            return;
        }

        key.CopyTo(_keys.AsSpan(slot * _maxKey));
        value.CopyTo(_values.AsSpan(slot * _maxValue));
        _keyLengths[slot] = (byte)key.Length;
        _valueLengths[slot] = (byte)value.Length;
        Volatile.Write(ref _versions[slot], version + 2);
    }

    /// <summary>Empties the memo (tests and benchmarks that measure decoding).</summary>
    public void Clear()
    {
        for (int i = 0; i < _versions.Length; i++)
        {
            Volatile.Write(ref _versions[i], Volatile.Read(ref _versions[i]) & ~1);
            _keyLengths[i] = 0;
        }
    }
}
