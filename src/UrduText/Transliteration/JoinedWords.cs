using System.Linq;

namespace UrduText;

/// <summary>
/// Words written without the space after a non-joining letter, where the space is invisible (کرلیا = کر لیا, جاسکتا =
/// جا سکتا): an unknown word that is a known word followed by a light verb or auxiliary from
/// <c>Data/joined-auxiliaries.txt</c> is read as the two words. Words the gazetteer or the lexicon know are never split
/// (سردی is a word, not سر + دی), and the first part must end in a non-joining letter, so what the reader sees as two
/// words is what is split.
/// </summary>
internal static class JoinedWords
{
    static readonly HashSet<string> s_auxiliaries = Load();
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_lookup = s_auxiliaries.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Longest auxiliary, in key letters.</summary>
    static readonly int s_maxLength = s_auxiliaries.Max(a => a.Length);

    static HashSet<string> Load()
    {
        using Stream stream = typeof(JoinedWords).Assembly.GetManifestResourceStream("UrduText.Transliteration.joined-auxiliaries.txt")
            ?? throw new InvalidOperationException("The UrduText assembly was built without its joined-word list.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        Span<char> key = stackalloc char[32];
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                set.Add(key[..TranslitLetters.FoldKey(line.Trim(), key)].ToString());
            }
        }

        return set;
    }

    /// <summary>Letters after which Urdu script shows a word break whether or not a space is typed.</summary>
    static bool IsNonJoining(char folded) => folded is 'ا' or 'آ' or 'د' or 'ڈ' or 'ذ' or 'ر' or 'ڑ' or 'ز' or 'ژ' or 'و' or 'ؤ' or 'ے' or 'ۓ' or 'ء';

    /// <summary>
    /// The length of the first word when <paramref name="key"/> (folded letters of an unknown word) is a word the engine
    /// knows joined to an auxiliary; 0 otherwise. The longest auxiliary wins.
    /// </summary>
    public static int Split(ReadOnlySpan<char> key, ReadableEngine engine, Gazetteer g)
    {
        for (int right = Math.Min(s_maxLength, key.Length - 2); right >= 2; right--)
        {
            int split = key.Length - right;
            if (IsNonJoining(key[split - 1]) && s_lookup.Contains(key[split..]) && engine.KnownWord(key[..split], g) is not null)
            {
                return split;
            }
        }

        return 0;
    }
}
