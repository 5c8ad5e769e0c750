using System.Threading;

namespace UrduText;

/// <summary>
/// A fixed-size, lock-free memo of decoded words (the same word decodes the same way every time, and words repeat).
/// <see cref="Slots"/> slots of at most <see cref="MaxKey"/> key and <see cref="MaxValue"/> value characters, all
/// allocated up front: about 1.2 MB per model, never more. A slot is guarded by a version number (a sequence lock):
/// a writer makes it odd, writes, makes it even; a reader copies the slot and keeps the copy only if the version was
/// even and unchanged, so readers never block and never see half a write. A collision simply replaces the older word.
/// </summary>
internal sealed class WordMemo
{
    /// <summary>Number of slots (a power of two).</summary>
    public const int Slots = 8192;

    /// <summary>Longest key stored.</summary>
    public const int MaxKey = 24;

    /// <summary>Longest value stored.</summary>
    public const int MaxValue = 48;

    readonly int[] _versions = new int[Slots];
    readonly byte[] _keyLengths = new byte[Slots];
    readonly byte[] _valueLengths = new byte[Slots];
    readonly char[] _keys = new char[Slots * MaxKey];
    readonly char[] _values = new char[Slots * MaxValue];

    static int SlotOf(ReadOnlySpan<char> key)
    {
        uint h = 2166136261;
        foreach (char c in key)
        {
            h = (h ^ c) * 16777619;
        }

        return (int)(h ^ (h >> 15)) & (Slots - 1);
    }

    /// <summary>Copies the memoized value of <paramref name="key"/> into <paramref name="destination"/>; returns its length or −1.</summary>
    public int TryGet(ReadOnlySpan<char> key, Span<char> destination)
    {
        if (key.Length > MaxKey)
        {
            return -1;
        }

        int slot = SlotOf(key);
        int version = Volatile.Read(ref _versions[slot]);
        if ((version & 1) != 0 || _keyLengths[slot] != key.Length
            || !key.SequenceEqual(_keys.AsSpan(slot * MaxKey, key.Length)))
        {
            return -1;
        }

        int length = _valueLengths[slot];
        if (length > destination.Length)
        {
            return -1;
        }

        _values.AsSpan(slot * MaxValue, length).CopyTo(destination);
        Interlocked.MemoryBarrier();
        return Volatile.Read(ref _versions[slot]) == version ? length : -1;
    }

    /// <summary>Stores a value (skipped when too long, or when another thread is writing the same slot).</summary>
    public void Set(ReadOnlySpan<char> key, ReadOnlySpan<char> value)
    {
        if (key.Length > MaxKey || value.Length > MaxValue)
        {
            return;
        }

        int slot = SlotOf(key);
        int version = Volatile.Read(ref _versions[slot]);
        if ((version & 1) != 0 || Interlocked.CompareExchange(ref _versions[slot], version + 1, version) != version)
        {
            return;
        }

        key.CopyTo(_keys.AsSpan(slot * MaxKey));
        value.CopyTo(_values.AsSpan(slot * MaxValue));
        _keyLengths[slot] = (byte)key.Length;
        _valueLengths[slot] = (byte)value.Length;
        Volatile.Write(ref _versions[slot], version + 2);
    }

    /// <summary>Empties the memo (tests and benchmarks that measure decoding).</summary>
    public void Clear()
    {
        for (int i = 0; i < Slots; i++)
        {
            Volatile.Write(ref _versions[i], Volatile.Read(ref _versions[i]) & ~1);
            _keyLengths[i] = 0;
        }
    }
}
