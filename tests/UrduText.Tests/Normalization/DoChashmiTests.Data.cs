using System.Text;
using UrduText.Internal;

namespace UrduText.Tests.Normalization;

public partial class DoChashmiTests
{
    private static IEnumerable<string> CuratedSourceWords()
        => DoChashmiLexicon.ReadResource(DoChashmiLexicon.AspiratedResource)
            .Concat(DoChashmiLexicon.ReadResource(DoChashmiLexicon.HehGoalResource))
            .Select(line => line.Split('\t')[0]);

    [Fact]
    public void Lexicon_CuratedEntries_AreSingleUrduWordsWithADecisiveHeh()
    {
        var bad = new List<string>();
        foreach (string word in CuratedSourceWords())
        {
            bool clean = word.All(c => CharClasses.Of(c) == CharClass.UrduLetter);
            bool decisive = Enumerable.Range(1, word.Length - 1)
                .Any(i => word[i] is DoChashmi.DoChashmiHeh or DoChashmi.HehGoal && DoChashmi.IsAspirable(word[i - 1]));
            if (!clean || !decisive)
            {
                bad.Add(word);
            }
        }

        bad.Should().BeEmpty("every curated entry must be one Urdu word that holds ھ or ہ after an aspirable consonant");
    }

    // Two listed readings of one Arabic-heh spelling with the same priority would be settled by enumeration order,
    // not by the data: the lists must say which is the common word.
    [Fact]
    public void Lexicon_CuratedReadingsOfOneSpelling_NeverTie()
    {
        var groups = new Dictionary<string, List<(string Word, byte Priority)>>(StringComparer.Ordinal);
        foreach ((string word, byte priority) in DoChashmiLexicon.Instance.Curated)
        {
            string key = ToArabicHeh(word);
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }

            list.Add((word, priority));
        }

        var ties = new StringBuilder();
        foreach (var group in groups.Values.Where(g => g.Count > 1))
        {
            byte top = group.Max(g => g.Priority);
            if (group.Count(g => g.Priority == top) > 1)
            {
                ties.AppendLine(string.Join(" = ", group.Where(g => g.Priority == top).Select(g => $"{g.Word} ({g.Priority})")));
            }
        }

        ties.ToString().Should().BeEmpty();
    }

    [Fact]
    public void Lexicon_WordList_IsFilteredAndSorted()
    {
        var words = DoChashmiLexicon.ReadResource(DoChashmiLexicon.WordListResource).ToList();
        words.Should().HaveCountGreaterThan(1000).And.OnlyHaveUniqueItems();
        words.Should().BeInAscendingOrder(StringComparer.Ordinal);
        words.Should().OnlyContain(w => w.All(c => CharClasses.Of(c) == CharClass.UrduLetter));
    }

    // The default rule in code must stay the majority of the word list it is documented to come from.
    [Fact]
    public void DefaultIsDoChashmi_MatchesWordListMajority()
    {
        var counts = new Dictionary<(char, bool, bool), (int DoChashmi, int HehGoal)>();
        foreach (string word in DoChashmiLexicon.Instance.WordList)
        {
            for (int i = 1; i < word.Length; i++)
            {
                if (word[i] is DoChashmi.DoChashmiHeh or DoChashmi.HehGoal && DoChashmi.IsAspirable(word[i - 1]))
                {
                    bool final = i == word.Length - 1;
                    var key = (word[i - 1], final, !final && DoChashmi.IsVowelLetter(word[i + 1]));
                    (int d, int h) = counts.GetValueOrDefault(key);
                    counts[key] = word[i] == DoChashmi.DoChashmiHeh ? (d + 1, h) : (d, h + 1);
                }
            }
        }

        foreach (((char consonant, bool final, bool vowel), (int d, int h)) in counts)
        {
            // A representative next letter for the class: alef for a vowel, seen for a consonant.
            char next = final ? '\0' : vowel ? '\u0627' : '\u0633';
            if (d != h)
            {
                DoChashmi.DefaultIsDoChashmi(consonant, next).Should().Be(d > h,
                    $"after {consonant} ({(final ? "final" : vowel ? "before a vowel letter" : "before a consonant")}) the list has {d} ھ and {h} ہ");
            }
        }
    }

    private static string ToArabicHeh(string word)
    {
        char[] chars = word.ToCharArray();
        for (int i = 1; i < chars.Length; i++)
        {
            if (chars[i] is DoChashmi.DoChashmiHeh or DoChashmi.HehGoal && DoChashmi.IsAspirable(chars[i - 1]))
            {
                chars[i] = DoChashmi.ArabicHeh;
            }
        }

        return new string(chars);
    }
}
