using System.Threading;
using UrduText.Internal;

namespace UrduText;

/// <summary>
/// English sentences inside Roman Urdu text. Dakshina attests most everyday English words as Roman Urdu spellings (people
/// type them in Urdu chat), so a word-by-word rule cannot tell "please send the file" from Roman Urdu; a sentence can. A
/// stretch of text (up to a line break or a sentence end) is English when at least <see cref="MinWords"/> of its words,
/// and at least <see cref="MinPercent"/>% of them, are in <c>Data/english-words.txt</c> — a list that leaves out every word
/// that is also everyday Roman Urdu (the, is, to, in, me, main, par …), so Roman Urdu sentences almost never reach it.
/// </summary>
internal static class EnglishStretches
{
    /// <summary>Fewest listed words a stretch must have.</summary>
    public const int MinWords = 2;

    /// <summary>Smallest share of listed words among a stretch's words, in percent.</summary>
    public const int MinPercent = 15;

    /// <summary>Longest stretch judged at once; a longer run without a sentence end is cut at a space.</summary>
    public const int MaxLength = 1024;

    static readonly Lazy<HashSet<string>> s_words = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>True when <paramref name="lowerWord"/> (lower case) is in the English list.</summary>
    public static bool IsListed(ReadOnlySpan<char> lowerWord) => s_words.Value.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lowerWord);

    /// <summary>
    /// The end of the stretch that starts at <paramref name="start"/>: just after a line feed, or after a sentence end (. ! ?)
    /// followed by white space, or at the last white space before <see cref="MaxLength"/> characters, or the end.
    /// </summary>
    public static int End(ReadOnlySpan<char> source, int start)
    {
        int limit = Math.Min(source.Length, start + MaxLength);
        for (int i = start; i < limit; i++)
        {
            char c = source[i];
            if (c == '\n' || (c is '.' or '!' or '?' && i + 1 < source.Length && CharPredicates.IsWhiteSpace(source[i + 1])))
            {
                return i + 1;
            }
        }

        if (limit == source.Length)
        {
            return limit;
        }

        for (int i = limit - 1; i > start; i--)
        {
            if (CharPredicates.IsWhiteSpace(source[i]))
            {
                return i + 1;
            }
        }

        return char.IsHighSurrogate(source[limit - 1]) ? limit - 1 : limit;
    }

    /// <summary>True when <paramref name="stretch"/> reads as English (see the type's summary).</summary>
    public static bool IsEnglish(ReadOnlySpan<char> stretch)
    {
        Span<char> lower = stackalloc char[32];
        int words = 0, listed = 0;
        for (int i = 0; i < stretch.Length;)
        {
            if (!char.IsAsciiLetter(stretch[i]))
            {
                i++;
                continue;
            }

            int j = i + 1;
            while (j < stretch.Length && char.IsAsciiLetter(stretch[j]))
            {
                j++;
            }

            words++;
            if (j - i <= lower.Length)
            {
                stretch[i..j].ToLowerInvariant(lower);
                listed += IsListed(lower[..(j - i)]) ? 1 : 0;
            }

            i = j;
        }

        return listed >= MinWords && listed * 100 >= MinPercent * words;
    }

    static HashSet<string> Load()
    {
        using Stream stream = typeof(EnglishStretches).Assembly.GetManifestResourceStream("UrduText.Transliteration.english-words.txt")
            ?? throw new InvalidOperationException("The UrduText assembly was built without its English word list.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is string line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                set.Add(line.Trim());
            }
        }

        return set;
    }
}
