using System.IO.Compression;
using System.Text;

namespace UrduText.Generators.Transliteration;

/// <summary>
/// Trains the Roman Urdu → Urdu model (<see cref="RomanUrduModel"/>) of the UrduText.Data package:
/// <list type="number">
/// <item>a lexicon: every lower-case spelling of the Dakshina train split → its Urdu words with ln P(word | spelling) from
/// the attestation counts;</item>
/// <item>a joint-sequence model: each (spelling, word) pair aligned by EM into units of 1–3 Latin letters and 0–2 Urdu
/// letters, then an order-4 Kneser–Ney model over the unit sequences (the same estimator as the Urdu → Latin model);</item>
/// <item>a word bigram model over Urdu text (the Dakshina Wikipedia sample less its last 1,000 lines), plus every train-split
/// Urdu word, for choosing among candidates in running text and rewarding decoded spellings that are real words.</item>
/// </list>
/// The reward for a known word is tuned on the dev split (the only use of dev). Run:
/// <c>dotnet run --project tools/UrduText.Generators -c Release -- roman-urdu-model [--data ../shared/data] [--out FILE]</c>.
/// </summary>
internal static class RomanUrduTrainer
{
    const int MaxLatinUnit = 3;
    const int MaxUrduUnit = 2;
    const int EmIterations = 6;
    const int Order = 4;
    const int LexiconWidth = 6;
    const float LanguageModelWeight = 1.0f;
    const float BackoffPenalty = -0.916f; // ln 0.4, stupid backoff
    const double GazetteerWeight = 3;

    /// <summary>Lines at the end of the Wikipedia sample kept out of the word model (the running-text test uses them).</summary>
    const int HeldOutLines = 1000;

    public static int Run(string root, string[] args)
    {
        string data = Path.Combine(root, "..", "shared", "data");
        string output = Path.Combine(root, "src", "UrduText.Data", "Data", "roman-urdu.bin");
        for (int i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--data": data = args[i + 1]; break;
                case "--out": output = args[i + 1]; break;
                default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
            }
        }

        string dakshina = Path.Combine(data, "dakshina-ur");
        var pairs = ReadPairs(Path.Combine(dakshina, "ur.translit.sampled.train.tsv"));
        Console.WriteLine($"train pairs: {pairs.Count}");

        // 1. Lexicon (plus the gazetteer's names and common words, word by word, so that Urdu → Readable → Urdu returns
        // the gazetteer's spelling; loanwords are left out: they are English and stay English).
        int gazetteerPairs = 0;
        foreach (var (urdu, latin, type) in Gazetteer.LoadEmbedded())
        {
            if (type is "loanword" or "acronym-letter" or "media")
            {
                continue;
            }

            string[] u = urdu.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            string[] l = latin.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (u.Length != l.Length)
            {
                continue;
            }

            for (int i = 0; i < u.Length; i++)
            {
                string? uw = UrduWord(u[i]);
                string lw = LatinWord(l[i]);
                if (uw is not null && lw.Length > 0)
                {
                    pairs.Add(new Pair(uw, lw, GazetteerWeight));
                    gazetteerPairs++;
                }
            }
        }

        Console.WriteLine($"gazetteer word pairs: {gazetteerPairs}");
        var lexicon = new SortedDictionary<string, List<(string Urdu, float LogProb)>>(StringComparer.Ordinal);
        foreach (var group in pairs.GroupBy(p => p.Latin))
        {
            double total = group.Sum(p => p.Count);
            lexicon[group.Key] = [.. group.GroupBy(p => p.Urdu)
                .Select(g => (g.Key, (float)Math.Log(g.Sum(p => p.Count) / total)))
                .OrderByDescending(e => e.Item2).ThenBy(e => e.Key, StringComparer.Ordinal).Take(LexiconWidth)];
        }

        // 2. Alignment and the unit model.
        var units = new Dictionary<(string Latin, string Urdu), int>();
        var unitList = new List<(string Latin, string Urdu)> { ("", ""), ("", "") };
        var sequences = new List<(int[] Symbols, double Weight)>();
        var aligner = new Aligner();
        for (int it = 0; it < EmIterations; it++)
        {
            double ll = aligner.Iterate(pairs);
            Console.WriteLine($"EM {it + 1}: log-likelihood {ll:0.0}");
        }

