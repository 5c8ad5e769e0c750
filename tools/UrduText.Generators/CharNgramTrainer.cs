namespace UrduText.Generators;

/// <summary>
/// Trains the spacing models' character n-gram model (<see cref="CharNgramModel"/>): Witten–Bell interpolation over
/// the spellings of the lexicon's words (each word once: unknown words look like rare words, not like frequent ones),
/// written in back-off form.
/// </summary>
internal static class CharNgramTrainer
{
    const int Symbols = 256;

    public static CharNgramModel Train(IEnumerable<string> words, int order)
    {
        var counts = new Dictionary<ulong, int>();
        var histories = new Dictionary<ulong, (int Total, int Distinct)>();
        Span<byte> gram = stackalloc byte[CharNgramModel.MaxOrder];
        long unigramTotal = 0;
        foreach (string word in words)
        {
            byte[] symbols = new byte[word.Length + 2];
            symbols[0] = CharNgramModel.Start;
            for (int i = 0; i < word.Length; i++)
            {
                symbols[i + 1] = CharNgramModel.Symbol(word[i]);
            }

            symbols[^1] = CharNgramModel.End;
            for (int j = 1; j < symbols.Length; j++)
            {
                unigramTotal++;
                for (int k = 1; k <= order && j - k + 1 >= 0; k++)
                {
                    ulong key = CharNgramModel.Key(symbols.AsSpan(j - k + 1, k));
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }

        // History statistics: c(h) and the number of distinct symbols seen after h.
        foreach ((ulong key, int count) in counts)
        {
            int length = (int)(key >> 56);
            if (length < 2)
            {
                continue;
            }

            ulong history = Prefix(key, length - 1);
            (int total, int distinct) = histories.GetValueOrDefault(history);
            histories[history] = (total + count, distinct + 1);
        }

        // Back-off weights depend on the counts alone; the interpolated probabilities need the shorter orders first.
        var backOffs = histories.ToDictionary(h => h.Key, h => (float)Math.Log((double)h.Value.Distinct / (h.Value.Total + h.Value.Distinct)));
        var events = new Dictionary<ulong, float>(counts.Count);
        float unseen = (float)Math.Log(1.0 / (unigramTotal + Symbols));
        for (int length = 1; length <= order; length++)
        {
            foreach ((ulong key, int count) in counts.Where(c => (int)(c.Key >> 56) == length))
            {
                double p;
                if (length == 1)
                {
                    p = (count + 1.0) / (unigramTotal + Symbols);
                }
                else
                {
                    (int total, int distinct) = histories[Prefix(key, length - 1)];
                    double lower = Math.Exp(LowerLogProbability(events, backOffs, key, length, unseen));
                    p = (count + (distinct * lower)) / (total + distinct);
                }

                events[key] = (float)Math.Log(p);
            }
        }

        // One entry per key, read as an event and as a history. The only history that is never an event is the start of
        // word alone; as an event it gets what the unigram level gives a symbol never seen, so that the probabilities
        // after any history still add up to one over all 256 symbols.
        var model = new Dictionary<ulong, (float, float)>(events.Count + 1);
        foreach ((ulong key, float logProbability) in events)
        {
            model[key] = (logProbability, backOffs.GetValueOrDefault(key));
        }

        foreach ((ulong key, float backOff) in backOffs)
        {
            if (!model.ContainsKey(key))
            {
                if ((int)(key >> 56) != 1)
                {
                    throw new InvalidOperationException("A history longer than one symbol that is not an event: every such history ends with a letter that was counted.");
                }

                model[key] = (unseen, backOff);
            }
        }

        return new CharNgramModel(order, model, unseen);
    }

    // The first `length` symbols of a key.
    static ulong Prefix(ulong key, int length) =>
        ((ulong)length << 56) | (key & ((1UL << (8 * length)) - 1));

    // The symbols of a key after its first one.
    static ulong Suffix(ulong key, int length) =>
        ((ulong)(length - 1) << 56) | ((key & ((1UL << (8 * length)) - 1)) >> 8);

    // log P(last symbol | history without its first symbol), in back-off form over the shorter orders already trained.
    static double LowerLogProbability(Dictionary<ulong, float> events, Dictionary<ulong, float> backOffs, ulong key, int length, float unseen)
    {
        double backOff = 0;
        ulong gram = Suffix(key, length);
        for (int l = length - 1; l >= 1; l--)
        {
            if (events.TryGetValue(gram, out float logProbability))
            {
                return backOff + logProbability;
            }

            if (l > 1)
            {
                backOff += backOffs.GetValueOrDefault(Prefix(gram, l - 1));
            }

            gram = Suffix(gram, l);
        }

        return backOff + unseen;
    }
}
