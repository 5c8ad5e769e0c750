namespace UrduText.Generators.Transliteration;

/// <summary>
/// Interpolated modified Kneser–Ney estimation (Chen &amp; Goodman 1998) over integer symbols, kept in back-off form: for
/// every seen n-gram its interpolated log-probability, for every seen context its back-off weight. Symbol 0 is the
/// sentence start (never predicted), 1 the end. Weighted sequences count their weight (rounded when discounts are
/// chosen). An n-gram is written as a string of its symbols (one char each), oldest first.
/// </summary>
internal sealed class KneserNey
{
    KneserNey(int order, float floor, Dictionary<string, float>[] logProbs, Dictionary<string, float>[] backoffs)
    {
        Order = order;
        Floor = floor;
        LogProbs = logProbs;
        Backoffs = backoffs;
    }

    /// <summary>The longest n-gram length.</summary>
    public int Order { get; }

    /// <summary>ln P of a symbol never seen (its share of the unigram's discounted mass).</summary>
    public float Floor { get; }

    /// <summary>[k]: ln P(w | h) of every seen n-gram of k + 1 symbols.</summary>
    public Dictionary<string, float>[] LogProbs { get; }

    /// <summary>[k]: ln back-off weight of every seen context of k symbols (k ≥ 1).</summary>
    public Dictionary<string, float>[] Backoffs { get; }

    static string Key(ReadOnlySpan<int> symbols)
    {
        var chars = new char[symbols.Length];
        for (int i = 0; i < symbols.Length; i++)
        {
            chars[i] = checked((char)symbols[i]);
        }

        return new string(chars);
    }