        int unaligned = 0;
        foreach (var p in pairs)
        {
            var path = aligner.Best(p.Latin, p.Urdu);
            if (path is null)
            {
                unaligned++;
                continue;
            }

            var symbols = new int[path.Count];
            for (int i = 0; i < path.Count; i++)
            {
                if (!units.TryGetValue(path[i], out int id))
                {
                    units[path[i]] = id = unitList.Count;
                    unitList.Add(path[i]);
                }

                symbols[i] = id;
            }

            sequences.Add((symbols, p.Count));
        }

        Console.WriteLine($"units: {unitList.Count - 2}, unaligned pairs: {unaligned}");
        var kn = KneserNey.Train(sequences, Order, unitList.Count);

        // 3. Word model.
        var unigram = new Dictionary<string, double>(StringComparer.Ordinal);
        var bigram = new Dictionary<(string, string), double>();
        // The Wikipedia sample without its last HeldOutLines lines; the shared corpus is test text too, so it is not used.
        string[] wiki = File.ReadAllLines(Path.Combine(dakshina, "ur.wiki-text.sample.txt"));
        {
            foreach (string line in wiki.AsSpan(0, Math.Max(0, wiki.Length - HeldOutLines)))
            {
                string? previous = null;
                foreach (string raw in line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
                {
                    string? word = UrduWord(raw);
                    if (word is null)
                    {
                        previous = null;
                        continue;
                    }

                    unigram[word] = unigram.GetValueOrDefault(word) + 1;
                    if (previous is not null)
                    {
                        bigram[(previous, word)] = bigram.GetValueOrDefault((previous, word)) + 1;
                    }

                    previous = IsSentenceEnd(raw) ? null : word;
                }
            }
        }

        foreach (var p in pairs)
        {
            unigram[p.Urdu] = unigram.GetValueOrDefault(p.Urdu) + 0.5 / 8; // known word, tiny mass
        }

        string[] words = [.. unigram.Keys.Order(StringComparer.Ordinal)];
        var wordId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < words.Length; i++)
        {
            wordId[words[i]] = i;
        }

        double tokens = unigram.Values.Sum();
        float[] unigramLog = [.. words.Select(w => (float)Math.Log(unigram[w] / tokens))];
        var bigramLog = new SortedDictionary<ulong, float>();
        foreach (var ((a, b), c) in bigram)
        {
            if (c >= 2)
            {
                bigramLog[(ulong)(uint)wordId[a] << 32 | (uint)wordId[b]] = (float)Math.Log(c / unigram[a]);
            }
        }

        Console.WriteLine($"word model: {words.Length} words, {bigramLog.Count} bigrams (count >= 2), {tokens:0} tokens");

        // 4. Write, then tune the known-word reward on dev.
        string dev = Path.Combine(dakshina, "ur.translit.sampled.dev.tsv");
        var devPairs = ReadPairs(dev);
        float bestBonus = 0;
        double bestAccuracy = -1;
        foreach (float bonus in new[] { 0f, 2f, 3f, 4f })
        {
            byte[] model = Write(unitList, kn, lexicon, words, unigramLog, bigramLog, bonus);
            var loaded = RomanUrduModel.Load(new MemoryStream(model));
            double accuracy = DevTop1(loaded, devPairs);
            Console.WriteLine($"known-word reward {bonus}: dev model top-1 {accuracy:P1}");
            if (accuracy > bestAccuracy)
            {
                bestAccuracy = accuracy;
                bestBonus = bonus;
            }
        }

