using System.Collections.Frozen;
using System.Text;

namespace UrduText;

/// <summary>
/// The word lists behind rule D2a, loaded once on first use (the CLR runs a static initializer once, thread-safely).
/// Both look up by <see cref="ReadOnlySpan{T}"/> through alternate lookups, so a query allocates nothing.
/// </summary>
internal sealed class DoChashmiLexicon
{
    internal const string AspiratedResource = "UrduText.Data.do-chashmi-aspirated.tsv";
    internal const string HehGoalResource = "UrduText.Data.do-chashmi-heh-goal.tsv";
    internal const string WordListResource = "UrduText.Data.do-chashmi-tesseract-urd.txt";
    internal const string ParadigmsResource = "UrduText.Data.do-chashmi-paradigms.tsv";
    internal const string FunctionWordsResource = "UrduText.Data.do-chashmi-function-words.txt";

    /// <summary>
    /// Inflectional and derivational endings stripped when a whole word is not listed, shortest first. None holds a
    /// heh, so a stripped ending never hides an ambiguous one.
    /// </summary>
    internal static readonly string[] Suffixes =
    [
        "\u0627", // ا
        "\u06CC", // ی
        "\u06D2", // ے
        "\u0648", // و
        "\u06CC\u06BA", // یں
        "\u0648\u06BA", // وں
        "\u0624\u06BA", // ؤں
        "\u0646\u0627", // نا
        "\u0646\u06D2", // نے
        "\u0646\u06CC", // نی
        "\u062A\u0627", // تا
        "\u062A\u06D2", // تے
        "\u062A\u06CC", // تی
        "\u06AF\u0627", // گا
        "\u06AF\u06CC", // گی
        "\u06AF\u06D2", // گے
        "\u06A9\u0631", // کر
        "\u0648\u0627", // وا
        "\u067E\u0646", // پن
        "\u0627\u062A", // ات
        "\u06CC\u062A", // یت
        "\u06CC\u0627\u06BA", // یاں
        "\u06CC\u0648\u06BA", // یوں
        "\u0626\u06CC\u06BA", // ئیں
        "\u062A\u06CC\u06BA", // تیں
        "\u062F\u0627\u0631", // دار
        "\u06AF\u0631\u062F", // گرد
        "\u0648\u0627\u0644\u0627", // والا
        "\u0648\u0627\u0644\u06D2", // والے
        "\u0648\u0627\u0644\u06CC", // والی
        "\u062F\u0627\u0631\u06CC", // داری
        "\u06AF\u0631\u062F\u06CC", // گردی
    ];

    /// <summary>Prefixes stripped when a whole word is not listed (بے، نا، لا، غیر، بد، خوش، ہم، دو، کم، بین، پر، سر).</summary>
    internal static readonly string[] Prefixes =
    [
        "\u0628\u06D2", // بے
        "\u0646\u0627", // نا
        "\u0644\u0627", // لا
        "\u06A9\u0645", // کم
        "\u067E\u0631", // پر
        "\u0633\u0631", // سر
        "\u062F\u0648", // دو
        "\u0628\u062F", // بد
        "\u06C1\u0645", // ہم
        "\u063A\u06CC\u0631", // غیر
        "\u062E\u0648\u0634", // خوش
        "\u0628\u06CC\u0646", // بین
    ];

    private readonly FrozenDictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> _curated;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _wordList;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _functionWords;

    internal DoChashmiLexicon(FrozenDictionary<string, byte> curated, FrozenSet<string> wordList, FrozenSet<string>? functionWords = null)
    {
        Curated = curated;
        WordList = wordList;
        FunctionWords = functionWords ?? FrozenSet<string>.Empty.ToFrozenSet(StringComparer.Ordinal);
        _curated = curated.GetAlternateLookup<ReadOnlySpan<char>>();
        _wordList = wordList.GetAlternateLookup<ReadOnlySpan<char>>();
        _functionWords = FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (string word in FunctionWords)
        {
            MaxFunctionWordLength = Math.Max(MaxFunctionWordLength, word.Length);
        }
    }

    /// <summary>A lexicon with no words: every decision falls to the default rule.</summary>
    internal static DoChashmiLexicon Empty { get; } = new(
        new Dictionary<string, byte>().ToFrozenDictionary(StringComparer.Ordinal), new HashSet<string>().ToFrozenSet(StringComparer.Ordinal));

    /// <summary>The shared lexicon, built from the embedded data files on first use.</summary>
    public static DoChashmiLexicon Instance => Holder.Value;

