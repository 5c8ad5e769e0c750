using System.Diagnostics;
using System.Globalization;

namespace UrduText.TranslitEval;

/// <summary>
/// <c>--decode-speed [--data DIR] [--dump FILE]</c>: times the Roman Urdu spelling decoder alone (the path every unattested
/// word of running text takes) over the distinct Dakshina dev spellings, the way <see cref="RomanUrduConverter"/> calls it
/// (no memo, 16 candidates). The best of three passes, so another job on a shared machine costs less. <c>--dump</c> writes
/// every word's candidates and scores, to check that a faster decoder decodes exactly the same.
/// </summary>
internal static class DecodeSpeed
{
    public static int Run(string data, string? dump)
    {
        RomanUrduModel model = UrduTextData.RomanUrduConverter.Model!;
        var words = File.ReadLines(Path.Combine(data, "dakshina-ur", "ur.translit.sampled.dev.tsv"))
            .Select(l => l.Split('\t'))
            .Where(f => f.Length >= 2)
            .Select(f => f[1].ToLowerInvariant())
            .Where(w => w.Length is > 0 and <= RomanUrduModel.MaxWordLetters && w.All(char.IsAsciiLetterLower))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var text = new char[RomanUrduModel.BeamWidth * RomanUrduModel.MaxWordLetters * 2];
        var decoded = new DecodedCandidate[RomanUrduModel.BeamWidth];
        long letters = words.Sum(w => (long)w.Length);
        double best = double.MaxValue;
        for (int pass = 0; pass < 3; pass++)
        {
            var clock = Stopwatch.StartNew();
            foreach (string w in words)
            {
                model.Decode(w, text, decoded);
            }

            best = Math.Min(best, clock.Elapsed.TotalMicroseconds);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"decode: {words.Count} distinct dev spellings ({letters / (double)words.Count:F1} letters on average), best of 3 passes: {best / words.Count:F1} µs/word"));
        if (dump is not null)
        {
            using var writer = new StreamWriter(dump);
            foreach (string w in words)
            {
                int found = model.Decode(w, text, decoded);
                writer.Write(w);
                for (int i = 0; i < found; i++)
                {
                    writer.Write(string.Create(CultureInfo.InvariantCulture,
                        $"\t{new string(text, decoded[i].Start, decoded[i].Length)} {decoded[i].Score:R}"));
                }

                writer.WriteLine();
            }
        }

        return 0;
    }
}
