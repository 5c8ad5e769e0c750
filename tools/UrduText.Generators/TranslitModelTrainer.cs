using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace UrduText.Generators;

/// <summary>
/// Trains the Readable scheme's statistical fallback and writes src/UrduText/Transliteration/Data/translit-model.bin:
/// <list type="number">
/// <item>name pairs from the TRAIN splits only (Wikidata wd_arabic_80, Google ar2en-train + ar2en-eval, and the person/place
/// entries of the curated gazetteer), Urdu side folded with <see cref="TranslitLetters"/>, Latin side lower-cased ASCII;</item>
/// <item>EM alignment, each Urdu letter → 0–3 Latin letters (forward–backward over the alignment lattice);</item>
/// <item>a joint-sequence n-gram over the aligned (letter, Latin) units, interpolated absolute discounting;</item>
/// <item>a character n-gram of the Latin names, used to rerank the k-best list.</item>
/// </list>
/// The file is a deflate stream of sorted, delta-coded n-gram keys with quantized log-probabilities (format in
/// src/UrduText/Transliteration/NgramTable.cs).
/// </summary>
internal static class TranslitModelTrainer
{
    const int MaxLatin = 3;
    const int JointOrder = 5;
    const int CharOrder = 6;
    const int EmIterations = 6;

    /// <summary>
    /// Weight of a curated name token against one Arabic-orthography pair. The curated names are the target domain
    /// (Pakistani spellings: Naeem, Saleem, Zahid rather than Naim, Salem, Zahed), the corpora are mostly not.
    /// </summary>
    const int CuratedWeight = 20;

    /// <summary>Weight of a training-only Pakistani given name (tuned on a third of that list held out, see docs).</summary>
    const int GivenNameWeight = 20;

