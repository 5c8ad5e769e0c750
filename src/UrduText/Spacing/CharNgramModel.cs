namespace UrduText;

/// <summary>
/// A character n-gram model of how Urdu words are spelled, with start and end of word as symbols: it scores words the
/// lexicon does not know. Its use in the spacing repair is where a word ends: a word that goes on past a point where
/// words usually end (<c>بتاؤ|کہ</c>: ؤ ends words, ؤک starts none) gets a low probability, so splitting it there wins.
/// </summary>
/// <remarks>
/// Back-off form (as in ARPA files): for every n-gram seen in training, the log probability of its last symbol after
/// the others, interpolated with the shorter history (Witten–Bell), and the back-off weight of the n-gram as a history.
/// An n-gram never seen takes the back-off weight of its history plus the probability under the shorter history.
/// Symbols: Arabic letters and marks U+0621–U+06D5 one each, anything else one shared symbol; trained by
/// <c>tools/UrduText.Generators</c> (<c>spacing-model</c>).
/// </remarks>
internal sealed class CharNgramModel
{
    /// <summary>Start of word (history only).</summary>
    internal const byte Start = 1;

    /// <summary>End of word (event only).</summary>
    internal const byte End = 2;

    /// <summary>Every char outside U+0621–U+06D5.</summary>
    internal const byte Other = 255;

    /// <summary>Longest n-gram a key can hold.</summary>
    internal const int MaxOrder = 7;

    readonly Dictionary<ulong, (float LogProbability, float BackOff)> _grams;
    readonly float _unseenLogProbability;

    internal CharNgramModel(int order, Dictionary<ulong, (float LogProbability, float BackOff)> grams, float unseenLogProbability)
    {
        Order = order;
        _grams = grams;
        _unseenLogProbability = unseenLogProbability;
    }

    /// <summary>The longest n-gram used (history plus the symbol).</summary>
    internal int Order { get; }

    /// <summary>The number of n-grams stored.</summary>
    internal int Count => _grams.Count;

    /// <summary>The n-grams, for writing.</summary>
    internal IReadOnlyDictionary<ulong, (float LogProbability, float BackOff)> Grams => _grams;

    /// <summary>The log probability (natural) of a symbol no training word held.</summary>
    internal float UnseenLogProbability => _unseenLogProbability;

    internal static byte Symbol(char c) => c is >= '\u0621' and <= '\u06D5' ? (byte)(c - '\u0621' + 3) : Other;

    /// <summary>The key of the n-gram <paramref name="symbols"/> (at most <see cref="MaxOrder"/> symbols): its length, then the symbols.</summary>
    internal static ulong Key(ReadOnlySpan<byte> symbols)
    {
        ulong key = (ulong)symbols.Length << 56;
        for (int i = 0; i < symbols.Length; i++)
        {
            key |= (ulong)symbols[i] << (8 * i);
        }

        return key;
    }

    /// <summary>log P(word) (natural log): every letter after the ones before it, then the end of the word.</summary>
    internal double LogProbability(ReadOnlySpan<char> word)
    {
        Span<byte> symbols = stackalloc byte[MaxOrder];
        double total = 0;
        int have = 0; // symbols of history held at the end of `symbols`' first `have` slots
        symbols[0] = Start;
        have = 1;
        for (int i = 0; i <= word.Length; i++)
        {
            byte next = i < word.Length ? Symbol(word[i]) : End;
            total += LogProbability(symbols[..have], next);
            if (have == Order - 1)
            {
                symbols[1..have].CopyTo(symbols);
                have--;
            }

            symbols[have++] = next;
        }

        return total;
    }

    /// <summary>log P(<paramref name="next"/> | <paramref name="history"/>) (natural log), backing off to shorter histories.</summary>
    internal double LogProbability(ReadOnlySpan<byte> history, byte next)
    {
        Span<byte> gram = stackalloc byte[MaxOrder];
        double backOff = 0;
        for (int skip = 0; skip <= history.Length; skip++)
        {
            ReadOnlySpan<byte> h = history[skip..];
            h.CopyTo(gram);
            gram[h.Length] = next;
            if (_grams.TryGetValue(Key(gram[..(h.Length + 1)]), out var entry))
            {
                return backOff + entry.LogProbability;
            }

            if (h.Length > 0 && _grams.TryGetValue(Key(h), out var context))
            {
                backOff += context.BackOff;
            }
        }

        return backOff + _unseenLogProbability;
    }
}
