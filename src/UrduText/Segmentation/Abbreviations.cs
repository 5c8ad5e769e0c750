using System.Collections.Frozen;
using UrduText.Internal;

namespace UrduText.Segmentation;

/// <summary>
/// The curated Latin abbreviations (<c>abbreviations.tsv</c>, embedded) after which a full stop does not end a sentence,
/// plus the rule for initials (<c>A.</c>, <c>U.S.</c>, <c>e.g.</c>).
/// </summary>
internal static class Abbreviations
{
    /// <summary>No listed abbreviation is longer than this, so the backward scan that finds a candidate is bounded.</summary>
    public const int MaxLength = 16;

    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_lookup = Load().GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="candidate"/> (letters and full stops, ending in a full stop) is a listed abbreviation or a run of initials.</summary>
    public static bool Contains(ReadOnlySpan<char> candidate) => IsInitials(candidate) || s_lookup.Contains(candidate);

    /// <summary>
    /// True when the Latin letters and full stops of the sentence that end at the <c>.</c> at <paramref name="i"/> form a
    /// listed abbreviation or initials, as a whole word (no letter, digit or <c>_</c> before them).
    /// </summary>
    public static bool EndsAt<TProbe>(ReadOnlySpan<char> text, int start, int i)
        where TProbe : struct, IScanProbe
    {
        int m = i;
        while (m > start && i - m < MaxLength)
        {
            char p = text[m - 1];
            if (p != '.' && CharClasses.Of(p) != CharClass.LatinLetter)
            {
                break;
            }

            m--;
        }

        TProbe.Visit(i - m + 1);
        while (m < i && text[m] == '.')
        {
            m++;
        }

        if (m > 0)
        {
            CharClass before = CharClasses.Of(text[m - 1]);
            if (CharClasses.IsLetter(before) || CharClasses.IsDigit(before) || before == CharClass.Connector)
            {
                return false;
            }
        }

        return Contains(text[m..(i + 1)]);
    }

    /// <summary>
    /// <c>X.</c> with X a capital, or two or more single letters each followed by a full stop (<c>U.S.</c>, <c>e.g.</c>):
    /// a lower-case single letter on its own (<c>a.</c>) is too often a word or a list item to be trusted.
    /// </summary>
    static bool IsInitials(ReadOnlySpan<char> candidate)
    {
        if (candidate.Length < 2 || (candidate.Length & 1) != 0)
        {
            return false;
        }

        for (int i = 0; i < candidate.Length; i += 2)
        {
            if (CharClasses.Of(candidate[i]) != CharClass.LatinLetter || candidate[i + 1] != '.')
            {
                return false;
            }
        }

        return candidate.Length >= 4 || char.IsUpper(candidate[0]);
    }

    static FrozenSet<string> Load()
    {
        using Stream stream = typeof(Abbreviations).Assembly.GetManifestResourceStream("UrduText.Segmentation.abbreviations.tsv")
            ?? throw new InvalidOperationException("The embedded abbreviation list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            string abbreviation = tab < 0 ? line : line[..tab];
            if (abbreviation.Length > MaxLength || !abbreviation.EndsWith('.'))
            {
                throw new InvalidOperationException($"Bad entry in abbreviations.tsv: '{abbreviation}'.");
            }

            set.Add(abbreviation);
        }

        return set.ToFrozenSet(StringComparer.Ordinal);
    }
}