    public static int Run(string root, string[] args)
    {
        string data = Path.Combine(root, "..", "shared", "data");
        string output = Path.Combine(root, "src/UrduText/Transliteration/Data/translit-model.bin");
        bool dev = false;
        string givenNames = Path.Combine(root, "tools/UrduText.Generators/SourceData/pakistani-given-names.tsv");
        int givenWeight = GivenNameWeight;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--data": data = args[++i]; break;
                case "--out": output = args[++i]; break;
                case "--given-names": givenNames = args[++i]; break; // tuning: train on a part of the list
                case "--given-weight": givenWeight = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--dev": dev = true; break; // train on wd_arabic_64 + ar2en-train only, so _16 / ar2en-eval stay usable for tuning
                default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
            }
        }

        if (!dev)
        {
            WriteGold(root, data);
        }

        var pairs = new List<(string Urdu, string Latin, int Weight)>();
        string wd = Path.Combine(data, "wikidata-arabic-names", dev ? "wd_arabic_64" : "wd_arabic_80");
        foreach (string line in File.ReadLines(wd))
        {
            string[] f = line.Split('\t');
            if (f.Length >= 2)
            {
                Add(pairs, f[1].Replace(" ", "", StringComparison.Ordinal), f[0], 1);
            }
        }

        int wdCount = pairs.Count;
        var ar2en = new List<string> { "ar2en-train.txt" };
        if (!dev)
        {
            ar2en.Add("ar2en-eval.txt");
        }

        foreach (string file in ar2en)
        {
            foreach (string line in File.ReadLines(Path.Combine(data, "google-ar2en", file)))
            {
                string[] f = line.Split('\t');
                if (f.Length >= 2)
                {
                    Add(pairs, f[0], f[1], 1);
                }
            }
        }

        int arCount = pairs.Count - wdCount;
        // Curated names are Urdu spellings of the names the library is for, so they count more than the Arabic-orthography pairs.
        int gazCount = 0;
        string gazDir = Path.Combine(root, "src/UrduText/Transliteration/Data/gazetteer");
        if (Directory.Exists(gazDir))
        {
            foreach (string file in Directory.GetFiles(gazDir, "*.tsv").Order(StringComparer.Ordinal))
            {
                foreach (string line in File.ReadLines(file))
                {
                    if (line.Length == 0 || line[0] == '#')
                    {
                        continue;
                    }

                    string[] f = line.Split('\t');
                    if (f.Length < 3 || f[2] is not ("person" or "place" or "country"))
                    {
                        continue;
                    }

                    string[] u = f[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    string[] l = f[1].Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
                    if (u.Length == l.Length)
                    {
                        for (int k = 0; k < u.Length; k++)
                        {
                            int before = pairs.Count;
                            Add(pairs, u[k], l[k], CuratedWeight);
                            gazCount += pairs.Count - before;
                        }
                    }
                }
            }
        }

        // Training-only Pakistani given names (SourceData/pakistani-given-names.tsv): the South Asian spelling conventions.
        if (File.Exists(givenNames))
        {
            foreach (string line in File.ReadLines(givenNames))
            {
                string[] f = line.Split('\t');
                if (line.Length > 0 && line[0] != '#' && f.Length >= 2)
                {
                    int before = pairs.Count;
                    Add(pairs, f[0].Trim(), f[1].Trim(), givenWeight);
                    gazCount += pairs.Count - before;
                }
            }
        }

        Console.WriteLine($"pairs: {pairs.Count} (wikidata {wdCount}, ar2en {arCount}, curated tokens {gazCount})");

        // Alphabet of folded Urdu letters.
        var letters = pairs.SelectMany(p => p.Urdu).Distinct().Order().ToArray();
        var letterIndex = new Dictionary<char, int>();
        for (int i = 0; i < letters.Length; i++)
        {
            letterIndex[letters[i]] = i;
        }

        // Curated rows include translations (وزیر اعظم ہاؤس → Prime Minister House), which are not transliterations.
        // EM first on the name-pair corpora, then keep a curated token only if it aligns about as well as they do.
        var corpus = pairs.Where(p => p.Weight == 1).ToList();
        double[][] prob = Em(corpus, letterIndex, EmIterations);
        int allPairs = pairs.Count;
        pairs = pairs.Where(p => p.Weight != CuratedWeight || AlignmentScore(p.Urdu, p.Latin, prob, letterIndex) > -3.0).ToList();
        Console.WriteLine($"curated tokens kept after the alignment check: {gazCount - (allPairs - pairs.Count)} of {gazCount}");
        prob = Em(pairs, letterIndex, 2, prob);

        // Viterbi alignment into unit sequences.
        var unitIds = new Dictionary<(char, string), int>();
        var units = new List<(char U, string L)> { ('\0', "<s>"), ('\0', "</s>") };
        var sequences = new List<(int[] Units, int Weight)>();
        foreach (var (urdu, latin, weight) in pairs)
        {
            var path = Viterbi(urdu, latin, prob, letterIndex);
            if (path is null)
            {
                continue;
            }

            var seq = new int[path.Count];
            for (int i = 0; i < path.Count; i++)
            {
                var key = (urdu[i], path[i]);
                if (!unitIds.TryGetValue(key, out int id))
                {
                    id = units.Count;
                    units.Add(key);
                    unitIds[key] = id;
                }

                seq[i] = id;
            }

            sequences.Add((seq, weight));
            if (weight == 1)
            {
                // The Arabic-orthography pairs never use the Urdu letters for sounds Arabic lacks. Urdu writes English
                // t, d, g, p, v, final e with ٹ ڈ گ پ و ے, so each pair is added a second time spelled that way.
                int[]? variant = Urduize(urdu, path, seq, units, unitIds);
                if (variant is not null)
                {
                    sequences.Add((variant, 1));
                }
            }
        }

        Console.WriteLine($"aligned: {sequences.Count}, units: {units.Count}");
        PrintTopUnits(units, sequences);

        var joint = NgramBuilder.Build(sequences, units.Count, JointOrder);

        // Character LM over the Latin side: ids 2.. = 'a'..'z'.
        var charSeqs = pairs.Select(p => (p.Latin.Select(c => c - 'a' + 2).ToArray(), p.Weight)).ToList();
        var charLm = NgramBuilder.Build(charSeqs, 28, CharOrder);

        using var raw = new MemoryStream();
        using (var w = new BinaryWriter(raw, Encoding.UTF8, leaveOpen: true))
        {
            w.Write("UTXM1"u8);
            w.Write(units.Count);
            foreach (var (u, l) in units)
            {
                w.Write((ushort)u);
                w.Write((byte)l.Length);
                w.Write(Encoding.ASCII.GetBytes(l));
            }

            joint.Write(w);
            charLm.Write(w);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        using (var file = File.Create(output))
        using (var z = new DeflateStream(file, CompressionLevel.SmallestSize))
        {
            raw.Position = 0;
            raw.CopyTo(z);
        }

        Console.WriteLine($"wrote {output}: {new FileInfo(output).Length:N0} bytes (raw {raw.Length:N0})");
        return 0;
    }

    /// <summary>
    /// Writes the held-out TEST splits as gold TSVs for <c>urdutext eval-translit</c>: the Arabic-script form as it is in
    /// the source (the transliterator folds Arabic letters itself; the peers get the same input), and every English
    /// spelling the split has for that form as alternatives.
    /// </summary>
    static void WriteGold(string root, string data)
    {
        string dir = Path.Combine(root, "tests/UrduText.Tests/TestData");
        Directory.CreateDirectory(dir);
        var wd = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(Path.Combine(data, "wikidata-arabic-names", "wd_arabic_20")))
        {
            string[] f = line.Split('\t');
            if (f.Length >= 2)
            {
                AddGold(wd, f[1].Replace(" ", "", StringComparison.Ordinal), f[0]);
            }
        }

        var ar = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(Path.Combine(data, "google-ar2en", "ar2en-test.txt")))
        {
            string[] f = line.Split('\t');
            if (f.Length >= 2)
            {
                AddGold(ar, f[0], f[1]);
            }
        }

        Write(Path.Combine(dir, "transliteration-eval-wd20.tsv"), wd,
            "# Held-out TEST split wd_arabic_20 of Wikidata person-name tokens (CC0; shared/data/wikidata-arabic-names).\n# Generated by tools/UrduText.Generators translit-model. Arabic orthography as in the source; alternatives = all English tokens of that form.");
        Write(Path.Combine(dir, "transliteration-eval-ar2en-test.tsv"), ar,
            "# Held-out TEST split ar2en-test of Google's Arabic-English name pairs (Apache-2.0; shared/data/google-ar2en).\n# Generated by tools/UrduText.Generators translit-model. Arabic orthography as in the source.");

        static void AddGold(SortedDictionary<string, List<string>> gold, string urdu, string latin)
        {
            if (urdu.Length == 0 || latin.Length == 0)
            {
                return;
            }

            if (!gold.TryGetValue(urdu, out var list))
            {
                gold[urdu] = list = [];
            }

            if (!list.Contains(latin))
            {
                list.Add(latin);
            }
        }

        static void Write(string path, SortedDictionary<string, List<string>> gold, string header)
        {
            using var w = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
            w.WriteLine(header);
            foreach (var (urdu, latin) in gold)
            {
                w.WriteLine($"{urdu}\t{string.Join('|', latin)}");
            }

            Console.WriteLine($"wrote {path}: {gold.Count} items");
        }
    }

    static int[]? Urduize(string urdu, List<string> path, int[] seq, List<(char U, string L)> units, Dictionary<(char, string), int> unitIds)
    {
        int[]? variant = null;
        for (int i = 0; i < seq.Length; i++)
        {
            string l = path[i];
            char u = urdu[i];
            char v = u switch
            {
                '\u062A' when l.StartsWith('t') && !l.StartsWith("th", StringComparison.Ordinal) => '\u0679', // TEH → TTEH
                '\u062F' when l.StartsWith('d') => '\u0688',                                                 // DAL → DDAL
                '\u063A' or '\u062C' or '\u06A9' when l.StartsWith('g') => '\u06AF',                            // GHAIN, JEEM, KEHEH → GAF
                '\u0628' when l.StartsWith('p') => '\u067E',                                                 // BEH → PEH
                '\u0641' when l.StartsWith('v') => '\u0648',                                                 // FEH → WAW
                '\u06CC' when i == seq.Length - 1 && l is "e" or "ee" or "ey" or "ay" or "ai" or "ae" => '\u06D2', // final YEH → YEH BARREE
                _ => u,
            };
            if (v == u)
            {
                continue;
            }

            variant ??= (int[])seq.Clone();
            var key = (v, l);
            if (!unitIds.TryGetValue(key, out int id))
            {
                id = units.Count;
                units.Add(key);
                unitIds[key] = id;
            }

            variant[i] = id;
        }

        return variant;
    }

    static void Add(List<(string, string, int)> pairs, string urdu, string latin, int weight)
    {
        var u = new StringBuilder();
        foreach (char c in urdu)
        {
            char f = TranslitLetters.Fold(c);
            if (f == TranslitLetters.Drop)
            {
                continue;
            }

            if (!TranslitLetters.IsModelLetter(f))
            {
                return; // digits, Latin, punctuation inside a name: not a transliteration pair
            }

            u.Append(f);
        }

        string l = LatinKey(latin);
        if (u.Length == 0 || l.Length == 0 || l.Length > MaxLatin * u.Length || u.Length > 30)
        {
            return;
        }

        pairs.Add((u.ToString(), l, weight));
    }

    /// <summary>Lower-case ASCII letters only: accents stripped (é → e), apostrophes and hyphens dropped.</summary>
    public static string LatinKey(string latin)
    {
        var sb = new StringBuilder();
        foreach (char c in latin.Normalize(NormalizationForm.FormD))
        {
            char lc = char.ToLowerInvariant(c);
            if (lc is >= 'a' and <= 'z')
            {
                sb.Append(lc);
            }
            else if (lc is 'ß')
            {
                sb.Append("ss");
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || lc is '\'' or '-' or '’' or '.' or ' ')
            {
                continue;
            }
            else if (char.IsLetter(c))
            {
                return ""; // a letter we cannot spell in ASCII (ø, ł, …): skip the pair rather than guess
            }
        }

        return sb.ToString();
    }

    static int LatinCode(string l, int start, int length)
    {
        int code = 0;
        for (int i = 0; i < length; i++)
        {
            code = code * 27 + (l[start + i] - 'a' + 1);
        }

        return code;
    }

    const int CodeSpace = 27 * 27 * 27;

    /// <summary>Mean log-probability per Urdu letter of the best alignment (−∞ when none exists).</summary>
    static double AlignmentScore(string urdu, string latin, double[][] prob, Dictionary<char, int> letterIndex)
    {
        var path = Viterbi(urdu, latin, prob, letterIndex);
        if (path is null)
        {
            return double.NegativeInfinity;
        }

        double total = 0;
        for (int i = 0; i < path.Count; i++)
        {
            total += Math.Log(Math.Max(prob[letterIndex[urdu[i]]][LatinCode(path[i], 0, path[i].Length)], 1e-300));
        }

        return total / urdu.Length;
    }

    static double[][] Em(List<(string Urdu, string Latin, int Weight)> pairs, Dictionary<char, int> letterIndex, int iterations, double[][]? start = null)
    {
        int n = letterIndex.Count;
        var prob = start ?? new double[n][];
        for (int i = 0; i < n && start is null; i++)
        {
            prob[i] = new double[CodeSpace];
            Array.Fill(prob[i], 1.0);
        }

        if (start is not null)
        {
            // Letters only the curated names use start uniform too.
            for (int i = 0; i < n; i++)
            {
                if (prob[i].All(p => p == 0))
                {
                    Array.Fill(prob[i], 1.0);
                }
            }
        }

        for (int iter = 0; iter < iterations; iter++)
        {
            var counts = new double[n][];
            for (int i = 0; i < n; i++)
            {
                counts[i] = new double[CodeSpace];
            }

            double logLik = 0;
            foreach (var (urdu, latin, weight) in pairs)
            {
                int U = urdu.Length, L = latin.Length;
                var alpha = new double[U + 1, L + 1];
                var beta = new double[U + 1, L + 1];
                alpha[0, 0] = 1;
                for (int i = 0; i < U; i++)
                {
                    double[] p = prob[letterIndex[urdu[i]]];
                    for (int j = 0; j <= L; j++)
                    {
                        double a = alpha[i, j];
                        if (a == 0)
                        {
                            continue;
                        }

                        for (int k = 0; k <= MaxLatin && j + k <= L; k++)
                        {
                            alpha[i + 1, j + k] += a * p[LatinCode(latin, j, k)];
                        }
                    }
                }

                double total = alpha[U, L];
                if (total <= 0 || double.IsNaN(total))
                {
                    continue;
                }

                logLik += Math.Log(total);
                beta[U, L] = 1;
                for (int i = U - 1; i >= 0; i--)
                {
                    double[] p = prob[letterIndex[urdu[i]]];
                    for (int j = L; j >= 0; j--)
                    {
                        double b = 0;
                        for (int k = 0; k <= MaxLatin && j + k <= L; k++)
                        {
                            b += p[LatinCode(latin, j, k)] * beta[i + 1, j + k];
                        }

                        beta[i, j] = b;
                    }
                }

                for (int i = 0; i < U; i++)
                {
                    int li = letterIndex[urdu[i]];
                    double[] p = prob[li];
                    for (int j = 0; j <= L; j++)
                    {
                        double a = alpha[i, j];
                        if (a == 0)
                        {
                            continue;
                        }

                        for (int k = 0; k <= MaxLatin && j + k <= L; k++)
                        {
                            int code = LatinCode(latin, j, k);
                            double post = a * p[code] * beta[i + 1, j + k] / total;
                            if (post > 0)
                            {
                                counts[li][code] += post * weight;
                            }
                        }
                    }
                }
            }

            for (int i = 0; i < n; i++)
            {
                double sum = counts[i].Sum();
                if (sum == 0)
                {
                    continue; // a letter these pairs never use keeps its previous (uniform) row
                }

                for (int c = 0; c < CodeSpace; c++)
                {
                    // A small floor keeps rare but real correspondences reachable in the next iteration.
                    prob[i][c] = sum > 0 ? counts[i][c] / sum : 0;
                }
            }

            Console.WriteLine($"EM iteration {iter + 1}: log-likelihood {logLik:F0}");
        }

        return prob;
    }

    static List<string>? Viterbi(string urdu, string latin, double[][] prob, Dictionary<char, int> letterIndex)
    {
        int U = urdu.Length, L = latin.Length;
        var best = new double[U + 1, L + 1];
        var back = new int[U + 1, L + 1];
        for (int i = 0; i <= U; i++)
        {
            for (int j = 0; j <= L; j++)
            {
                best[i, j] = double.NegativeInfinity;
            }
        }

        best[0, 0] = 0;
        for (int i = 0; i < U; i++)
        {
            double[] p = prob[letterIndex[urdu[i]]];
            for (int j = 0; j <= L; j++)
            {
                if (double.IsNegativeInfinity(best[i, j]))
                {
                    continue;
                }

                for (int k = 0; k <= MaxLatin && j + k <= L; k++)
                {
                    double q = p[LatinCode(latin, j, k)];
                    if (q <= 0)
                    {
                        continue;
                    }

                    double s = best[i, j] + Math.Log(q);
                    if (s > best[i + 1, j + k])
                    {
                        best[i + 1, j + k] = s;
                        back[i + 1, j + k] = k;
                    }
                }
            }
        }

        if (double.IsNegativeInfinity(best[U, L]))
        {
            return null;
        }

        var path = new string[U];
        int jj = L;
        for (int i = U; i > 0; i--)
        {
            int k = back[i, jj];
            path[i - 1] = latin.Substring(jj - k, k);
            jj -= k;
        }

        return [.. path];
    }

    static void PrintTopUnits(List<(char U, string L)> units, List<(int[] Units, int Weight)> sequences)
    {
        var counts = new int[units.Count];
        foreach (var (seq, _) in sequences)
        {
            foreach (int u in seq)
            {
                counts[u]++;
            }
        }

        foreach (char c in "کمجونگپتٹیےاہع")
        {
            var top = Enumerable.Range(0, units.Count).Where(i => units[i].U == c).OrderByDescending(i => counts[i]).Take(8)
                .Select(i => $"{units[i].L}:{counts[i]}");
            Console.WriteLine($"  {c} → {string.Join(' ', top)}");
        }
    }
}

