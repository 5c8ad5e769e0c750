namespace UrduText.Generators.Transliteration;

/// <summary>
/// Writes a <see cref="KneserNey"/> model in the state-machine layout <c>src/UrduText/Transliteration/Model/BackoffLm.cs</c>
/// reads: contexts become nodes (the empty context is node 0), each with its back-off, its suffix node and its successors
/// sorted by symbol; a successor's next node is the longest suffix of the extended context that is itself a node.
/// </summary>
internal static class BackoffLmWriter
{
    const double Scale = 1000;

    static short Quantize(double logProb) => (short)Math.Clamp(Math.Round(logProb * Scale), short.MinValue, short.MaxValue);

    public static void Write(BinaryWriter w, KneserNey lm)
    {
        var contexts = new List<string> { "" };
        for (int k = 1; k < lm.Order; k++)
        {
            contexts.AddRange(lm.Backoffs[k].Keys.Order(StringComparer.Ordinal));
        }

        var nodeOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < contexts.Count; i++)
        {
            nodeOf[contexts[i]] = i;
        }

        var successors = new List<(int Symbol, float LogProb, string Gram)>[contexts.Count];
        for (int i = 0; i < successors.Length; i++)
        {
            successors[i] = [];
        }

        for (int k = 0; k < lm.Order; k++)
        {
            foreach (var (gram, logProb) in lm.LogProbs[k])
            {
                if (nodeOf.TryGetValue(gram[..^1], out int node))
                {
                    successors[node].Add((gram[^1], logProb, gram));
                }
            }
        }

        int entries = successors.Sum(s => s.Count);
        w.Write((byte)lm.Order);
        w.Write7BitEncodedInt(contexts.Count);
        w.Write7BitEncodedInt(entries);
        w.Write(Quantize(lm.Floor));
        w.Write7BitEncodedInt(lm.Order > 1 && nodeOf.TryGetValue("\0", out int start) ? start : 0);
        for (int i = 0; i < contexts.Count; i++)
        {
            string h = contexts[i];
            w.Write(h.Length == 0 ? (short)0 : Quantize(lm.Backoffs[h.Length][h]));
            w.Write7BitEncodedInt(h.Length == 0 ? 0 : nodeOf[h[1..]] + 1);
            w.Write7BitEncodedInt(successors[i].Count);
        }

        for (int i = 0; i < contexts.Count; i++)
        {
            int previous = 0;
            foreach (var (symbol, logProb, gram) in successors[i].OrderBy(s => s.Symbol))
            {
                w.Write7BitEncodedInt(symbol - previous);
                previous = symbol;
                w.Write(Quantize(logProb));
                w.Write7BitEncodedInt(NextNode(gram, lm.Order, nodeOf));
            }
        }
    }

    static int NextNode(string gram, int order, Dictionary<string, int> nodeOf)
    {
        string s = gram.Length > order - 1 ? gram[^(order - 1)..] : gram;
        while (s.Length > 0 && !nodeOf.ContainsKey(s))
        {
            s = s[1..];
        }

        return nodeOf[s];
    }
}
