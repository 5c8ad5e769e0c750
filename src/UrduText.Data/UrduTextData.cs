using System.Threading;

namespace UrduText;

/// <summary>
/// The UrduText.Data package: models trained on the Dakshina Urdu data (CC BY-SA 4.0). Referencing this package and
/// using <see cref="Transliterator"/> (or passing <see cref="TransliterationModel"/> to an <see cref="UrduTransliterator"/>)
/// is the one step that opts in; without it UrduText uses its permissively licensed built-in model.
/// </summary>
/// <example>
/// <code>
/// string latin = UrduTextData.Transliterator.Transliterate("حرام فعال انقلاب");
/// // "haram faal inqilab"
/// </code>
/// </example>
public static class UrduTextData
{
    const string ModelResource = "UrduText.Data.translit-dakshina.bin";

    static readonly Lazy<TransliterationModel> s_model = new(() => Load(ModelResource, "transliteration model", TransliterationModel.Load), LazyThreadSafetyMode.ExecutionAndPublication);
    static readonly Lazy<UrduTransliterator> s_transliterator = new(() => new UrduTransliterator(s_model.Value), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The Readable transliteration model trained on the train split of the Dakshina Urdu romanization lexicon, with a
    /// lexicon of its words in the spelling people write most often. Loaded on first use; thread-safe.
    /// </summary>
    public static TransliterationModel TransliterationModel => s_model.Value;

    /// <summary>A shared <see cref="TransliterationScheme.Readable"/> transliterator that uses <see cref="TransliterationModel"/>.</summary>
    public static UrduTransliterator Transliterator => s_transliterator.Value;

    const string SpacingResource = "UrduText.Data.spacing-wiki.bin";

    static readonly Lazy<UrduSpacingModel> s_spacingModel = new(() => Load(SpacingResource, "spacing model", UrduSpacingModel.Load), LazyThreadSafetyMode.ExecutionAndPublication);
    static readonly Lazy<UrduSpacingRepairer> s_spacingRepairer = new(() => new UrduSpacingRepairer(s_spacingModel.Value), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The word-spacing model with word and word-pair counts from the train split of the Dakshina Urdu Wikipedia
    /// sample (docs/spacing.md). Loaded on first use; thread-safe.
    /// </summary>
    public static UrduSpacingModel SpacingModel => s_spacingModel.Value;

    /// <summary>A shared <see cref="UrduSpacingRepairer"/> that uses <see cref="SpacingModel"/>.</summary>
    public static UrduSpacingRepairer SpacingRepairer => s_spacingRepairer.Value;

    const string RomanUrduResource = "UrduText.Data.roman-urdu.bin";

    static readonly Lazy<RomanUrduModel> s_romanModel = new(() => Load(RomanUrduResource, "Roman Urdu model", RomanUrduModel.Load), LazyThreadSafetyMode.ExecutionAndPublication);
    static readonly Lazy<RomanUrduConverter> s_romanConverter = new(() => new RomanUrduConverter(s_romanModel.Value), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The Roman Urdu → Urdu model trained on the train split of the Dakshina Urdu romanization lexicon (attested spellings,
    /// a joint-sequence spelling model) with a word bigram model over the Dakshina Urdu Wikipedia sample. Loaded on first use; thread-safe.
    /// </summary>
    public static RomanUrduModel RomanUrduModel => s_romanModel.Value;

    /// <summary>A shared <see cref="UrduText.RomanUrduConverter"/> that uses <see cref="RomanUrduModel"/>: <c>aap kaise hain</c> → <c>آپ کیسے ہیں</c>.</summary>
    public static RomanUrduConverter RomanUrduConverter => s_romanConverter.Value;

    /// <summary>Reads the embedded model <paramref name="resource"/> with its format's <paramref name="load"/>.</summary>
    static T Load<T>(string resource, string what, Func<Stream, T> load)
    {
        using Stream stream = typeof(UrduTextData).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The UrduText.Data assembly was built without its {what}.");
        return load(stream);
    }
}