/// <summary>Counts n-grams and writes an interpolated absolute-discounting model in back-off form.</summary>
internal sealed class NgramBuilder
{
    readonly int _order;
    readonly int _bits;
    readonly SortedDictionary<ulong, short> _probs = [];
    readonly SortedDictionary<ulong, short> _backoffs = [];

    NgramBuilder(int order, int bits)
    {
        _order = order;
        _bits = bits;
    }

    /// <summary>Quantization of natural-log values into shorts (units of 1/1000 nat).</summary>
    public const double Scale = 1000;

    public static NgramBuilder Build(List<(int[] Units, int Weight)> sequences, int vocab, int order)
    {
        int bits = 1;
        while ((1 << bits) < vocab)
        {
            bits++;
        }

        if (bits * order > 60)
        {
            throw new InvalidOperationException($"{vocab} symbols × order {order} does not fit a 64-bit key");
        }

        var b = new NgramBuilder(order, bits);
        // counts[k]: n-grams of length k+1 (context length k), keyed by packed ids.
        var counts = new Dictionary<ulong, double>[order];
        for (int k = 0; k < order; k++)
        {
            counts[k] = [];
        }

        foreach (var (seq, weight) in sequences)
        {
            // 0 = <s>, 1 = </s>
            var full = new int[seq.Length + 2];
            full[0] = 0;
            seq.CopyTo(full, 1);
            full[^1] = 1;
            for (int i = 1; i < full.Length; i++)
            {
                for (int k = 0; k < order && i - k >= 0; k++)
                {
                    ulong key = b.Pack(full, i - k, k + 1);
                    counts[k][key] = counts[k].GetValueOrDefault(key) + weight;
                }
            }
        }

        // Context totals and distinct followers; discount per order from count-of-counts (weighted counts rounded).
        var ctxTotal = new Dictionary<ulong, double>[order];
        var ctxTypes = new Dictionary<ulong, int>[order];
        var discount = new double[order];
        for (int k = 0; k < order; k++)
        {
            ctxTotal[k] = [];
            ctxTypes[k] = [];
            int n1 = 0, n2 = 0;
            foreach (var (key, c) in counts[k])
            {
                ulong ctx = key >> b._bits;
                ctxTotal[k][ctx] = ctxTotal[k].GetValueOrDefault(ctx) + c;
                ctxTypes[k][ctx] = ctxTypes[k].GetValueOrDefault(ctx) + 1;
                if (c == 1)
                {
                    n1++;
                }
                else if (c == 2)
                {
                    n2++;
                }
            }

            discount[k] = n1 + 2 * n2 > 0 ? Math.Clamp(n1 / (double)(n1 + 2 * n2), 0.1, 0.9) : 0.5;
        }

        // Interpolated probabilities, lowest order first.
        var prob = new Dictionary<ulong, double>[order];
        for (int k = 0; k < order; k++)
        {
            prob[k] = [];
            foreach (var (key, c) in counts[k])
            {
                ulong ctx = key >> b._bits;
                double total = ctxTotal[k][ctx];
                double gamma = discount[k] * ctxTypes[k][ctx] / total;
                double lower = k == 0 ? 1.0 / vocab : b.Lower(prob, discount, ctxTotal, ctxTypes, key, k - 1, vocab);
                double p = Math.Max(c - discount[k], 0) / total + gamma * lower;
                prob[k][key] = p;
                b._probs[key | ((ulong)k << 60)] = Quantize(Math.Log(p));
            }

            foreach (var (ctx, total) in ctxTotal[k])
            {
                if (k == 0)
                {
                    continue; // the empty context backs off to the uniform floor, computed at run time
                }

                double gamma = discount[k] * ctxTypes[k][ctx] / total;
                b._backoffs[ctx | ((ulong)(k - 1) << 60)] = Quantize(Math.Log(gamma));
            }
        }

        // Unigram floor for symbols never seen: gamma of the empty context × uniform.
        double g0 = discount[0] * ctxTypes[0][0] / ctxTotal[0][0];
        b._floor = Quantize(Math.Log(g0 / vocab));
        Console.WriteLine($"  n-gram order {order}: {b._probs.Count:N0} probabilities, {b._backoffs.Count:N0} back-offs, discounts {string.Join(' ', discount.Select(d => d.ToString("F2")))}");
        return b;
    }

