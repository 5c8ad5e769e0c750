namespace UrduText.Generators.Transliteration;

/// <summary>
/// The Dakshina model's lexicon: every word of the train split with the spelling its annotators wrote most often. Ties go
/// to the spelling the model itself ranks highest (the one most in line with every other word), then to the character
/// model. (The team's common-word list, gazetteer/common-words.tsv, is looked up before the lexicon, so its convention —
/// hai, mein, kiya — wins for the words it has.)
/// </summary>
internal static class LexiconBuilder
{
    public static SortedDictionary<string, string> Build(IEnumerable<(string Urdu, string Latin, int Count)> rows, TransliterationModel model)
    {
        var spellings = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        Span<char> key = stackalloc char[256];
        foreach (var (urdu, latin, count) in rows)
        {
            int n = TranslitLetters.FoldKey(urdu, key);
            string latinKey = TrainingData.LatinKey(latin);
            if (n == 0 || latinKey.Length == 0)
            {
                continue;
            }

            string k = key[..n].ToString();
            if (!spellings.TryGetValue(k, out var counts))
            {
                spellings[k] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
                words[k] = urdu;
            }

            counts[latinKey] = counts.GetValueOrDefault(latinKey) + count;
        }

        var lexicon = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, counts) in spellings)
        {
            int top = counts.Values.Max();
            var ties = counts.Where(kv => kv.Value == top).Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList();
            string best = ties[0];
            if (ties.Count > 1)
            {
                var ranked = model.Model.Decode(words[k], JointSequenceModel.BeamWidth);
                int rank = ranked.FindIndex(c => ties.Contains(c.Latin));
                best = rank >= 0 ? ranked[rank].Latin : ties.MaxBy(t => model.Model.CharScore(t))!;
            }

            lexicon[k] = best;
        }

        return lexicon;
    }
}
