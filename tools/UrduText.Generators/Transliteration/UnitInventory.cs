namespace UrduText.Generators.Transliteration;

/// <summary>
/// The units the aligned training data uses, numbered grapheme by grapheme and, within a grapheme, most frequent first, so
/// that the decoder's "most frequent units of this grapheme" are one contiguous range of symbols.
/// </summary>
internal sealed class UnitInventory
{
    readonly Dictionary<(int Grapheme, string Latin), int> _ids = [];

    UnitInventory(List<int> graphemes, List<(int Grapheme, string Latin)> units)
    {
        Graphemes = graphemes;
        Units = units;
        for (int i = 0; i < units.Count; i++)
        {
            _ids[units[i]] = i;
        }
    }

    /// <summary>The packed graphemes, in model order.</summary>
    public List<int> Graphemes { get; }

    /// <summary>Units in model order: (index into <see cref="Graphemes"/>, Latin).</summary>
    public List<(int Grapheme, string Latin)> Units { get; }

    public static UnitInventory Build(IEnumerable<(int[] Graphemes, string[] Latin, double Weight)> aligned)
    {
        var counts = new Dictionary<(int, string), double>();
        foreach (var (graphemes, latin, weight) in aligned)
        {
            for (int i = 0; i < graphemes.Length; i++)
            {
                var key = (graphemes[i], latin[i]);
                counts[key] = counts.GetValueOrDefault(key) + weight;
            }
        }

        var graphemeList = counts.Keys.Select(k => k.Item1).Distinct().Order().ToList();
        var index = graphemeList.Select((g, i) => (g, i)).ToDictionary(x => x.g, x => x.i);
        var units = counts
            .OrderBy(kv => index[kv.Key.Item1])
            .ThenByDescending(kv => kv.Value)
            .ThenBy(kv => kv.Key.Item2, StringComparer.Ordinal)
            .Select(kv => (index[kv.Key.Item1], kv.Key.Item2))
            .ToList();
        return new UnitInventory(graphemeList, units);
    }

    /// <summary>The unit index of (packed grapheme, Latin).</summary>
    public int Id(int grapheme, string latin) => _ids[(Graphemes.BinarySearch(grapheme), latin)];

    /// <summary>First unit index and unit count of each grapheme.</summary>
    public (int First, int Count)[] Ranges()
    {
        var ranges = new (int First, int Count)[Graphemes.Count];
        for (int i = Units.Count - 1; i >= 0; i--)
        {
            int g = Units[i].Grapheme;
            ranges[g] = (i, ranges[g].Count + 1);
        }

        return ranges;
    }
}
