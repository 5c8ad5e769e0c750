namespace UrduText.Extensions.DependencyInjection;

/// <summary>Configures what <see cref="UrduTextServiceCollectionExtensions.AddUrduText"/> registers.</summary>
public sealed class UrduTextOptions
{
    /// <summary>
    /// The rules of the <see cref="UrduNormalizer"/> resolved without a key. Default:
    /// <see cref="UrduNormalizationOptions.Default"/> (the shared <see cref="UrduNormalizer.Default"/> instance is used).
    /// </summary>
    public UrduNormalizationOptions Normalization { get; set; } = UrduNormalizationOptions.Default;
}
