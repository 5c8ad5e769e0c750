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
    /// Registers UrduText's shared, immutable, thread-safe instances as singletons: the <see cref="UrduTextOptions"/>,
    /// a <see cref="UrduNormalizer"/> configured by <see cref="UrduTextOptions.Normalization"/>, and the two profile
    /// normalizers under the keys <see cref="DefaultNormalizerKey"/> and <see cref="SearchNormalizerKey"/>.
    /// </summary>
    /// <remarks>
    /// Every registration uses <c>TryAdd</c>: calling this more than once, or after registering your own
    /// <see cref="UrduNormalizer"/>, keeps the first registration (and the first <paramref name="configure"/>).
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
        return services;
    }

    // The profiles map to the library's shared instances, so DI consumers and static callers share one object.
    static UrduNormalizer CreateNormalizer(UrduNormalizationOptions options) => options switch
    {
        UrduNormalizationOptions.Default => UrduNormalizer.Default,
        UrduNormalizationOptions.Search => UrduNormalizer.Search,
        _ => new UrduNormalizer(options),
    };
}
