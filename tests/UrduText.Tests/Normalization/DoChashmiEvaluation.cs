using System.Globalization;
using System.Text;
using UrduText.Internal;

namespace UrduText.Tests.Normalization;

/// <summary>
/// Measures rule D2a on correctly spelled Urdu: every ھ and ہ of a word becomes Arabic heh U+0647, the word goes
/// through <see cref="DoChashmi.Resolve(Span{char}, DoChashmiLexicon)"/>, and the result is compared with the original letter by letter.
/// </summary>
internal sealed class DoChashmiEvaluation
{
    public int Words { get; private set; }
    public int AmbiguousWords { get; private set; }
    public int AmbiguousWordsCorrect { get; private set; }
    public int Hehs { get; private set; }
    public int HehsCorrect { get; private set; }
    public int AmbiguousHehs { get; private set; }
    public int AmbiguousHehsCorrect { get; private set; }

    /// <summary>Expected ھ, got ہ.</summary>
    public int DoChashmiAsHehGoal { get; private set; }

    /// <summary>Expected ہ, got ھ.</summary>
    public int HehGoalAsDoChashmi { get; private set; }

    /// <summary>Every wrongly resolved word (expected form), with how often it occurred.</summary>
    public Dictionary<string, int> Misses { get; } = new(StringComparer.Ordinal);

    public double AmbiguousHehAccuracy => (double)AmbiguousHehsCorrect / AmbiguousHehs;
    public double HehAccuracy => (double)HehsCorrect / Hehs;
    public double AmbiguousWordAccuracy => (double)AmbiguousWordsCorrect / AmbiguousWords;

    /// <summary>Words with an ambiguous heh, and how many were right, by the evidence that decided them.</summary>
    public Dictionary<DoChashmiEvidence, (int Words, int Correct)> ByEvidence { get; } = [];

    private readonly DoChashmiLexicon _lexicon;

    private DoChashmiEvaluation(DoChashmiLexicon lexicon) => _lexicon = lexicon;

    public static DoChashmiEvaluation Run(string text, DoChashmiLexicon? lexicon = null)
    {
        var evaluation = new DoChashmiEvaluation(lexicon ?? DoChashmiLexicon.Instance);
        int i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }

            evaluation.Add(text.AsSpan(start, i - start));
        }

        return evaluation;
    }

    // A word as the normalizer hands it over: a maximal run of Arabic-script letters and combining marks.
    private static bool IsWordChar(char c)
    {
        CharClass cls = CharClasses.Of(c);
        return CharClasses.IsArabicScriptLetter(cls) || cls == CharClass.CombiningMark;
    }

    private void Add(ReadOnlySpan<char> expected)
    {
        Words++;
        if (expected.IndexOfAny(DoChashmi.DoChashmiHeh, DoChashmi.HehGoal) < 0)
        {
            return;
        }

        char[] word = expected.ToArray();
        for (int k = 0; k < word.Length; k++)
        {
            if (word[k] is DoChashmi.DoChashmiHeh or DoChashmi.HehGoal)
            {
                word[k] = DoChashmi.ArabicHeh;
            }
        }

        DoChashmiEvidence evidence = DoChashmi.Resolve(word, _lexicon);
        bool hasAmbiguous = false;
        bool allCorrect = true;
        char previous = '\0';
        for (int k = 0; k < word.Length; k++)
        {
            char want = expected[k];
            if (CharClasses.Of(want) == CharClass.CombiningMark)
            {
                continue;
            }

            if (want is DoChashmi.DoChashmiHeh or DoChashmi.HehGoal)
            {
                bool ok = word[k] == want;
                Hehs++;
                HehsCorrect += ok ? 1 : 0;
                if (DoChashmi.IsAspirable(previous))
                {
                    hasAmbiguous = true;
                    AmbiguousHehs++;
                    AmbiguousHehsCorrect += ok ? 1 : 0;
                }

                if (!ok)
                {
                    allCorrect = false;
                    if (want == DoChashmi.DoChashmiHeh)
                    {
                        DoChashmiAsHehGoal++;
                    }
                    else
                    {
                        HehGoalAsDoChashmi++;
                    }
                }
            }

            previous = want;
        }

        if (hasAmbiguous)
        {
            AmbiguousWords++;
            AmbiguousWordsCorrect += allCorrect ? 1 : 0;
            (int words, int correct) = ByEvidence.GetValueOrDefault(evidence);
            ByEvidence[evidence] = (words + 1, correct + (allCorrect ? 1 : 0));
        }

        if (!allCorrect)
        {
            string key = expected.ToString() + " → " + new string(word);
            Misses[key] = Misses.GetValueOrDefault(key) + 1;
        }
    }

    public string Report(string name)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"{name}: {Words} words; ambiguous hehs {AmbiguousHehsCorrect}/{AmbiguousHehs} = {AmbiguousHehAccuracy:P2}; ")
            .Append(CultureInfo.InvariantCulture, $"all hehs {HehsCorrect}/{Hehs} = {HehAccuracy:P2}; ")
            .Append(CultureInfo.InvariantCulture, $"words with an ambiguous heh {AmbiguousWordsCorrect}/{AmbiguousWords} = {AmbiguousWordAccuracy:P2}; ")
            .Append(CultureInfo.InvariantCulture, $"errors ھ→ہ {DoChashmiAsHehGoal}, ہ→ھ {HehGoalAsDoChashmi}\n  decided by:");
        foreach ((DoChashmiEvidence evidence, (int words, int correct)) in ByEvidence.OrderBy(e => e.Key))
        {
            text.Append(CultureInfo.InvariantCulture, $" {evidence} {correct}/{words}");
        }

        text.Append('\n');
        foreach (KeyValuePair<string, int> miss in Misses.OrderByDescending(m => m.Value).ThenBy(m => m.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"  {miss.Value}× {miss.Key}\n");
        }

        return text.ToString();
    }
}