    /// <summary>Every curated word with its inflections, mapped to its priority (1 and up).</summary>
    public FrozenDictionary<string, byte> Curated { get; }

    /// <summary>The filtered tesseract-ocr-urd words.</summary>
    public FrozenSet<string> WordList { get; }

    /// <summary>Short words often written joined to a neighbour (کے، ہے، اور), used to split run-together words.</summary>
    public FrozenSet<string> FunctionWords { get; }

    /// <summary>The length of the longest of <see cref="FunctionWords"/>.</summary>
    public int MaxFunctionWordLength { get; }

    /// <summary>Whether <paramref name="word"/> is one of <see cref="FunctionWords"/>.</summary>
    public bool IsFunctionWord(ReadOnlySpan<char> word) => _functionWords.Contains(word);

    /// <summary>The priority of <paramref name="word"/> in the curated lists, 0 when it is not listed.</summary>
    public int CuratedPriority(ReadOnlySpan<char> word) => _curated.TryGetValue(word, out byte priority) ? priority : 0;

    /// <summary>Whether <paramref name="word"/> is in the tesseract-ocr-urd word list.</summary>
    public bool InWordList(ReadOnlySpan<char> word) => _wordList.Contains(word);

    /// <summary>Reads the curated lists and the word list from the assembly's embedded resources.</summary>
    internal static DoChashmiLexicon Load()
    {
        Dictionary<string, Paradigm> paradigms = ParseParadigms(ReadResource(ParadigmsResource));
        var curated = new Dictionary<string, byte>(StringComparer.Ordinal);
        AddCurated(curated, ReadResource(AspiratedResource), paradigms);
        AddCurated(curated, ReadResource(HehGoalResource), paradigms);
        return new DoChashmiLexicon(
            curated.ToFrozenDictionary(StringComparer.Ordinal),
            ReadResource(WordListResource).ToFrozenSet(StringComparer.Ordinal),
            ReadResource(FunctionWordsResource).ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>Parses paradigm lines: <c>name TAB dropped-final-letter-or-dash TAB endings separated by spaces</c>.</summary>
    internal static Dictionary<string, Paradigm> ParseParadigms(IEnumerable<string> lines)
    {
        var paradigms = new Dictionary<string, Paradigm>(StringComparer.Ordinal);
        foreach (string line in lines)
        {
            string[] columns = line.Split('\t');
            if (columns.Length != 3)
            {
                throw new InvalidDataException($"Bad do-chashmi paradigm line '{line}'.");
            }

            string drop = columns[1] == "-" ? string.Empty : columns[1];
            paradigms[columns[0]] = new Paradigm(drop, columns[2].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }

        return paradigms;
    }

    /// <summary>Parses curated lines (<c>word[TAB paradigm[TAB priority]]</c>) and adds each word with its inflections.</summary>
    internal static void AddCurated(Dictionary<string, byte> into, IEnumerable<string> lines, Dictionary<string, Paradigm> paradigms)
    {
        foreach (string line in lines)
        {
            string[] columns = line.Split('\t');
            string word = columns[0];
            string paradigm = columns.Length > 1 ? columns[1] : string.Empty;
            byte priority = columns.Length > 2 && columns[2].Length > 0
                ? byte.Parse(columns[2], System.Globalization.CultureInfo.InvariantCulture)
                : (byte)1;
            Add(into, word, priority);
            if (paradigm.Length == 0)
            {
                continue;
            }

            if (!paradigms.TryGetValue(paradigm, out Paradigm? rule) || !word.EndsWith(rule.Drop, StringComparison.Ordinal))
            {
                throw new InvalidDataException($"Paradigm '{paradigm}' does not apply to do-chashmi word '{word}'.");
            }

            string stem = word[..^rule.Drop.Length];
            foreach (string ending in rule.Endings)
            {
                Add(into, stem + ending, priority);
            }
        }

        static void Add(Dictionary<string, byte> into, string form, byte priority)
        {
            if (!into.TryGetValue(form, out byte existing) || existing < priority)
            {
                into[form] = priority;
            }
        }
    }

    /// <summary>An inflection class: drop <see cref="Drop"/> from the end of the listed word, then add each ending.</summary>
    internal sealed record Paradigm(string Drop, string[] Endings);

    /// <summary>The non-empty, non-comment lines of an embedded data file.</summary>
    internal static IEnumerable<string> ReadResource(string name)
    {
        using Stream stream = typeof(DoChashmiLexicon).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from UrduText.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            line = line.TrimEnd();
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line;
            }
        }
    }

    private static class Holder
    {
        internal static readonly DoChashmiLexicon Value = Load();
    }
}
