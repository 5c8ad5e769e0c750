using System.Globalization;
using System.Text;

namespace UrduText.Generators;

/// <summary>
/// Writes src/UrduText/Normalization/Data/do-chashmi-tesseract-urd.txt for rule D2a: the words of the Apache-2.0
/// Urdu word list shipped in Debian's tesseract-ocr-urd that can tell ھ from ہ, that is, the words holding one of
/// them directly after an aspirable consonant. The raw list comes from tools/dochashmi/extract-tesseract-urd.sh
/// (combine_tessdata -u, then dawg2wordlist); this step only filters, sorts and records provenance, and prints the
/// per-consonant counts behind DoChashmi's default rule.
/// </summary>
internal static class DoChashmiWordListGenerator
{
    // Urdu letters as they appear in correctly spelled Urdu; a word with anything else (Arabic yeh/kaf/heh, marks,
    // bidi controls, ZWNJ) is either not Urdu or not clean enough to vote.
    const string UrduLetters =
        "\u0621\u0622\u0623\u0624\u0626\u0627\u0628\u067E\u062A\u0679\u062B\u062C\u0686\u062D\u062E\u062F\u0688\u0630" +
        "\u0631\u0691\u0632\u0698\u0633\u0634\u0635\u0636\u0637\u0638\u0639\u063A\u0641\u0642\u06A9\u06AF\u0644\u0645" +
        "\u0646\u06BA\u0648\u06BE\u06C1\u06C2\u06C3\u06CC\u06D2\u06D3";

    // ب پ ت ٹ ج چ د ڈ ر ڑ ک گ ل م ن
    internal const string Aspirable = "\u0628\u067E\u062A\u0679\u062C\u0686\u062F\u0688\u0631\u0691\u06A9\u06AF\u0644\u0645\u0646";

    public static int Run(string root, string[] args)
    {
        if (args.Length < 3)
        {
            Console.Error.WriteLine("usage: dochashmi-wordlist RAW_WORDS_FILE \"PACKAGE VERSION\" \"TRAINEDDATA VERSION\"");
            return 2;
        }

        string rawPath = args[0];
        string package = args[1];
        string dataVersion = args[2];
        var kept = new SortedSet<string>(StringComparer.Ordinal);
        int total = 0;
        foreach (string line in File.ReadLines(rawPath, Encoding.UTF8))
        {
            string word = line.Trim();
            if (word.Length == 0)
            {
                continue;
            }

            total++;
            if (IsCleanUrdu(word) && HasDecisiveHeh(word))
            {
                kept.Add(word);
            }
        }

        string output = Path.Combine(root, "src", "UrduText", "Normalization", "Data", "do-chashmi-tesseract-urd.txt");
        var text = new StringBuilder();
        text.Append("# Words of the Urdu word list in Debian's ").Append(package).Append(" (tessdata_fast, urd.traineddata ")
            .Append(dataVersion).Append(") that hold ھ or ہ\n")
            .Append("# directly after an aspirable consonant: ").Append(kept.Count.ToString(CultureInfo.InvariantCulture))
            .Append(" of its ").Append(total.ToString(CultureInfo.InvariantCulture)).Append(" words. Licence: Apache-2.0 (Copyright 2006-2022 Google Inc.).\n")
            .Append("# Fallback for rule D2a, see docs/do-chashmi.md and docs/data.md. Regenerate: tools/dochashmi/extract-tesseract-urd.sh\n");
        foreach (string word in kept)
        {
            text.Append(word).Append('\n');
        }

        File.WriteAllText(output, text.ToString(), new UTF8Encoding(false));
        Console.WriteLine($"wrote {output}: {kept.Count} of {total} words");
        PrintDefaultRuleCounts(kept);
        return 0;
    }

    static bool IsCleanUrdu(string word)
    {
        foreach (char c in word)
        {
            if (!UrduLetters.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    static bool HasDecisiveHeh(string word)
    {
        for (int i = 1; i < word.Length; i++)
        {
            if (word[i] is '\u06BE' or '\u06C1' && Aspirable.Contains(word[i - 1], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // The default rule of DoChashmi takes, for each consonant and position, the class most words of this list use.
    static void PrintDefaultRuleCounts(IEnumerable<string> words)
    {
        var counts = new Dictionary<(char Consonant, bool Final, char Heh), int>();
        foreach (string word in words)
        {
            for (int i = 1; i < word.Length; i++)
            {
                if (word[i] is '\u06BE' or '\u06C1' && Aspirable.Contains(word[i - 1], StringComparison.Ordinal))
                {
                    var key = (word[i - 1], i == word.Length - 1, word[i]);
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }

        Console.WriteLine("consonant\tmedial ھ\tmedial ہ\tfinal ھ\tfinal ہ");
        foreach (char c in Aspirable)
        {
            Console.WriteLine(string.Join('\t',
                c.ToString(),
                counts.GetValueOrDefault((c, false, '\u06BE')),
                counts.GetValueOrDefault((c, false, '\u06C1')),
                counts.GetValueOrDefault((c, true, '\u06BE')),
                counts.GetValueOrDefault((c, true, '\u06C1'))));
        }
    }
}
