using System.Text;
using UrduText.Internal;

namespace UrduText.Tests.Transliteration;

/// <summary>Reads the gazetteer TSV files straight from the source tree and checks single fields.</summary>
internal static class GazetteerData
{
    public sealed record Line(int Number, string[] Columns);

    public sealed record Entry(int Line, string Urdu, string Latin, string Type);

    public sealed record UnseenName(int Line, string Urdu, string[] Accepted, string Origin);

    static readonly Lazy<string> RepositoryRoot = new(FindRepositoryRoot);

    public static string Directory => Path.Combine(RepositoryRoot.Value, "src", "UrduText", "Transliteration", "Data", "gazetteer");

    public static string UnseenNamesPath => Path.Combine(RepositoryRoot.Value, "tests", "UrduText.Tests", "TestData", "translit-unseen-names.tsv");

    public static string EstablishedSpellingsPath => Path.Combine(RepositoryRoot.Value, "tests", "UrduText.Tests", "TestData", "gazetteer-established-spellings.tsv");

    public static IEnumerable<Line> ReadRaw(string file) => ReadLines(Path.Combine(Directory, file));

    /// <summary>The reviewed rows whose Latin side legitimately reads far from the Urdu letters: (line, urdu, latin, why).</summary>
    public static IEnumerable<Line> ReadEstablishedSpellings() => ReadLines(EstablishedSpellingsPath);

    public static IEnumerable<Entry> Read(string file) =>
        ReadRaw(file).Where(l => l.Columns.Length == 3).Select(l => new Entry(l.Number, l.Columns[0], l.Columns[1], l.Columns[2]));

    /// <summary>The preferred (first) Latin form of every key.</summary>
    public static Dictionary<string, string> Preferred(string file)
    {
        Dictionary<string, string> map = new(StringComparer.Ordinal);
        foreach (Entry e in Read(file))
        {
            map.TryAdd(e.Urdu, e.Latin);
        }

        return map;
    }

    public static IEnumerable<UnseenName> ReadUnseen() =>
        ReadLines(UnseenNamesPath).Select(l => new UnseenName(
            l.Number,
            l.Columns[0],
            l.Columns.Length > 1 ? l.Columns[1].Split('|') : [],
            l.Columns.Length > 2 ? l.Columns[2] : ""));

    static IEnumerable<Line> ReadLines(string path)
    {
        int number = 0;
        foreach (string line in File.ReadLines(path, Encoding.UTF8))
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            yield return new Line(number, line.Split('\t'));
        }
    }

    /// <summary>Null when the Urdu side follows the contract, else the reason.</summary>
    public static string? CheckUrdu(string urdu)
    {
        if (urdu.Length == 0)
        {
            return "empty";
        }

        if (urdu[0] == ' ' || urdu[^1] == ' ' || urdu.Contains("  ", StringComparison.Ordinal))
        {
            return "leading, trailing or double space";
        }

        bool hasLetter = false;
        foreach (char c in urdu)
        {
            CharClass cls = CharClasses.Of(c);
            switch (cls)
            {
                case CharClass.UrduLetter:
                    hasLetter = true;
                    break;
                case CharClass.Space when c == ' ':
                    break;
                case CharClass.CombiningMark when IsAllowedMark(c):
                    break;
                default:
                    return $"U+{(int)c:X4} is {cls}";
            }
        }

        return hasLetter ? null : "no Urdu letter";
    }

    /// <summary>Harakat kept only where they tell readings apart or are standard spelling (zabar, zer, pesh, shadda, jazm, superscript alef, and the tanween of تقریباً).</summary>
    static bool IsAllowedMark(char c) => c is '\u064B' or (>= '\u064E' and <= '\u0652') or '\u0670';

    /// <summary>Null when the Latin side is a plausible written name or word, else the reason.</summary>
    public static string? CheckLatin(string latin)
    {
        if (latin.Length == 0)
        {
            return "empty";
        }

        if (latin[0] == ' ' || latin[^1] == ' ' || latin.Contains("  ", StringComparison.Ordinal))
        {
            return "leading, trailing or double space";
        }

        if (!char.IsAsciiLetter(latin[0]) && !char.IsAsciiDigit(latin[0]))
        {
            return "does not start with a letter or digit";
        }

        foreach (char c in latin)
        {
            bool ok = CharClasses.Of(c) == CharClass.LatinLetter || char.IsAsciiDigit(c) || c is ' ' or '-' or '\'' or '.' or '&';
            if (!ok)
            {
                return $"U+{(int)c:X4} is not allowed";
            }
        }

        return null;
    }

    /// <summary>Removes the harakat, as the Search normalization profile does before lookup.</summary>
    public static string StripMarks(string urdu)
    {
        StringBuilder sb = new(urdu.Length);
        foreach (char c in urdu)
        {
            if (CharClasses.Of(c) != CharClass.CombiningMark)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>The comparison key the engine's fuzzy matching is most forgiving about: no marks and no spaces.</summary>
    public static string LooseKey(string urdu) => StripMarks(urdu).Replace(" ", "", StringComparison.Ordinal);

    /// <summary>Runs of Urdu letters and marks in running text.</summary>
    public static IEnumerable<string> UrduWords(string text)
    {
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool inWord = i < text.Length && CharClasses.Of(text[i]) is CharClass.UrduLetter or CharClass.ArabicLetter or CharClass.CombiningMark;
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }

    static string FindRepositoryRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "UrduText.sln")))
        {
            dir = Path.GetDirectoryName(dir.TrimEnd(Path.DirectorySeparatorChar));
        }

        return dir ?? throw new InvalidOperationException("The tests read the gazetteer from the source tree; run them inside the repository.");
    }
}