    /// <summary>Estimates a model of order <paramref name="order"/> over a vocabulary of <paramref name="vocabulary"/> symbols.</summary>
    public static KneserNey Train(IReadOnlyList<(int[] Symbols, double Weight)> sequences, int order, int vocabulary)
    {
        var counts = new Dictionary<string, double>[order];
        for (int k = 0; k < order; k++)
        {
            counts[k] = new Dictionary<string, double>(StringComparer.Ordinal);
        }

        var padded = new List<int>();
        foreach (var (symbols, weight) in sequences)
        {
            padded.Clear();
            padded.Add(0);
            padded.AddRange(symbols);
            padded.Add(1);
            int[] p = [.. padded];
            for (int i = 1; i < p.Length; i++)
            {
                for (int k = 1; k <= order && i - k + 1 >= 0; k++)
                {
                    string key = Key(p.AsSpan(i - k + 1, k));
                    counts[k - 1][key] = counts[k - 1].GetValueOrDefault(key) + weight;
                }
            }
        }

        // Lower orders count contexts a symbol continues (distinct left neighbours), except n-grams that start with <s>.
        var modified = new Dictionary<string, double>[order];
        modified[order - 1] = counts[order - 1];
        for (int k = order - 2; k >= 0; k--)
        {
            var m = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (string key in counts[k + 1].Keys)
            {
                string suffix = key[1..];
                if (suffix[0] != '\0')
                {
                    m[suffix] = m.GetValueOrDefault(suffix) + 1;
                }
            }

            foreach (var (key, c) in counts[k])
            {
                m.TryAdd(key, c); // starts with <s>, or never extended to the left
            }

            modified[k] = m;
        }

        var discounts = new double[order, 4];
        for (int k = 0; k < order; k++)
        {
            var n = new double[5];
            foreach (double c in modified[k].Values)
            {
                int r = (int)Math.Round(c);
                if (r is >= 1 and <= 4)
                {
                    n[r]++;
                }
            }

            double y = n[1] / (n[1] + 2 * n[2]);
            discounts[k, 1] = n[1] > 0 ? Math.Clamp(1 - 2 * y * n[2] / n[1], 0.05, 0.95) : 0.5;
            discounts[k, 2] = n[2] > 0 ? Math.Clamp(2 - 3 * y * n[3] / n[2], 0.05, 1.95) : 1;
            discounts[k, 3] = n[3] > 0 ? Math.Clamp(3 - 4 * y * n[4] / n[3], 0.05, 2.95) : 1.5;
        }

        double Discount(int k, double c)
        {
            int r = (int)Math.Round(c);
            return r <= 0 ? 0 : discounts[k, Math.Min(r, 3)];
        }

        // Per context: total count and how many successors were seen once, twice, three or more times.
        var contexts = new Dictionary<string, (double Total, double N1, double N2, double N3)>[order];
        for (int k = 0; k < order; k++)
        {
            var d = new Dictionary<string, (double, double, double, double)>(StringComparer.Ordinal);
            foreach (var (key, c) in modified[k])
            {
                string h = key[..^1];
                var (total, n1, n2, n3) = d.GetValueOrDefault(h);
                int r = (int)Math.Round(c);
                d[h] = (total + c, n1 + (r <= 1 ? 1 : 0), n2 + (r == 2 ? 1 : 0), n3 + (r >= 3 ? 1 : 0));
            }

            contexts[k] = d;
        }

        double Gamma(int k, string h)
        {
            if (!contexts[k].TryGetValue(h, out var t))
            {
                return 1;
            }

            return (discounts[k, 1] * t.N1 + discounts[k, 2] * t.N2 + discounts[k, 3] * t.N3) / t.Total;
        }

        var prob = new Dictionary<string, double>[order];
        double uniform = Gamma(0, "") / vocabulary;
        prob[0] = new Dictionary<string, double>(StringComparer.Ordinal);
        double unigramTotal = contexts[0][""].Total;
        foreach (var (key, c) in modified[0])
        {
            if (key[0] != '\0')
            {
                prob[0][key] = Math.Max(c - Discount(0, c), 0) / unigramTotal + uniform;
            }
        }

        double Lower(string key, int k) // P(w | shorter context) for an n-gram of k + 1 symbols
        {
            if (prob[k].TryGetValue(key, out double p))
            {
                return p;
            }

            return k == 0 ? uniform : Gamma(k, key[..^1]) * Lower(key[1..], k - 1);
        }

        for (int k = 1; k < order; k++)
        {
            prob[k] = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (key, c) in modified[k])
            {
                string h = key[..^1];
                prob[k][key] = Math.Max(c - Discount(k, c), 0) / contexts[k][h].Total + Gamma(k, h) * Lower(key[1..], k - 1);
            }
        }

        var logProbs = new Dictionary<string, float>[order];
        var backoffs = new Dictionary<string, float>[order];
        for (int k = 0; k < order; k++)
        {
            logProbs[k] = prob[k].ToDictionary(kv => kv.Key, kv => (float)Math.Log(kv.Value), StringComparer.Ordinal);
            backoffs[k] = k == 0 ? [] : contexts[k].Keys.ToDictionary(h => h, h => (float)Math.Log(Gamma(k, h)), StringComparer.Ordinal);
        }

        return new KneserNey(order, (float)Math.Log(uniform), logProbs, backoffs);
    }

    /// <summary>ln P(<paramref name="symbol"/> | <paramref name="history"/>) by back-off (for checks against the written table).</summary>
    public float LogProb(ReadOnlySpan<int> history, int symbol)
    {
        float backoff = 0;
        for (int k = Math.Min(history.Length, Order - 1); k >= 0; k--)
        {
            int[] gram = [.. history[^k..], symbol];
            if (LogProbs[k].TryGetValue(Key(gram), out float p))
            {
                return backoff + p;
            }

            if (k > 0 && Backoffs[k].TryGetValue(Key(history[^k..]), out float b))
            {
                backoff += b;
            }
        }

        return backoff + Floor;
    }

    /// <summary>Number of stored n-grams.</summary>
    public int Count => LogProbs.Sum(d => d.Count);
}