    short _floor;

    /// <summary>P(w | shorter context) for the n-gram <paramref name="key"/> truncated to order <paramref name="k"/>+1.</summary>
    double Lower(Dictionary<ulong, double>[] prob, double[] discount, Dictionary<ulong, double>[] ctxTotal, Dictionary<ulong, int>[] ctxTypes, ulong key, int k, int vocab)
    {
        ulong mask = (1UL << (_bits * (k + 1))) - 1;
        ulong shorter = key & mask;
        if (prob[k].TryGetValue(shorter, out double p))
        {
            return p;
        }

        ulong ctx = shorter >> _bits;
        double lower = k == 0 ? 1.0 / vocab : Lower(prob, discount, ctxTotal, ctxTypes, key, k - 1, vocab);
        if (k > 0 && ctxTotal[k].TryGetValue(ctx, out double total))
        {
            return discount[k] * ctxTypes[k][ctx] / total * lower;
        }

        if (k == 0)
        {
            return discount[0] * ctxTypes[0][0] / ctxTotal[0][0] * lower;
        }

        return lower;
    }

    static short Quantize(double logp) => (short)Math.Clamp(Math.Round(logp * Scale), short.MinValue, 0);

    /// <summary>Packs <paramref name="length"/> ids starting at <paramref name="start"/>, oldest first, into the high bits.</summary>
    ulong Pack(int[] ids, int start, int length)
    {
        ulong key = 0;
        for (int i = 0; i < length; i++)
        {
            key = (key << _bits) | (uint)ids[start + i];
        }

        return key;
    }

    public void Write(BinaryWriter w)
    {
        w.Write((byte)_order);
        w.Write((byte)_bits);
        w.Write(_floor);
        WriteTable(w, _probs);
        WriteTable(w, _backoffs);
    }

    static void WriteTable(BinaryWriter w, SortedDictionary<ulong, short> table)
    {
        w.Write(table.Count);
        ulong prev = 0;
        foreach (var (key, value) in table)
        {
            ulong delta = key - prev;
            prev = key;
            while (delta >= 0x80)
            {
                w.Write((byte)(delta | 0x80));
                delta >>= 7;
            }

            w.Write((byte)delta);
            w.Write(value);
        }
    }
}
