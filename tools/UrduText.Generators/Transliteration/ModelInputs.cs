using System.Security.Cryptography;
using System.Text;

namespace UrduText.Generators.Transliteration;

/// <summary>
/// What a model is trained from: its data files and the code that reads them. The trainer writes <see cref="Hash"/> into
/// the model; a test recomputes it from the committed files (this file is linked into the test project), so a model that
/// is older than its inputs fails the build instead of shipping. Training takes longer than CI should spend, so CI
/// checks the hash rather than retraining.
/// </summary>
internal sealed record ModelInputs(string Name, string Licence, string Root, IReadOnlyList<string> Files)
{
    /// <summary>Code whose change changes the model: the trainer, and the runtime's reading of words.</summary>
    static readonly string[] s_code =
    [
        "tools/UrduText.Generators/Transliteration/BackoffLmWriter.cs",
        "tools/UrduText.Generators/Transliteration/JointAligner.cs",
        "tools/UrduText.Generators/Transliteration/KneserNey.cs",
        "tools/UrduText.Generators/Transliteration/LexiconBuilder.cs",
        "tools/UrduText.Generators/Transliteration/ModelTrainer.cs",
        "tools/UrduText.Generators/Transliteration/TrainingData.cs",
        "tools/UrduText.Generators/Transliteration/UnitInventory.cs",
        "tools/UrduText.Generators/Transliteration/UnitTable.cs",
        "src/UrduText/Transliteration/Model/TranslitGraphemes.cs",
        "src/UrduText/Transliteration/TranslitLetters.cs",
    ];

    /// <summary>The inputs of the <c>dakshina</c> (UrduText.Data) or <c>permissive</c> (core) model.</summary>
    public static ModelInputs For(string root, string dataSet) => dataSet switch
    {
        "dakshina" => new ModelInputs(
            "Dakshina v1.0 Urdu romanization lexicon, train split (Roark et al., LREC 2020)",
            "CC-BY-SA-4.0",
            root,
            [
                Path.Combine(root, "tools/UrduText.Generators/SourceData/dakshina-ur/ur.translit.sampled.train.tsv"),
            ]),
        "permissive" => new ModelInputs(
            "UrduText built-in: Wikidata name tokens (CC0), Google ar2en names (Apache-2.0), UrduText curated lists (MIT)",
            "CC0-1.0 AND Apache-2.0 AND MIT",
            root,
            [
                Path.Combine(root, "tools/UrduText.Generators/SourceData/wikidata-arabic-names/wd_arabic_80"),
                Path.Combine(root, "tools/UrduText.Generators/SourceData/google-ar2en/ar2en-train.txt"),
                Path.Combine(root, "tools/UrduText.Generators/SourceData/google-ar2en/ar2en-eval.txt"),
                Path.Combine(root, "tools/UrduText.Generators/SourceData/pakistani-given-names.tsv"),
                .. Directory.GetFiles(Path.Combine(root, "src/UrduText/Transliteration/Data/gazetteer"), "*.tsv").Order(StringComparer.Ordinal),
            ]),
        _ => throw new ArgumentException($"unknown data set '{dataSet}'", nameof(dataSet)),
    };

    /// <summary>Where the model of a data set is committed.</summary>
    public static string OutputPath(string root, string dataSet) => Path.Combine(root, dataSet == "dakshina"
        ? "src/UrduText.Data/Data/translit-dakshina.bin"
        : "src/UrduText/Transliteration/Data/translit-model.bin");

    /// <summary>SHA-256 over every input's path (relative to the root) and content, then every code file's.</summary>
    public string Hash()
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (string path in Files.Concat(s_code.Select(c => Path.Combine(Root, c))))
        {
            string relative = Path.GetRelativePath(Root, path).Replace('\\', '/');
            sha.AppendData(Encoding.UTF8.GetBytes(relative + "\n"));
            // Line endings are normalized so a checkout with CRLF hashes the same.
            sha.AppendData(Encoding.UTF8.GetBytes(File.ReadAllText(path).ReplaceLineEndings("\n")));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
