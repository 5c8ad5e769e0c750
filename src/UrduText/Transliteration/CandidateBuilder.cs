namespace UrduText;

/// <summary>Builds the ranked list behind <see cref="UrduTransliterator.Candidates(string, int)"/>.</summary>
internal static class CandidateBuilder
{
    public static List<TransliterationCandidate> Build(ReadableEngine engine, string text, int count)
    {
        var result = new List<TransliterationCandidate>(count);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        Gazetteer g = engine.Gazetteer;
        Span<char> key = stackalloc char[Gazetteer.MaxKeyLengthForLookup];
        int n = Gazetteer.FoldKey(text, key);
        if (n == 0)
        {
            return result;
        }

        void Add(string latin, double score, TransliterationSource source)
        {
            if (result.Count < count && latin.Length > 0 && seen.Add(latin))
            {
                result.Add(new TransliterationCandidate(latin, score, source));
            }
        }

        GazetteerEntry? exact = g.Exact(key[..n]);
        string? known = exact is null ? engine.Model.Lookup(key[..n]) : null;
        if (known is not null)
        {
            Add(known, 0, TransliterationSource.Lexicon);
        }

        if (exact is not null)
        {
            Add(exact.Latin, 0, exact.Type == GazetteerEntryType.User ? TransliterationSource.User : TransliterationSource.Gazetteer);
        }

        Span<char> skel = stackalloc char[Gazetteer.MaxKeyLengthForLookup];
        int s = Gazetteer.SkeletonKey(text, skel);
        if (s >= Gazetteer.MinSkeletonLength && g.Skeleton(skel[..s]) is { } fuzzy && Gazetteer.IsCloseVariant(key[..n], fuzzy.Key))
        {
            Add(fuzzy.Latin, -0.5, fuzzy.Type == GazetteerEntryType.User ? TransliterationSource.User : TransliterationSource.Gazetteer);
        }

        string[] words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var perWord = new List<List<(string Latin, float Score)>>();
        foreach (string word in words)
        {
            var list = engine.Model.Model.Decode(word, Math.Max(count, 5));
            if (list.Count == 0)
            {
                perWord.Clear();
                break;
            }

            perWord.Add(list);
        }

        string pipeline = Run(engine, text);
        bool pipelineIsModel = perWord.Count == words.Length && words.Length == 1 && perWord[0].Count > 0
            && string.Equals(pipeline, perWord[0][0].Latin, StringComparison.OrdinalIgnoreCase);
        if (!pipelineIsModel)
        {
            Add(pipeline, 0, result.Count > 0 ? TransliterationSource.Gazetteer : TransliterationSource.Rule);
        }

        if (perWord.Count == words.Length && words.Length > 0)
        {
            // Best combinations of per-word candidates, scores added (a small beam over the product).
            var beam = new List<(string Text, float Score)> { ("", 0f) };
            foreach (var list in perWord)
            {
                var next = new List<(string, float)>();
                foreach (var (prefix, score) in beam)
                {
                    foreach (var (latin, s2) in list)
                    {
                        next.Add((prefix.Length == 0 ? latin : prefix + " " + latin, score + s2));
                    }
                }

                next.Sort(static (a, b) => b.Item2.CompareTo(a.Item2));
                beam = next.Count > count * 2 ? next.GetRange(0, count * 2) : next;
            }

            foreach (var (latin, score) in beam)
            {
                Add(latin, Math.Round(score, 3), TransliterationSource.Model);
            }
        }

        return result;
    }

    static string Run(ReadableEngine engine, string text)
    {
        char[] buffer = new char[Math.Max(64, text.Length * engine.MaxExpansion)];
        var writer = new OutputWriter(buffer);
        engine.Run(text, ref writer, out _);
        return new string(buffer, 0, writer.Written);
    }
}