        File.WriteAllBytes(output, Write(unitList, kn, lexicon, words, unigramLog, bigramLog, bestBonus));
        Console.WriteLine($"wrote {output} (known-word reward {bestBonus}, {new FileInfo(output).Length} bytes)");
        return 0;
    }

    static double DevTop1(RomanUrduModel model, List<Pair> dev)
    {
        Span<DecodedCandidate> decoded = stackalloc DecodedCandidate[RomanUrduModel.BeamWidth];
        var text = new char[RomanUrduModel.BeamWidth * RomanUrduModel.MaxWordLetters * 2];
        double right = 0, total = 0;
        foreach (var p in dev)
        {
            total += 1;
            if (p.Latin.Length > RomanUrduModel.MaxWordLetters)
            {
                continue;
            }

            int found = model.Decode(p.Latin, text, decoded);
            if (found > 0 && text.AsSpan(decoded[0].Start, decoded[0].Length).SequenceEqual(p.Urdu))
            {
                right += 1;
            }
        }

        return right / total;
    }

    static byte[] Write(List<(string Latin, string Urdu)> units, KneserNey kn, SortedDictionary<string, List<(string Urdu, float LogProb)>> lexicon,
        string[] words, float[] unigram, SortedDictionary<ulong, float> bigram, float bonus)
    {
        var memory = new MemoryStream();
        using (var z = new DeflateStream(memory, CompressionLevel.SmallestSize, leaveOpen: true))
        using (var w = new BinaryWriter(z, Encoding.UTF8))
        {
            w.Write("UTRU1"u8);
            w.Write("dakshina-ur roman→urdu v1");
            w.Write("CC-BY-SA-4.0");
            w.Write(bonus);
            w.Write(LanguageModelWeight);
            w.Write(BackoffPenalty);
            w.Write7BitEncodedInt(units.Count);
            foreach (var (latin, urdu) in units)
            {
                w.Write(latin);
                w.Write(urdu);
            }

            w.Write7BitEncodedInt(kn.Order);
            w.Write(kn.Floor);
            for (int k = 0; k < kn.Order; k++)
            {
                WriteTable(w, kn.LogProbs[k]);
                WriteTable(w, kn.Backoffs[k]);
            }

            w.Write7BitEncodedInt(lexicon.Count);
            foreach (var (latin, entries) in lexicon)
            {
                w.Write(latin);
                w.Write7BitEncodedInt(entries.Count);
                foreach (var (urdu, logProb) in entries)
                {
                    w.Write(urdu);
                    w.Write(logProb);
                }
            }

            w.Write7BitEncodedInt(words.Length);
            for (int i = 0; i < words.Length; i++)
            {
                w.Write(words[i]);
                w.Write(unigram[i]);
            }

            w.Write7BitEncodedInt(bigram.Count);
            foreach (var (key, value) in bigram)
            {
                w.Write(key);
                w.Write(value);
            }
        }

        return memory.ToArray();
    }

    static void WriteTable(BinaryWriter w, Dictionary<string, float> table)
    {
        w.Write7BitEncodedInt(table.Count);
        foreach (var (key, value) in table.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            ulong packed = 0;
            foreach (char c in key)
            {
                packed = packed << 16 | c;
            }

            w.Write(packed);
            w.Write(value);
        }
    }

    internal sealed record Pair(string Urdu, string Latin, double Count);

    /// <summary>Reads a Dakshina lexicon file as (normalized Urdu, lower-case a–z spelling, attestations).</summary>
    internal static List<Pair> ReadPairs(string path)
    {
        var result = new List<Pair>();
        foreach (var (urdu, latin, count) in TrainingData.ReadDakshina(path))
        {
            string? u = UrduWord(urdu);
            string l = LatinWord(latin);
            if (u is not null && l.Length > 0)
            {
                result.Add(new Pair(u, l, count));
            }
        }

        return result;
    }

    /// <summary>The spelling's ASCII letters, lower-cased.</summary>
    internal static string LatinWord(string latin)
    {
        var sb = new StringBuilder(latin.Length);
        foreach (char c in latin)
        {
            if (char.IsAsciiLetter(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// A token normalized with <see cref="UrduNormalizer.Default"/>, its diacritics and any non-letters dropped; null when
    /// no Arabic-script letter is left.
    /// </summary>
    internal static string? UrduWord(string token)
    {
        string n = UrduNormalizer.Default.Normalize(token);
        var sb = new StringBuilder(n.Length);
        foreach (char c in n)
        {
            if (c is >= '\u0621' and <= '\u064A' or >= '\u066E' and <= '\u06D3' && c != '\u0640' && !(c is >= '\u064B' and <= '\u065F') && c != '\u0670')
            {
                sb.Append(c);
            }
        }

        return sb.Length == 0 ? null : sb.ToString();
    }

    static bool IsSentenceEnd(string raw) => raw.EndsWith('۔') || raw.EndsWith('؟') || raw.EndsWith('.') || raw.EndsWith('!') || raw.EndsWith('?');

    /// <summary>Many-to-many EM alignment of (Latin, Urdu) pairs into units of 1–3 Latin and 0–2 Urdu letters.</summary>
    sealed class Aligner
    {
        Dictionary<(string, string), double> _prob = [];

        double Prob(string latin, string urdu) =>
            _prob.Count == 0 ? 1.0 : _prob.TryGetValue((latin, urdu), out double p) ? p : 0;

        public double Iterate(List<Pair> pairs)
        {
            var counts = new Dictionary<(string, string), double>();
            double ll = 0;
            foreach (var pair in pairs)
            {
                string l = pair.Latin, u = pair.Urdu;
                int n = l.Length, m = u.Length;
                var alpha = new double[n + 1, m + 1];
                var beta = new double[n + 1, m + 1];
                alpha[0, 0] = 1;
                for (int i = 0; i <= n; i++)
                {
                    for (int j = 0; j <= m; j++)
                    {
                        if (alpha[i, j] == 0)
                        {
                            continue;
                        }

                        for (int a = 1; a <= MaxLatinUnit && i + a <= n; a++)
                        {
                            for (int b = 0; b <= MaxUrduUnit && j + b <= m; b++)
                            {
                                double p = Prob(l.Substring(i, a), u.Substring(j, b));
                                if (p > 0)
                                {
                                    alpha[i + a, j + b] += alpha[i, j] * p;
                                }
                            }
                        }
                    }
                }

                double total = alpha[n, m];
                if (total <= 0)
                {
                    continue;
                }

                ll += pair.Count * Math.Log(total);
                beta[n, m] = 1;
                for (int i = n; i >= 0; i--)
                {
                    for (int j = m; j >= 0; j--)
                    {
                        if (i == n && j == m)
                        {
                            continue;
                        }

                        double sum = 0;
                        for (int a = 1; a <= MaxLatinUnit && i + a <= n; a++)
                        {
                            for (int b = 0; b <= MaxUrduUnit && j + b <= m; b++)
                            {
                                double p = Prob(l.Substring(i, a), u.Substring(j, b));
                                if (p > 0)
                                {
                                    sum += p * beta[i + a, j + b];
                                }
                            }
                        }

                        beta[i, j] = sum;
                    }
                }

                for (int i = 0; i <= n; i++)
                {
                    for (int j = 0; j <= m; j++)
                    {
                        if (alpha[i, j] == 0)
                        {
                            continue;
                        }

                        for (int a = 1; a <= MaxLatinUnit && i + a <= n; a++)
                        {
                            for (int b = 0; b <= MaxUrduUnit && j + b <= m; b++)
                            {
                                var key = (l.Substring(i, a), u.Substring(j, b));
                                double p = Prob(key.Item1, key.Item2);
                                if (p > 0)
                                {
                                    double posterior = alpha[i, j] * p * beta[i + a, j + b] / total;
                                    if (posterior > 0)
                                    {
                                        counts[key] = counts.GetValueOrDefault(key) + pair.Count * posterior;
                                    }
                                }
                            }
                        }
                    }
                }
            }

            double sumCounts = counts.Values.Sum();
            _prob = counts.Where(c => c.Value >= 1e-3).ToDictionary(c => c.Key, c => c.Value / sumCounts);
            return ll;
        }

        /// <summary>The most probable segmentation of a pair, or null when none exists.</summary>
        public List<(string Latin, string Urdu)>? Best(string l, string u)
        {
            int n = l.Length, m = u.Length;
            var score = new double[n + 1, m + 1];
            var back = new (int A, int B)[n + 1, m + 1];
            for (int i = 0; i <= n; i++)
            {
                for (int j = 0; j <= m; j++)
                {
                    score[i, j] = double.NegativeInfinity;
                }
            }

            score[0, 0] = 0;
            for (int i = 0; i <= n; i++)
            {
                for (int j = 0; j <= m; j++)
                {
                    if (double.IsNegativeInfinity(score[i, j]))
                    {
                        continue;
                    }

                    for (int a = 1; a <= MaxLatinUnit && i + a <= n; a++)
                    {
                        for (int b = 0; b <= MaxUrduUnit && j + b <= m; b++)
                        {
                            double p = Prob(l.Substring(i, a), u.Substring(j, b));
                            if (p > 0 && score[i, j] + Math.Log(p) > score[i + a, j + b])
                            {
                                score[i + a, j + b] = score[i, j] + Math.Log(p);
                                back[i + a, j + b] = (a, b);
                            }
                        }
                    }
                }
            }

            if (double.IsNegativeInfinity(score[n, m]))
            {
                return null;
            }

            var path = new List<(string, string)>();
            for (int i = n, j = m; i > 0;)
            {
                var (a, b) = back[i, j];
                path.Add((l.Substring(i - a, a), u.Substring(j - b, b)));
                i -= a;
                j -= b;
            }

            path.Reverse();
            return path;
        }
    }
}
