namespace UrduText;

/// <summary>
/// The features of the final rerank, shared by the runtime and the trainer (which fits their weights on cross-validated
/// decodings of the train split). A decoding is a path of units, each a grapheme and its Latin string. Sparse features
/// look at a unit together with its neighbours on both sides, which the left-to-right decoder could not see:
/// (grapheme, Latin), (grapheme, Latin, next grapheme), (previous grapheme, grapheme, Latin), (grapheme, Latin, next
/// Latin), (previous, this and next grapheme, Latin), and the Latin letter trigrams of the whole spelling. Each is hashed
/// into a table of <see cref="TableSize"/> weights. Dense features compare the path's three model scores with the best
/// of its list.
/// </summary>
internal static class RerankFeatures
{
    /// <summary>Number of hashed weights (a power of two; 2^16 half-precision weights fit a core's L2 cache, and cost 0.3
    /// points of dev accuracy against 2^18 in the trainer's measurements).</summary>
    public const int TableSize = 1 << 16;

    /// <summary>Dense features: combined score, forward, backward and character score (each minus the list's best), and
    /// Latin length minus unit count.</summary>
    public const int DenseCount = 5;

    const ulong Offset = 14695981039346656037;
    const ulong Prime = 1099511628211;
    const int Start = -1;
    const int End = -2;

    /// <summary>Room a path of <paramref name="units"/> units and <paramref name="latinLength"/> letters needs.</summary>
    public static int MaxCount(int units, int latinLength) => units * 5 + latinLength + 2;

    static ulong Mix(ulong h, int value) => (h ^ (uint)value) * Prime;

    static ulong Mix(ulong h, string text)
    {
        foreach (char c in text)
        {
            h = (h ^ c) * Prime;
        }

        return (h ^ 0xFFFF) * Prime;
    }

    static int Index(ulong h) => (int)((h ^ (h >> 29)) & (TableSize - 1));

    /// <summary>
    /// Writes the sparse feature indices of a path into <paramref name="output"/> (room: <see cref="MaxCount"/>) and
    /// returns how many. <paramref name="graphemes"/> holds the packed grapheme of each unit of <paramref name="units"/>,
    /// <paramref name="latinOfUnit"/> the Latin string of every unit of the model.
    /// </summary>
    public static int Sparse(ReadOnlySpan<int> graphemes, ReadOnlySpan<int> units, string[] latinOfUnit, ReadOnlySpan<char> spelling, Span<int> output)
    {
        int n = 0;
        for (int i = 0; i < graphemes.Length; i++)
        {
            int g = graphemes[i];
            int previous = i > 0 ? graphemes[i - 1] : Start;
            int next = i + 1 < graphemes.Length ? graphemes[i + 1] : End;
            string l = latinOfUnit[units[i]];
            output[n++] = Index(Mix(Mix(Mix(Offset, 1), g), l));
            output[n++] = Index(Mix(Mix(Mix(Mix(Offset, 2), g), l), next));
            output[n++] = Index(Mix(Mix(Mix(Mix(Offset, 3), previous), g), l));
            output[n++] = Index(Mix(Mix(Mix(Mix(Offset, 4), g), l), i + 1 < units.Length ? latinOfUnit[units[i + 1]] : "$"));
            output[n++] = Index(Mix(Mix(Mix(Mix(Mix(Offset, 5), previous), g), next), l));
        }

        // Letter trigrams of ^spelling$.
        for (int i = -1; i + 1 <= spelling.Length; i++)
        {
            int a = i < 0 ? '^' : spelling[i];
            int b = i + 1 < spelling.Length ? spelling[i + 1] : '$';
            int c = i + 2 < spelling.Length ? spelling[i + 2] : i + 2 == spelling.Length ? '$' : 0;
            if (c == 0)
            {
                break;
            }

            output[n++] = Index(Mix(Mix(Mix(Mix(Offset, 6), a), b), c));
        }

        return n;
    }

    /// <summary>Fills the dense features of a path given the best scores of its list.</summary>
    public static void Dense(Span<float> dense, float combined, float forward, float backward, float chars, float bestCombined,
        float bestForward, float bestBackward, float bestChars, int latinLength, int units)
    {
        dense[0] = combined - bestCombined;
        dense[1] = forward - bestForward;
        dense[2] = backward - bestBackward;
        dense[3] = chars - bestChars;
        dense[4] = latinLength - units;
    }
}
