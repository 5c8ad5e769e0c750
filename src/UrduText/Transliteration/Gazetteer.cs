using System.Reflection;
using System.Text;
using System.Threading;

namespace UrduText;

/// <summary>
/// Known (Urdu, Latin) pairs: the embedded curated TSV files (Data/gazetteer/*.tsv) plus a user's own pairs, keyed two ways:
/// the folded spelling without spaces (so <c>ولادی میر</c> = <c>ولادیمیر</c>), and a consonant skeleton that survives vowel-letter,
/// retroflex and ی/ے variation (<c>پیانگ یانگ</c> = <c>پیونگ یانگ</c>). Immutable once built; lookups by span allocate nothing.
/// </summary>
internal sealed class Gazetteer
{
    const string ResourcePrefix = "UrduText.Transliteration.Gazetteer.";
    const int MaxKeyLength = 128;

    /// <summary>Size of the key buffers callers pass to the lookups.</summary>
    public const int MaxKeyLengthForLookup = MaxKeyLength;

    /// <summary>Skeleton keys shorter than this would match too many unrelated words.</summary>
    public const int MinSkeletonLength = 3;

    /// <summary>
    /// Fuzzy matching needs this many letters in the input: short words have too many near neighbours
    /// (خبر is not خیبر, لہر is not لاہور).
    /// </summary>
    public const int MinFuzzyKeyLength = 5;

    static readonly Lazy<Gazetteer> s_builtIn = new(() => Build(LoadEmbedded(), []), LazyThreadSafetyMode.ExecutionAndPublication);

    readonly Dictionary<string, GazetteerEntry> _exact = new(StringComparer.Ordinal);
    readonly Dictionary<string, GazetteerEntry?> _skeleton = new(StringComparer.Ordinal);
    readonly HashSet<string> _exactPrefixes = new(StringComparer.Ordinal);
    readonly HashSet<string> _skeletonPrefixes = new(StringComparer.Ordinal);
    readonly Dictionary<string, ulong> _longerExact = new(StringComparer.Ordinal);
    readonly Dictionary<string, ulong> _longerSkeleton = new(StringComparer.Ordinal);
    readonly Dictionary<string, string> _letters = new(StringComparer.Ordinal);
    Dictionary<string, GazetteerEntry>.AlternateLookup<ReadOnlySpan<char>> _exactLookup;
    Dictionary<string, GazetteerEntry?>.AlternateLookup<ReadOnlySpan<char>> _skeletonLookup;
    HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _exactPrefixLookup;
    HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _skeletonPrefixLookup;
    Dictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> _longerExactLookup;
    Dictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> _longerSkeletonLookup;
    Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _letterLookup;

    /// <summary>The shared built-in gazetteer, loaded on first use.</summary>
    public static Gazetteer BuiltIn => s_builtIn.Value;

    /// <summary>Most tokens any entry spans.</summary>
    public int MaxTokens { get; private set; } = 1;

    /// <summary>Number of distinct exact keys.</summary>
    public int Count => _exact.Count;

    /// <summary>The largest Latin length per folded Urdu letter of any entry, for output-size bounds.</summary>
    public int MaxExpansion { get; private set; } = 1;

