using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace UrduText.Generators.Transliteration;

/// <summary>
/// Trains a Readable transliteration model and writes it (format: <see cref="TransliterationModel.Load"/>):
/// <list type="number">
/// <item>training pairs (<see cref="TrainingData"/>), Urdu read as graphemes (<see cref="TranslitGraphemes"/>);</item>
/// <item>EM alignment restricted to <see cref="UnitTable"/> (<see cref="JointAligner"/>), best segmentation per pair;</item>
/// <item>three modified Kneser–Ney models (<see cref="KneserNey"/>): units left to right (the decoder), units right to
/// left and Latin characters (the rerank);</item>
/// <item>for the Dakshina model, a lexicon: each training word's most attested spelling (<see cref="LexiconBuilder"/>).</item>
/// </list>
/// Deterministic: the same inputs give the same bytes. The file records a hash of its inputs (<see cref="InputsHash"/>),
/// which a test compares with the committed inputs.
/// </summary>
internal static class ModelTrainer
{
    public const int ForwardOrder = 5;
    public const int BackwardOrder = 5;
    public const int CharOrder = 5;
    public const int EmIterations = 8;

    /// <summary>Rerank weights (right-to-left model, characters), chosen on a held-out tenth of the Dakshina train split.</summary>
    public const float BackwardWeight = 1.0f;

    public const float CharWeight = 0.5f;

