namespace UrduText.Generators.Transliteration;

/// <summary>
/// Fits the weights of the final rerank (<see cref="RerankFeatures"/>): a log-linear model over each word's final
/// hypotheses, trained by stochastic gradient ascent on the log-probability of the hypotheses that are correct (any
/// attested spelling), with L2 decay. The lists come from cross-validation: each train word decoded by a model that
/// never saw it, so the weights learn to fix the mistakes the decoder makes on new words.
/// </summary>
internal static class RerankTrainer
{
    public const int Epochs = 5;
    public const double LearningRate = 0.05;
    public const double L2 = 1e-4;

    /// <summary>One hypothesis: its sparse feature indices, dense features and whether it is correct.</summary>
    public sealed record Item(int[] Sparse, float[] Dense, bool Correct);

    /// <summary>The rerank items of one word's hypotheses under <paramref name="model"/>.</summary>
    public static Item[] Items(JointSequenceModel model, List<JointSequenceModel.ScoredPath> paths, Func<string, bool> isCorrect)
    {
        float Combined(JointSequenceModel.ScoredPath p) => p.Forward + model.BackwardWeight * p.Backward + model.CharWeight * p.Chars;
        float bestCombined = paths.Max(Combined), bestForward = paths.Max(p => p.Forward);
        float bestBackward = paths.Max(p => p.Backward), bestChars = paths.Max(p => p.Chars);
        var items = new Item[paths.Count];
        for (int i = 0; i < paths.Count; i++)
        {
            var p = paths[i];
            var dense = new float[RerankFeatures.DenseCount];
            RerankFeatures.Dense(dense, Combined(p), p.Forward, p.Backward, p.Chars, bestCombined, bestForward, bestBackward, bestChars, p.Latin.Length, p.Units.Length);
            var graphemes = p.Units.Select(model.UnitGrapheme).ToArray();
            var sparse = new int[RerankFeatures.MaxCount(p.Units.Length, p.Latin.Length)];
            int n = RerankFeatures.Sparse(graphemes, p.Units, model.UnitLatinTable, p.Latin, sparse);
            items[i] = new Item(sparse[..n], dense, isCorrect(p.Latin));
        }

        return items;
    }

    /// <summary>Trains on the lists that hold at least one correct hypothesis; returns (dense, sparse) weights.</summary>
    public static (float[] Dense, float[] Sparse) Train(List<Item[]> lists)
    {
        var dense = new double[RerankFeatures.DenseCount];
        dense[0] = 1; // start from the decoder's own combination
        var sparse = new double[RerankFeatures.TableSize];
        var trainable = lists.Where(l => l.Any(i => i.Correct)).ToList();
        var random = new Random(7);
        for (int epoch = 0; epoch < Epochs; epoch++)
        {
            double loss = 0;
            foreach (Item[] list in trainable.OrderBy(_ => random.Next()).ToList())
            {
                var scores = list.Select(item => Score(item, dense, sparse)).ToArray();
                double max = scores.Max();
                var exp = scores.Select(s => Math.Exp(s - max)).ToArray();
                double z = exp.Sum();
                double zCorrect = list.Select((item, i) => item.Correct ? exp[i] : 0).Sum();
                loss -= Math.Log(zCorrect / z);
                for (int i = 0; i < list.Length; i++)
                {
                    double coefficient = (list[i].Correct ? exp[i] / zCorrect : 0) - exp[i] / z;
                    if (coefficient == 0)
                    {
                        continue;
                    }

                    for (int d = 0; d < dense.Length; d++)
                    {
                        dense[d] += LearningRate * coefficient * list[i].Dense[d];
                    }

                    foreach (int f in list[i].Sparse)
                    {
                        sparse[f] = sparse[f] * (1 - LearningRate * L2) + LearningRate * coefficient;
                    }
                }
            }

            Console.WriteLine($"  rerank epoch {epoch + 1}: loss {loss / trainable.Count:F4}");
        }

        return (dense.Select(d => (float)d).ToArray(), sparse.Select(s => (float)(Half)s).ToArray());
    }

    static double Score(Item item, double[] dense, double[] sparse)
    {
        double s = 0;
        for (int d = 0; d < dense.Length; d++)
        {
            s += dense[d] * item.Dense[d];
        }

        foreach (int f in item.Sparse)
        {
            s += sparse[f];
        }

        return s;
    }
}
