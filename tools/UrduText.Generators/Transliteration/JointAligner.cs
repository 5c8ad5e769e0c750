namespace UrduText.Generators.Transliteration;

/// <summary>
/// Aligns (graphemes, Latin) pairs with expectation–maximization: each grapheme writes one Latin substring taken from
/// <see cref="UnitTable"/>, the probability of a substring given its grapheme is re-estimated from the expected counts over
/// all segmentations (forward–backward), then the single best segmentation of each pair becomes its unit sequence.
/// </summary>
internal sealed class JointAligner
{
    readonly Dictionary<int, Dictionary<string, double>> _prob = [];

    /// <summary>Starts from a uniform distribution over each grapheme's allowed strings.</summary>
    public JointAligner(IEnumerable<TrainingPair> pairs)
    {
        foreach (TrainingPair pair in pairs)
        {
            foreach (int g in pair.Graphemes)
            {
                if (!_prob.ContainsKey(g))
                {
                    HashSet<string> allowed = UnitTable.Allowed(g);
                    _prob[g] = allowed.ToDictionary(l => l, _ => 1.0 / allowed.Count, StringComparer.Ordinal);
                }
            }
        }
    }

    double Prob(int g, string latin) => _prob.TryGetValue(g, out var d) && d.TryGetValue(latin, out double p) ? p : 0;

    /// <summary>One EM iteration. Returns the weighted log-likelihood and the number of pairs no segmentation explains.</summary>
    public (double LogLikelihood, int Unaligned) Iterate(IReadOnlyList<TrainingPair> pairs)
    {
        var counts = new Dictionary<int, Dictionary<string, double>>();
        double logLikelihood = 0;
        int unaligned = 0;
        foreach (TrainingPair pair in pairs)
        {
            int[] g = pair.Graphemes;
            string latin = pair.Latin;
            int n = g.Length, m = latin.Length;
            var alpha = new double[n + 1, m + 1];
            var beta = new double[n + 1, m + 1];
            alpha[0, 0] = 1;
            for (int i = 1; i <= n; i++)
            {
                for (int j = 0; j <= m; j++)
                {
                    double sum = 0;
                    for (int len = 0; len <= Math.Min(j, UnitTable.MaxLength); len++)
                    {
                        double previous = alpha[i - 1, j - len];
                        if (previous > 0)
                        {
                            sum += previous * Prob(g[i - 1], latin.Substring(j - len, len));
                        }
                    }

                    alpha[i, j] = sum;
                }
            }

            double total = alpha[n, m];
            if (total <= 0)
            {
                unaligned++;
                continue;
            }

            logLikelihood += pair.Weight * Math.Log(total);
            beta[n, m] = 1;
            for (int i = n - 1; i >= 0; i--)
            {
                for (int j = m; j >= 0; j--)
                {
                    double sum = 0;
                    for (int len = 0; len <= Math.Min(m - j, UnitTable.MaxLength); len++)
                    {
                        double following = beta[i + 1, j + len];
                        if (following > 0)
                        {
                            sum += following * Prob(g[i], latin.Substring(j, len));
                        }
                    }

                    beta[i, j] = sum;
                }
            }

            for (int i = 1; i <= n; i++)
            {
                for (int j = 0; j <= m; j++)
                {
                    if (beta[i, j] == 0)
                    {
                        continue;
                    }

                    for (int len = 0; len <= Math.Min(j, UnitTable.MaxLength); len++)
                    {
                        double previous = alpha[i - 1, j - len];
                        if (previous == 0)
                        {
                            continue;
                        }

                        string unit = latin.Substring(j - len, len);
                        double p = Prob(g[i - 1], unit);
                        if (p > 0)
                        {
                            if (!counts.TryGetValue(g[i - 1], out var d))
                            {
                                counts[g[i - 1]] = d = new Dictionary<string, double>(StringComparer.Ordinal);
                            }

                            d[unit] = d.GetValueOrDefault(unit) + previous * p * beta[i, j] / total * pair.Weight;
                        }
                    }
                }
            }
        }

        foreach (var (g, d) in counts)
        {
            double sum = d.Values.Sum();
            _prob[g] = d.Where(kv => kv.Value / sum > 1e-6).ToDictionary(kv => kv.Key, kv => kv.Value / sum, StringComparer.Ordinal);
        }

        return (logLikelihood, unaligned);
    }

    /// <summary>The most probable segmentation of a pair (one Latin string per grapheme), or null when none exists.</summary>
    public string[]? Viterbi(TrainingPair pair)
    {
        int[] g = pair.Graphemes;
        string latin = pair.Latin;
        int n = g.Length, m = latin.Length;
        var best = new double[n + 1, m + 1];
        var back = new int[n + 1, m + 1];
        for (int i = 0; i <= n; i++)
        {
            for (int j = 0; j <= m; j++)
            {
                best[i, j] = double.NegativeInfinity;
            }
        }

        best[0, 0] = 0;
        for (int i = 1; i <= n; i++)
        {
            for (int j = 0; j <= m; j++)
            {
                for (int len = 0; len <= Math.Min(j, UnitTable.MaxLength); len++)
                {
                    double previous = best[i - 1, j - len];
                    double p = double.IsNegativeInfinity(previous) ? 0 : Prob(g[i - 1], latin.Substring(j - len, len));
                    if (p > 0 && previous + Math.Log(p) > best[i, j])
                    {
                        best[i, j] = previous + Math.Log(p);
                        back[i, j] = len;
                    }
                }
            }
        }

        if (double.IsNegativeInfinity(best[n, m]))
        {
            return null;
        }

        var path = new string[n];
        for (int i = n, j = m; i >= 1; i--)
        {
            int len = back[i, j];
            path[i - 1] = latin.Substring(j - len, len);
            j -= len;
        }

        return path;
    }
}
