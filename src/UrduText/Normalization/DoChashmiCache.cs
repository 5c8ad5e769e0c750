using System.Threading;

namespace UrduText;

/// <summary>
/// A memo of D2a decisions for short words, shared by every normalizer. Deciding a word takes up to 2^k lookups in
/// the curated lists and, for a word no list holds, every affix and compound split as well (over a microsecond), while
/// running text repeats the same few hundred words typed with Arabic heh (بهی، تها، که، وه…).
/// </summary>
/// <remarks>
/// Each slot is one <see cref="ulong"/> that holds the whole word (up to <see cref="MaxLength"/> letters, 6 bits each),
/// its length and its decision, so a hit compares the exact word and a slot is read and written in one atomic access:
/// threads may overwrite each other's entries but can never see half of one. The decision is a pure function of the
/// word, so what the memo holds changes how fast a word is decided, never how.
/// </remarks>
internal static class DoChashmiCache
{
    /// <summary>Longest word the memo holds.</summary>
    internal const int MaxLength = 9;

    const int SlotBits = 14;
    const int LengthShift = 54;
    const int MaskShift = 58;
    const ulong Occupied = 1UL << 63;

    // 16,384 slots (128 KiB): room for the working vocabulary of running text (measured on 600,000 chars of Urdu
    // Wikipedia: 4,096 slots left about 1,000 decisions per pass to the lists), small enough to stay in L2.
    static readonly ulong[] s_slots = new ulong[1 << SlotBits];

    // Letter → 6-bit code (0 = not held: such a word is decided every time). The letters that can stand in a word
    // the fast loop resolves: Urdu letters after D1/D2, and Arabic heh itself.
    static readonly byte[] s_codes = BuildCodes();

    static byte[] BuildCodes()
    {
        const string letters = "\u0621\u0622\u0623\u0624\u0625\u0626\u0627\u0628\u062A\u062B\u062C\u062D\u062E\u062F"
            + "\u0630\u0631\u0632\u0633\u0634\u0635\u0636\u0637\u0638\u0639\u063A\u0641\u0642\u0644\u0645\u0646\u0647"
            + "\u0648\u0679\u067E\u0686\u0688\u0691\u0698\u06A9\u06AF\u06BA\u06BE\u06C1\u06C2\u06C3\u06CC\u06D2\u06D3";
        var codes = new byte[256];
        for (int i = 0; i < letters.Length; i++)
        {
            codes[letters[i] - 0x0600] = (byte)(i + 1);
        }

        return codes;
    }

    /// <summary>Packs <paramref name="word"/> into a key, or returns 0 when the memo cannot hold it.</summary>
    /// <param name="word">Bare letters, ambiguous hehs as U+0647, the others already decided.</param>
    internal static ulong Key(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxLength)
        {
            return 0;
        }

        ulong key = 0;
        for (int i = 0; i < word.Length; i++)
        {
            uint code = Code(word[i]);
            if (code == 0)
            {
                return 0;
            }

            key |= (ulong)code << (BitsPerLetter * i);
        }

        return Complete(key, word.Length);
    }

    /// <summary>Bits per letter in a key.</summary>
    internal const int BitsPerLetter = 6;

    /// <summary>The 6-bit code of a letter in a key, or 0 when the memo cannot hold a word with it.</summary>
    /// <param name="c">A letter.</param>
    internal static uint Code(char c)
    {
        uint offset = (uint)c - 0x0600;
        return offset < 256 ? s_codes[offset] : 0u;
    }

    /// <summary>A key from the packed letters of a word of <paramref name="length"/> letters (at most <see cref="MaxLength"/>).</summary>
    /// <param name="letters">The letters' codes, letter i at bit 6i.</param>
    /// <param name="length">How many letters.</param>
    internal static ulong Complete(ulong letters, int length) => letters | ((ulong)length << LengthShift) | Occupied;

    /// <summary>The decision memoized for <paramref name="key"/>, if any.</summary>
    /// <param name="key">A non-zero key from <see cref="Key"/>.</param>
    /// <param name="mask">The decision: bit j set means the j-th ambiguous heh is ھ.</param>
    internal static bool TryGet(ulong key, out int mask)
    {
        ulong entry = Volatile.Read(ref s_slots[Slot(key)]);
        mask = (int)(entry >> MaskShift) & 0xF;
        return (entry & ~(0xFUL << MaskShift)) == key;
    }

    /// <summary>Memoizes <paramref name="mask"/> for <paramref name="key"/> (replacing whatever shared its slot).</summary>
    /// <param name="key">A non-zero key from <see cref="Key"/>.</param>
    /// <param name="mask">The decision, at most <see cref="DoChashmi.MaxAmbiguous"/> bits.</param>
    internal static void Set(ulong key, int mask)
        => Volatile.Write(ref s_slots[Slot(key)], key | ((ulong)(uint)mask << MaskShift));

    static int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> (64 - SlotBits));

    /// <summary>Empties the memo (tests use it to compare cold and warm decisions).</summary>
    internal static void Clear() => Array.Clear(s_slots);
}