    /// <summary>The raw rows: (urdu, latin, type).</summary>
    public static List<(string Urdu, string Latin, string Type)> LoadEmbedded()
    {
        var rows = new List<(string, string, string)>();
        Assembly assembly = typeof(Gazetteer).Assembly;
        string[] names = assembly.GetManifestResourceNames();
        Array.Sort(names, StringComparer.Ordinal);
        foreach (string name in names)
        {
            if (!name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            using Stream stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            while (reader.ReadLine() is { } line)
            {
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                int t1 = line.IndexOf('\t', StringComparison.Ordinal);
                int t2 = t1 < 0 ? -1 : line.IndexOf('\t', t1 + 1);
                if (t1 <= 0 || t2 <= t1 + 1)
                {
                    continue;
                }

                int t3 = line.IndexOf('\t', t2 + 1);
                string type = t3 < 0 ? line[(t2 + 1)..] : line[(t2 + 1)..t3];
                rows.Add((line[..t1].Trim(), line[(t1 + 1)..t2].Trim(), type.Trim()));
            }
        }

        return rows;
    }

    /// <summary>Builds a gazetteer; <paramref name="user"/> pairs win over every built-in row.</summary>
    public static Gazetteer Build(List<(string Urdu, string Latin, string Type)> rows, IReadOnlyList<(string Urdu, string Latin)> user)
    {
        var g = new Gazetteer();
        var skeletonConflicts = new HashSet<string>(StringComparer.Ordinal);
        Span<char> key = stackalloc char[MaxKeyLength];
        Span<char> skel = stackalloc char[MaxKeyLength];
        int order = 0;
        foreach (var (urdu, latin) in user)
        {
            g.Add(urdu, latin, GazetteerEntryType.User, order++, key, skel, skeletonConflicts);
        }

        foreach (var (urdu, latin, type) in rows)
        {
            GazetteerEntryType t = ParseType(type);
            if (t == GazetteerEntryType.AcronymLetter)
            {
                int n = FoldKey(urdu, key);
                if (n > 0)
                {
                    g._letters.TryAdd(key[..n].ToString(), latin);
                }

                continue;
            }

            g.Add(urdu, latin, t, order++, key, skel, skeletonConflicts);
        }

        foreach (string conflict in skeletonConflicts)
        {
            g._skeleton[conflict] = null;
        }

        g._exactLookup = g._exact.GetAlternateLookup<ReadOnlySpan<char>>();
        g._skeletonLookup = g._skeleton.GetAlternateLookup<ReadOnlySpan<char>>();
        g._exactPrefixLookup = g._exactPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        g._skeletonPrefixLookup = g._skeletonPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        g._letterLookup = g._letters.GetAlternateLookup<ReadOnlySpan<char>>();
        g._longerExactLookup = g._longerExact.GetAlternateLookup<ReadOnlySpan<char>>();
        g._longerSkeletonLookup = g._longerSkeleton.GetAlternateLookup<ReadOnlySpan<char>>();
        return g;
    }

    static GazetteerEntryType ParseType(string type) => type switch
    {
        "word" => GazetteerEntryType.Word,
        "loanword" => GazetteerEntryType.Loanword,
        "acronym-letter" => GazetteerEntryType.AcronymLetter,
        _ => GazetteerEntryType.Name,
    };

    void Add(string urdu, string latin, GazetteerEntryType type, int order, Span<char> key, Span<char> skel, HashSet<string> conflicts)
    {
        if (urdu.Length == 0 || latin.Length == 0)
        {
            return;
        }

        int n = FoldKey(urdu, key);
        if (n == 0)
        {
            return;
        }

        int tokens = 1;
        foreach (char c in urdu.AsSpan().Trim())
        {
            if (c == ' ')
            {
                tokens++;
            }
        }

        MaxTokens = Math.Max(MaxTokens, tokens);
        MaxExpansion = Math.Max(MaxExpansion, (latin.Length + n - 1) / n);
        string k = key[..n].ToString();
        var entry = new GazetteerEntry(latin, type, tokens, order, k);
        if (_exact.TryGetValue(k, out GazetteerEntry? existing))
        {
            _exact[k] = Prefer(existing, entry);
        }
        else
        {
            _exact[k] = entry;
        }

        for (int i = 1; i <= n; i++)
        {
            _exactPrefixes.Add(k[..i]);
            if (i < n)
            {
                AddNext(_longerExact, k[..i], k[i]);
            }
        }

        if (type is GazetteerEntryType.Word or GazetteerEntryType.Loanword)
        {
            return; // ordinary words are common enough that a fuzzy match would mostly be a false one
        }

        int s = SkeletonKey(urdu, skel);
        if (s < MinSkeletonLength)
        {
            return;
        }

        string sk = skel[..s].ToString();
        if (_skeleton.TryGetValue(sk, out GazetteerEntry? other) && other is not null)
        {
            if (!string.Equals(other.Latin, latin, StringComparison.OrdinalIgnoreCase) && other.Type != GazetteerEntryType.User)
            {
                if (type == GazetteerEntryType.User)
                {
                    _skeleton[sk] = entry;
                }
                else if (other.Order < order && IsVariantOf(other, entry))
                {
                    // keep the first
                }
                else
                {
                    conflicts.Add(sk);
                }
            }
        }
        else
        {
            _skeleton[sk] = entry;
        }

        for (int i = 1; i <= s; i++)
        {
            _skeletonPrefixes.Add(sk[..i]);
            if (i < s)
            {
                AddNext(_longerSkeleton, sk[..i], sk[i]);
            }
        }
    }

    static void AddNext(Dictionary<string, ulong> longer, string prefix, char next)
    {
        longer.TryGetValue(prefix, out ulong mask);
        longer[prefix] = mask | NextBit(next);
    }

    /// <summary>
    /// The bit of a letter in a mask of letters that may follow a key (<see cref="LongerExactKeys"/>): letters share bits,
    /// so a clear bit proves that no key continues with the letter, a set one only that some might.
    /// </summary>
    public static ulong NextBit(char letter) => 1UL << (letter & 63);

    static bool IsVariantOf(GazetteerEntry first, GazetteerEntry later) => first.Tokens != later.Tokens;

    /// <summary>
    /// Which of two entries for the same key wins: a user pair; else the first row; except that a name and a common word
    /// spelled alike keep the common word unless the two Latin forms differ only in case (<c>کم</c> is "kam" unless it
    /// is part of a longer name).
    /// </summary>
    static GazetteerEntry Prefer(GazetteerEntry existing, GazetteerEntry candidate)
    {
        if (existing.Type == GazetteerEntryType.User)
        {
            return existing;
        }

        if (candidate.Type == GazetteerEntryType.User)
        {
            return candidate;
        }

        bool existingWord = existing.Type is GazetteerEntryType.Word or GazetteerEntryType.Loanword;
        bool candidateWord = candidate.Type is GazetteerEntryType.Word or GazetteerEntryType.Loanword;
        if (existingWord != candidateWord && string.Equals(existing.Latin, candidate.Latin, StringComparison.OrdinalIgnoreCase))
        {
            return existingWord ? candidate : existing; // same spelling: keep the capitalized name
        }

        if (!existingWord && candidateWord && existing.Tokens == 1)
        {
            return candidate;
        }

        return existing;
    }

    /// <summary>Writes the exact key of <paramref name="urdu"/> (folded letters, no spaces or marks); returns its length or 0 if too long.</summary>
    public static int FoldKey(ReadOnlySpan<char> urdu, Span<char> destination) => TranslitLetters.FoldKey(urdu, destination);

    /// <summary>Writes the consonant skeleton of <paramref name="urdu"/>; returns its length or 0 if too long.</summary>
    public static int SkeletonKey(ReadOnlySpan<char> urdu, Span<char> destination)
    {
        int n = 0;
        for (int i = 0; i < urdu.Length; i++)
        {
            char f = TranslitLetters.Fold(urdu[i]);
            if (f == TranslitLetters.Drop || !TranslitLetters.IsModelLetter(f))
            {
                continue;
            }

            if (f == '\u06C1' && (i + 1 == urdu.Length || !TranslitLetters.IsModelLetter(TranslitLetters.Fold(urdu[i + 1]))))
            {
                continue; // word-final he is a vowel (ماسکو / ماسکوہ)
            }

            char s = Skeleton(f);
            if (s == TranslitLetters.Drop)
            {
                continue;
            }

            if (n > 0 && destination[n - 1] == s)
            {
                continue; // doubled consonants (شدہ written out, تّ) count once
            }

            if (n == destination.Length)
            {
                return 0;
            }

            destination[n++] = s;
        }

        return n;
    }

    static char Skeleton(char f) => f switch
    {
        // Vowel letters, hamza carriers, ain and the aspiration mark vary between spellings of one foreign name.
        '\u0627' or '\u0622' or '\u0648' or '\u06CC' or '\u06D2' or '\u06D3' or '\u0626' or '\u0621' or '\u0624' or '\u0639' or '\u06BE' => TranslitLetters.Drop,
        '\u0679' or '\u0637' => '\u062A',            // TTEH, TAH → TEH
        '\u0688' => '\u062F',                        // DDAL → DAL
        '\u0691' => '\u0631',                        // RREH → REH
        '\u062B' or '\u0635' => '\u0633',            // THEH, SAD → SEEN
        '\u0630' or '\u0636' or '\u0638' => '\u0632', // THAL, DAD, ZAH → ZAIN
        '\u062D' => '\u06C1',                        // HAH → HEH GOAL
        '\u06BA' => '\u0646',                        // NOON GHUNNA → NOON
        '\u0642' => '\u06A9',                        // QAF → KEHEH
        _ => f,
    };

    /// <summary>
    /// True when <paramref name="input"/> (an exact key) is a spelling variant of <paramref name="entry"/>'s key: the same
    /// consonants, with at most one vowel-letter edit (two for keys longer than six letters). A skeleton hit alone is
    /// too loose: لہر and لاہور share a skeleton, and so do کو پوتن and کیپ ٹاؤن.
    /// </summary>
    public static bool IsCloseVariant(ReadOnlySpan<char> input, ReadOnlySpan<char> entry)
    {
        const int Impossible = 1000;
        if (input.Length < MinFuzzyKeyLength)
        {
            return false;
        }

        int budget = Math.Max(input.Length, entry.Length) > 6 ? 2 : 1;
        if (Math.Abs(input.Length - entry.Length) > budget || entry.Length > MaxKeyLength || input.Length > MaxKeyLength)
        {
            return false;
        }

        Span<int> previous = stackalloc int[entry.Length + 1];
        Span<int> current = stackalloc int[entry.Length + 1];
        for (int j = 0; j <= entry.Length; j++)
        {
            previous[j] = j == 0 ? 0 : previous[j - 1] + IndelCost(entry[j - 1]);
        }

        for (int i = 1; i <= input.Length; i++)
        {
            current[0] = previous[0] + IndelCost(input[i - 1]);
            int rowMin = current[0];
            for (int j = 1; j <= entry.Length; j++)
            {
                int best = Math.Min(previous[j] + IndelCost(input[i - 1]), current[j - 1] + IndelCost(entry[j - 1]));
                best = Math.Min(best, previous[j - 1] + SubstitutionCost(input[i - 1], entry[j - 1]));
                current[j] = Math.Min(best, Impossible);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > budget)
            {
                return false;
            }

            current.CopyTo(previous);
        }

        return previous[entry.Length] <= budget;

        static int IndelCost(char c) => Skeleton(c) == TranslitLetters.Drop || c == '\u06C1' ? 1 : 2;

        static int SubstitutionCost(char a, char b)
        {
            if (a == b)
            {
                return 0;
            }

            char sa = Skeleton(a), sb = Skeleton(b);
            if (sa == TranslitLetters.Drop && sb == TranslitLetters.Drop)
            {
                return 1;
            }

            return sa == sb ? 1 : Impossible;
        }
    }

    /// <summary>The entry whose exact key is <paramref name="key"/>, if any.</summary>
    public GazetteerEntry? Exact(ReadOnlySpan<char> key) => _exactLookup.TryGetValue(key, out GazetteerEntry? e) ? e : null;

    /// <summary>True when some exact key starts with <paramref name="key"/>.</summary>
    public bool HasExactPrefix(ReadOnlySpan<char> key) => _exactPrefixLookup.Contains(key);

    /// <summary>The unambiguous entry whose skeleton is <paramref name="key"/>, if any.</summary>
    public GazetteerEntry? Skeleton(ReadOnlySpan<char> key) => _skeletonLookup.TryGetValue(key, out GazetteerEntry? e) ? e : null;

    /// <summary>True when some skeleton key starts with <paramref name="key"/>.</summary>
    public bool HasSkeletonPrefix(ReadOnlySpan<char> key) => _skeletonPrefixLookup.Contains(key);

    /// <summary>
    /// The <see cref="NextBit"/>s of the letters that follow <paramref name="key"/> in the exact keys longer than it; 0 when
    /// no exact key is longer than <paramref name="key"/> and starts with it (no next word can extend the match).
    /// </summary>
    public ulong LongerExactKeys(ReadOnlySpan<char> key) => _longerExactLookup.TryGetValue(key, out ulong mask) ? mask : 0;

    /// <summary>The same as <see cref="LongerExactKeys"/> for skeleton keys.</summary>
    public ulong LongerSkeletonKeys(ReadOnlySpan<char> key) => _longerSkeletonLookup.TryGetValue(key, out ulong mask) ? mask : 0;

    /// <summary>The English letter a letter name stands for (<c>بی</c> → B), if <paramref name="key"/> is one.</summary>
    public string? Letter(ReadOnlySpan<char> key) => _letterLookup.TryGetValue(key, out string? l) ? l : null;
}

/// <summary>What kind of row an entry came from; decides precedence and capitalization.</summary>
internal enum GazetteerEntryType
{
    /// <summary>A pair the user passed to the constructor.</summary>
    User,
    /// <summary>A person, place, country, organisation, media or other name.</summary>
    Name,
    /// <summary>An English loanword.</summary>
    Loanword,
    /// <summary>A common Urdu word in Roman Urdu.</summary>
    Word,
    /// <summary>An English letter name (for acronyms).</summary>
    AcronymLetter,
}

/// <summary>One gazetteer value.</summary>
internal sealed record GazetteerEntry(string Latin, GazetteerEntryType Type, int Tokens, int Order, string Key);