    public static int Run(string root, string[] args)
    {
        string dataSet = "dakshina";
        string? output = null;
        string? eval = null;
        string? cvOutput = null;
        bool holdOut = false;
        bool noRerank = false;
        float backward = BackwardWeight, chars = CharWeight;
        int[] orders = [ForwardOrder, BackwardOrder, CharOrder];
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--data": dataSet = args[++i]; break;
                case "--out": output = args[++i]; break;
                case "--eval": eval = args[++i]; break;
                case "--holdout": holdOut = true; break; // train on 9/10 of the train words, tune on the rest
                case "--cv-nbest": cvOutput = args[++i]; break; // cross-validated final hypotheses, for fitting the rerank
                case "--no-rerank": noRerank = true; break; // experiments: skip the cross-validated rerank
                case "--weights":
                    string[] w = args[++i].Split(',');
                    backward = float.Parse(w[0], CultureInfo.InvariantCulture);
                    chars = float.Parse(w[1], CultureInfo.InvariantCulture);
                    break;
                case "--orders": orders = [.. args[++i].Split(',').Select(o => int.Parse(o, CultureInfo.InvariantCulture))]; break; // experiments
                default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
            }
        }

        var inputs = ModelInputs.For(root, dataSet);
        output ??= ModelInputs.OutputPath(root, dataSet);
        var clock = Stopwatch.StartNew();
        List<TrainingPair> pairs;
        List<(string Urdu, string Latin, int Count)>? heldOut = null;
        if (dataSet == "dakshina")
        {
            string train = inputs.Files[0];
            Func<string, bool>? include = null;
            if (holdOut)
            {
                include = u => !IsHeldOut(u);
                heldOut = TrainingData.ReadDakshina(train).Where(r => IsHeldOut(r.Urdu)).ToList();
            }

            pairs = TrainingData.Dakshina(train, include);
        }
        else if (dataSet == "permissive")
        {
            pairs = TrainingData.Permissive(root, Path.Combine(root, "tools/UrduText.Generators/SourceData"));
        }
        else
        {
            Console.Error.WriteLine("--data must be dakshina or permissive");
            return 2;
        }

        Console.WriteLine($"{dataSet}: {pairs.Count} pairs");
        if (cvOutput is not null)
        {
            CrossValidate(pairs, orders, inputs, cvOutput, eval);
            return 0;
        }

        (float[] Dense, float[] Sparse)? rerank = null;
        if (!noRerank && !holdOut)
        {
            rerank = RerankTrainer.Train(CrossValidatedLists(pairs, orders, inputs, clock));
        }

        var (inventory, forward, backwardLm, charLm) = TrainParts(pairs, orders, clock);
        byte[] modelSection = WriteModelSection(inventory, forward, backwardLm, charLm, backward, chars, rerank);
        var lexicon = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (dataSet == "dakshina" && !holdOut)
        {
            TransliterationModel bare = Load(inputs, lexicon, modelSection);
            lexicon = LexiconBuilder.Build(TrainingData.ReadDakshina(inputs.Files[0]), bare);
            Console.WriteLine($"  lexicon: {lexicon.Count} words ({clock.Elapsed.TotalSeconds:F0} s)");
        }

        byte[] file = WriteFile(inputs, lexicon, modelSection);
        if (heldOut is not null)
        {
            Tune(heldOut, inventory, forward, backwardLm, charLm, inputs);
            return 0;
        }

        File.WriteAllBytes(output, file);
        Console.WriteLine($"wrote {output}: {file.Length / 1024.0 / 1024.0:F2} MB ({clock.Elapsed.TotalSeconds:F0} s)");
        if (eval is not null)
        {
            using var stream = new MemoryStream(file);
            var model = TransliterationModel.Load(stream);
            var gold = DevSet.Read(eval);
            Console.WriteLine($"  {Path.GetFileName(eval)}: {DevSet.Score(gold, u => model.Model.Decode(u, 1) is [var best, ..] ? best.Latin : "")}");
        }

        return 0;
    }

    static (UnitInventory Inventory, KneserNey Forward, KneserNey Backward, KneserNey Chars) TrainParts(List<TrainingPair> pairs, int[] orders, Stopwatch clock)
    {
        var aligner = new JointAligner(pairs);
        for (int it = 0; it < EmIterations; it++)
        {
            var (ll, unaligned) = aligner.Iterate(pairs);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  EM {it + 1}: log-likelihood {ll:F0}, unaligned {unaligned} ({clock.Elapsed.TotalSeconds:F0} s)"));
        }

        var aligned = new List<(int[] Graphemes, string[] Latin, double Weight)>();
        foreach (TrainingPair pair in pairs)
        {
            if (aligner.Viterbi(pair) is { } path)
            {
                aligned.Add((pair.Graphemes, path, pair.Weight));
            }
        }

        Console.WriteLine($"  aligned {aligned.Count} of {pairs.Count} pairs (the rest fit no spelling in the letter table)");
        var inventory = UnitInventory.Build(aligned);
        var sequences = aligned.Select(a => (a.Graphemes.Select((g, i) => inventory.Id(g, a.Latin[i]) + 2).ToArray(), a.Weight)).ToList();
        int vocabulary = inventory.Units.Count + 2;
        var forward = KneserNey.Train(sequences, orders[0], vocabulary);
        var backward = KneserNey.Train(sequences.Select(s => (s.Item1.Reverse().ToArray(), s.Weight)).ToList(), orders[1], vocabulary);
        var chars = KneserNey.Train(pairs.Select(p => (p.Latin.Select(c => c - 'a' + 2).ToArray(), p.Weight)).ToList(), orders[2], 28);
        Console.WriteLine($"  units {inventory.Units.Count}, n-grams: forward {forward.Count}, backward {backward.Count}, chars {chars.Count} ({clock.Elapsed.TotalSeconds:F0} s)");
        return (inventory, forward, backward, chars);
    }

    /// <summary>
    /// Writes the final hypotheses of every train word, decoded by a model trained without that word's fifth of the
    /// words, and (with <paramref name="eval"/>) of every dev word under the full model: the data the rerank is fitted on.
    /// Columns: set, word, correct, Latin, forward, backward, chars, units (grapheme:latin).
    /// </summary>
    static void CrossValidate(List<TrainingPair> pairs, int[] orders, ModelInputs inputs, string output, string? eval)
    {
        const int Folds = 5;
        var clock = Stopwatch.StartNew();
        var gold = pairs.GroupBy(p => p.Urdu).ToDictionary(g => g.Key, g => g.Select(p => p.Latin).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        using var writer = new StreamWriter(output);
        for (int fold = 0; fold <= Folds; fold++)
        {
            bool full = fold == Folds;
            if (full && eval is null)
            {
                break;
            }

            var train = full ? pairs : pairs.Where(p => Fold(p.Urdu, Folds) != fold).ToList();
            var (inventory, forward, backward, chars) = TrainParts(train, orders, clock);
            var model = Load(inputs, new SortedDictionary<string, string>(StringComparer.Ordinal), WriteModelSection(inventory, forward, backward, chars, BackwardWeight, CharWeight, null)).Model;
            var words = full ? DevSet.Read(eval!) : gold.Where(g => Fold(g.Key, Folds) == fold).ToDictionary();
            foreach (var (urdu, references) in words)
            {
                foreach (var path in model.DecodeDetailed(urdu))
                {
                    string units = string.Join(' ', path.Units.Select(u => $"{model.UnitGrapheme(u)}:{model.UnitLatin(u)}"));
                    writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{(full ? "dev" : "cv")}\t{urdu}\t{(references.Contains(path.Latin) ? 1 : 0)}\t{path.Latin}\t{path.Forward:F3}\t{path.Backward:F3}\t{path.Chars:F3}\t{units}"));
                }
            }

            Console.WriteLine($"fold {fold}: {words.Count} words ({clock.Elapsed.TotalSeconds:F0} s)");
        }
    }

    /// <summary>Rerank items for every train word, each decoded by a model trained on the other four fifths of the words.</summary>
    static List<RerankTrainer.Item[]> CrossValidatedLists(List<TrainingPair> pairs, int[] orders, ModelInputs inputs, Stopwatch clock)
    {
        const int Folds = 5;
        var gold = pairs.GroupBy(p => p.Urdu).ToDictionary(g => g.Key, g => g.Select(p => p.Latin).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var lists = new List<RerankTrainer.Item[]>();
        for (int fold = 0; fold < Folds; fold++)
        {
            Console.WriteLine($"cross-validation fold {fold + 1} of {Folds}");
            var (inventory, forward, backward, chars) = TrainParts(pairs.Where(p => Fold(p.Urdu, Folds) != fold).ToList(), orders, clock);
            var model = Load(inputs, new SortedDictionary<string, string>(StringComparer.Ordinal),
                WriteModelSection(inventory, forward, backward, chars, BackwardWeight, CharWeight, null)).Model;
            foreach (var (urdu, references) in gold.Where(g => Fold(g.Key, Folds) == fold).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var paths = model.DecodeDetailed(urdu);
                if (paths.Count > 0)
                {
                    lists.Add(RerankTrainer.Items(model, paths, references.Contains));
                }
            }
        }

        return lists;
    }

    static int Fold(string urdu, int folds)
    {
        uint h = 2166136261;
        foreach (char c in urdu)
        {
            h = (h ^ c) * 16777619;
        }

        return (int)(h % (uint)folds);
    }

    /// <summary>A fixed tenth of the train words (by a hash of the word), held out for tuning.</summary>
    static bool IsHeldOut(string urdu)
    {
        uint h = 2166136261;
        foreach (char c in urdu)
        {
            h = (h ^ c) * 16777619;
        }

        return h % 10 == 0;
    }

    static void Tune(List<(string Urdu, string Latin, int Count)> heldOut, UnitInventory inventory, KneserNey forward, KneserNey backward, KneserNey chars, ModelInputs inputs)
    {
        var gold = heldOut.GroupBy(r => r.Urdu).ToDictionary(g => g.Key, g => g.Select(r => TrainingData.LatinKey(r.Latin)).ToHashSet(StringComparer.Ordinal));
        Console.WriteLine($"tuning on {gold.Count} held-out train words");
        foreach (float b in new[] { 0f, 0.5f, 1f, 1.5f })
        {
            foreach (float c in new[] { 0f, 0.25f, 0.5f, 0.75f })
            {
                byte[] section = WriteModelSection(inventory, forward, backward, chars, b, c, null);
                TransliterationModel model = Load(inputs, new SortedDictionary<string, string>(StringComparer.Ordinal), section);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  backward {b:F2} chars {c:F2}: {DevSet.Score(gold, u => model.Model.Decode(u, 1) is [var best, ..] ? best.Latin : "")}"));
            }
        }
    }

    static TransliterationModel Load(ModelInputs inputs, SortedDictionary<string, string> lexicon, byte[] modelSection)
    {
        using var stream = new MemoryStream(WriteFile(inputs, lexicon, modelSection));
        return TransliterationModel.Load(stream);
    }

    static byte[] WriteModelSection(UnitInventory inventory, KneserNey forward, KneserNey backward, KneserNey chars, float backwardWeight, float charWeight,
        (float[] Dense, float[] Sparse)? rerank)
    {
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            var ranges = inventory.Ranges();
            w.Write7BitEncodedInt(inventory.Graphemes.Count);
            for (int g = 0; g < inventory.Graphemes.Count; g++)
            {
                w.Write(inventory.Graphemes[g]);
                w.Write7BitEncodedInt(ranges[g].First);
                w.Write7BitEncodedInt(ranges[g].Count);
            }

            w.Write7BitEncodedInt(inventory.Units.Count);
            foreach (var (grapheme, latin) in inventory.Units)
            {
                w.Write7BitEncodedInt(grapheme);
                w.Write((byte)latin.Length);
                w.Write(Encoding.ASCII.GetBytes(latin));
            }

            w.Write(backwardWeight);
            w.Write(charWeight);
            BackoffLmWriter.Write(w, forward);
            BackoffLmWriter.Write(w, backward);
            BackoffLmWriter.Write(w, chars);
            w.Write(rerank is not null);
            if (rerank is { } r)
            {
                foreach (float d in r.Dense)
                {
                    w.Write(d);
                }

                foreach (float f in r.Sparse)
                {
                    w.Write((Half)f);
                }
            }
        }

        return buffer.ToArray();
    }

    static byte[] WriteFile(ModelInputs inputs, SortedDictionary<string, string> lexicon, byte[] modelSection)
    {
        using var compressed = new MemoryStream();
        using (var z = new DeflateStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        using (var w = new BinaryWriter(z, Encoding.UTF8))
        {
            w.Write("UTXM2"u8);
            w.Write(inputs.Name);
            w.Write(inputs.Licence);
            w.Write(inputs.Hash());
            w.Write7BitEncodedInt(lexicon.Count);
            foreach (var (key, latin) in lexicon)
            {
                w.Write(key);
                w.Write(latin);
            }

            w.Write(modelSection);
        }

        return compressed.ToArray();
    }
}
