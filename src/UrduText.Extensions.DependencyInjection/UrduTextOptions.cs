namespace UrduText.Extensions.DependencyInjection;

/// <summary>Configures what <see cref="UrduTextServiceCollectionExtensions.AddUrduText"/> registers.</summary>
public sealed class UrduTextOptions
{
    /// <summary>
    /// The rules of the <see cref="UrduNormalizer"/> resolved without a key. Default:
    /// <see cref="UrduNormalizationOptions.Default"/> (the shared <see cref="UrduNormalizer.Default"/> instance is used).
    /// </summary>
    public UrduNormalizationOptions Normalization { get; set; } = UrduNormalizationOptions.Default;

    /// <summary>
    /// The options of the registered <see cref="UrduSentenceSegmenter"/>. Default: <see cref="UrduSegmentationOptions.None"/>
    /// (the shared <see cref="UrduSentenceSegmenter.Default"/> instance is used).
    /// </summary>
    public UrduSegmentationOptions Segmentation { get; set; } = UrduSegmentationOptions.None;

    /// <summary>The scheme of the registered <see cref="UrduTransliterator"/>. Default: <see cref="TransliterationScheme.Readable"/>.</summary>
    public TransliterationScheme TransliterationScheme { get; set; } = TransliterationScheme.Readable;

    /// <summary>
    /// Names the registered <see cref="UrduTransliterator"/> knows besides the built-in ones, as (Urdu, Latin) pairs that win
    /// over the built-in gazetteer (e.g. <c>["ایدھی"] = "Edhi"</c>). When empty and the scheme is Readable, the shared
    /// <see cref="UrduTransliterator.Default"/> instance is used.
    /// </summary>
    public IDictionary<string, string> Names { get; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
