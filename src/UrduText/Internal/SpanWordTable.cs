using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace UrduText.Internal;

/// <summary>
/// A fixed set of words with dense ids (their index in the list it was built from), looked up by
/// <see cref="ReadOnlySpan{T}"/>: open addressing over one flat char array with a cheap multiplicative hash. One
/// lookup per word of text is most of the spacing repair's cost, and this is about three times faster than a
/// <see cref="Dictionary{TKey, TValue}"/> alternate lookup, whose randomized string hash is built to resist inputs
/// that grow a table. Nothing is ever added after construction, so input text cannot lengthen a probe chain: a lookup
/// walks at most the longest cluster of the table, which is fixed (load factor at most one half).
/// </summary>
internal sealed class SpanWordTable
{
    readonly char[] _chars;
    readonly Entry[] _slots;     // Id + 1 = 0: empty
    readonly int _mask;

    // One slot holds all a lookup needs before it compares chars: one cache line read instead of three.
    struct Entry
    {
        public uint Hash;
        public int IdPlusOne;
        public int Start;
        public int Length;
    }

    /// <summary>Builds the table; a word listed twice keeps its last id.</summary>
    public SpanWordTable(IReadOnlyList<string> words)
    {
        int total = 0;
        foreach (string w in words)
        {
            total = checked(total + w.Length);
        }

        _chars = new char[total];
        int size = 16;
        while (size < words.Count * 2)
        {
            size *= 2;
        }

        _slots = new Entry[size];
        _mask = size - 1;
        int at = 0;
        for (int i = 0; i < words.Count; i++)
        {
            string word = words[i];
            uint hash = Hash(word);
            int slot = (int)(hash & (uint)_mask);
            while (_slots[slot].IdPlusOne != 0 && !(_slots[slot].Hash == hash && Word(_slots[slot]).SequenceEqual(word)))
            {
                slot = (slot + 1) & _mask;
            }

            word.CopyTo(_chars.AsSpan(at));
            _slots[slot] = new Entry { Hash = hash, IdPlusOne = i + 1, Start = at, Length = word.Length };
            at += word.Length;
        }
    }

    /// <summary>The id of <paramref name="word"/>, or -1 when it is not in the table.</summary>
    public int IndexOf(ReadOnlySpan<char> word)
    {
        uint hash = Hash(word);
        int slot = (int)(hash & (uint)_mask);
        ref Entry slots = ref MemoryMarshal.GetArrayDataReference(_slots);
        while (true)
        {
            ref Entry entry = ref Unsafe.Add(ref slots, slot);
            if (entry.IdPlusOne == 0)
            {
                return -1;
            }

            if (entry.Hash == hash && entry.Length == word.Length
                && MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_chars), entry.Start), entry.Length).SequenceEqual(word))
            {
                return entry.IdPlusOne - 1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    ReadOnlySpan<char> Word(in Entry entry) => _chars.AsSpan(entry.Start, entry.Length);

    // FNV-1a over the UTF-16 code units, then a murmur finalizer so that the low bits (the slot) depend on every char.
    static uint Hash(ReadOnlySpan<char> text)
    {
        uint h = 2166136261u ^ (uint)text.Length;
        foreach (char c in text)
        {
            h = (h ^ c) * 16777619u;
        }

        h ^= h >> 16;
        h *= 0x85EBCA6Bu;
        h ^= h >> 13;
        return h;
    }
}
