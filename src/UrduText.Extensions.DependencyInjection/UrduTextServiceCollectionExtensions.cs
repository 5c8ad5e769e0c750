using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace UrduText.Extensions.DependencyInjection;

/// <summary>Registers UrduText's services in an <see cref="IServiceCollection"/>.</summary>
public static class UrduTextServiceCollectionExtensions
{
    /// <summary>The service key of the shared <see cref="UrduNormalizer.Default"/> (meaning-preserving) normalizer.</summary>
    public const string DefaultNormalizerKey = "default";

    /// <summary>The service key of the shared <see cref="UrduNormalizer.Search"/> normalizer.</summary>
    public const string SearchNormalizerKey = "search";

    /// <summary>
    /// Registers UrduText's immutable, thread-safe instances as singletons: the <see cref="UrduTextOptions"/>, a
    /// <see cref="UrduNormalizer"/> configured by <see cref="UrduTextOptions.Normalization"/> (plus the two profile
    /// normalizers under the keys <see cref="DefaultNormalizerKey"/> and <see cref="SearchNormalizerKey"/>), a
    /// <see cref="UrduSentenceSegmenter"/> and a <see cref="UrduTransliterator"/>. Where the options ask for the
    /// library's defaults, the library's shared instances are registered, so DI consumers and static callers share
    /// one object (and the transliterator's data loads once).
    /// </summary>
    /// <remarks>
    /// Every registration uses <c>TryAdd</c>: calling this more than once, or after registering your own instance of a
    /// service, keeps the first registration (and the first <paramref name="configure"/>).
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Optional configuration of the registered services.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddUrduText(this IServiceCollection services, Action<UrduTextOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new UrduTextOptions();
        configure?.Invoke(options);

        services.TryAddSingleton(options);
        services.TryAddSingleton(static provider => CreateNormalizer(provider.GetRequiredService<UrduTextOptions>().Normalization));
        services.TryAddKeyedSingleton(DefaultNormalizerKey, UrduNormalizer.Default);
        services.TryAddKeyedSingleton(SearchNormalizerKey, UrduNormalizer.Search);
        services.TryAddSingleton(static provider => CreateSegmenter(provider.GetRequiredService<UrduTextOptions>().Segmentation));
        services.TryAddSingleton(static provider => CreateTransliterator(provider.GetRequiredService<UrduTextOptions>()));
        return services;
    }

    static UrduNormalizer CreateNormalizer(UrduNormalizationOptions options) => options switch
    {
        UrduNormalizationOptions.Default => UrduNormalizer.Default,
        UrduNormalizationOptions.Search => UrduNormalizer.Search,
        _ => new UrduNormalizer(options),
    };

    static UrduSentenceSegmenter CreateSegmenter(UrduSegmentationOptions options)
        => options == UrduSentenceSegmenter.Default.Options ? UrduSentenceSegmenter.Default : new UrduSentenceSegmenter(options);

    static UrduTransliterator CreateTransliterator(UrduTextOptions options)
        => options.TransliterationScheme == UrduTransliterator.Default.Scheme && options.Names.Count == 0
            ? UrduTransliterator.Default
            : new UrduTransliterator(options.TransliterationScheme, options.Names);
}
