using System.Threading;
using UrduText.Internal;

namespace UrduText;

/// <summary>
/// What the <see cref="TransliterationScheme.Readable"/> scheme knows beyond its gazetteer: a lexicon of word spellings and a
/// trained statistical model for every other word. Immutable and thread-safe. <see cref="BuiltIn"/> is trained on
/// permissively licensed data only; the <c>UrduText.Data</c> package provides a larger one trained on Urdu romanization
/// data (CC BY-SA 4.0): <c>UrduTextData.TransliterationModel</c>.
/// </summary>
/// <example>
/// <code>
/// using var stream = File.OpenRead("my-model.bin");
/// var translit = new UrduTransliterator(TransliterationModel.Load(stream));
/// </code>
/// </example>
public sealed class TransliterationModel
{
    const string BuiltInResource = "UrduText.Transliteration.Model.bin";

    static readonly Lazy<TransliterationModel> s_builtIn = new(LoadBuiltIn, LazyThreadSafetyMode.ExecutionAndPublication);

    readonly Dictionary<string, string> _lexicon;
    readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lexiconLookup;

    TransliterationModel(string name, string licence, string inputsHash, Dictionary<string, string> lexicon, JointSequenceModel model)
    {
        Name = name;
        Licence = licence;
        InputsHash = inputsHash;
        _lexicon = lexicon;
        _lexiconLookup = lexicon.GetAlternateLookup<ReadOnlySpan<char>>();
        Model = model;
        foreach (var (key, latin) in lexicon)
        {
            LexiconExpansion = Math.Max(LexiconExpansion, (latin.Length + key.Length - 1) / key.Length);
        }
    }

    /// <summary>The model embedded in the <c>UrduText</c> package (trained on permissively licensed data; loaded on first use).</summary>
    public static TransliterationModel BuiltIn => s_builtIn.Value;

    /// <summary>A short name of the model and its training data.</summary>
    public string Name { get; }

    /// <summary>The licence of the model's data (an SPDX expression, e.g. <c>MIT</c> or <c>CC-BY-SA-4.0</c>).</summary>
    public string Licence { get; }

    /// <summary>Number of words in the model's lexicon.</summary>
    public int LexiconCount => _lexicon.Count;

    /// <summary>SHA-256 of the training inputs, as the trainer recorded it (lets a build check that a model is current).</summary>
    internal string InputsHash { get; }

    internal JointSequenceModel Model { get; }

    WordMemo? _readableWords;

    /// <summary>
    /// The Readable engine's memo of whole-word outputs for transliterators that use this model and the built-in gazetteer
    /// (shared by all of them; created on first use, <see cref="WordMemo.Bytes"/> bytes).
    /// </summary>
    internal WordMemo ReadableWords => LazyInitializer.EnsureInitialized(ref _readableWords);

    /// <summary>Empties the decoded-word memo and the Readable engine's word memo (tests and benchmarks that measure decoding).</summary>
    internal void ClearMemos()
    {
        Model.Memo.Clear();
        Volatile.Read(ref _readableWords)?.Clear();
    }

    /// <summary>The largest Latin length per key letter of any lexicon entry, for output-size bounds.</summary>
    internal int LexiconExpansion { get; } = 1;

    /// <summary>Reads a model file written by the UrduText trainer (<c>tools/UrduText.Generators translit-model</c>).</summary>
    /// <param name="stream">The model file; read to its end, not closed.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidDataException">The stream is not a UrduText transliteration model.</exception>
    public static TransliterationModel Load(Stream stream)
    {
        if (stream is null)
        {
            ThrowHelper.ThrowArgumentNull(nameof(stream));
        }

        try
        {
            using BinaryReader r = ModelFile.Open(stream, "UTXM2"u8, "Not a UrduText transliteration model (version 2).");

            string name = r.ReadString();
            string licence = r.ReadString();
            string inputs = r.ReadString();
            int count = r.Read7BitEncodedInt();
            var lexicon = new Dictionary<string, string>(count, StringComparer.Ordinal);
            for (int i = 0; i < count; i++)
            {
                string key = r.ReadString();
                string latin = r.ReadString();
                if (key.Length == 0 || latin.Length == 0)
                {
                    throw new InvalidDataException("Corrupt model: an empty lexicon entry.");
                }

                lexicon[key] = latin;
            }

            JointSequenceModel model = JointSequenceModel.Read(r);
            return new TransliterationModel(name, licence, inputs, lexicon, model);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The transliteration model is truncated.", e);
        }
    }

    static TransliterationModel LoadBuiltIn()
    {
        using Stream stream = typeof(TransliterationModel).Assembly.GetManifestResourceStream(BuiltInResource)
            ?? throw new InvalidOperationException("The UrduText assembly was built without its transliteration model.");
        return Load(stream);
    }

    /// <summary>The lexicon's spelling of a word key (<see cref="TranslitLetters.FoldKey"/>), or null.</summary>
    internal string? Lookup(ReadOnlySpan<char> key) => _lexiconLookup.TryGetValue(key, out string? latin) ? latin : null;

    /// <summary>Returns <see cref="Name"/>.</summary>
    /// <returns>The model's name.</returns>
    public override string ToString() => Name;
}
