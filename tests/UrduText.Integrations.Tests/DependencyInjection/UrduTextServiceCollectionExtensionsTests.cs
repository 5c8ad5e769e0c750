using Microsoft.Extensions.DependencyInjection;
using UrduText.Extensions.DependencyInjection;

namespace UrduText.Integrations.Tests.DependencyInjection;

public sealed class UrduTextServiceCollectionExtensionsTests
{
    [Fact]
    public void AddUrduText_Default_ResolvesTheSharedDefaultNormalizer()
    {
        using var provider = new ServiceCollection().AddUrduText().BuildServiceProvider();
        provider.GetRequiredService<UrduNormalizer>().Should().BeSameAs(UrduNormalizer.Default);
        provider.GetRequiredKeyedService<UrduNormalizer>(UrduTextServiceCollectionExtensions.SearchNormalizerKey).Should().BeSameAs(UrduNormalizer.Search);
        provider.GetRequiredKeyedService<UrduNormalizer>(UrduTextServiceCollectionExtensions.DefaultNormalizerKey).Should().BeSameAs(UrduNormalizer.Default);
        provider.GetRequiredService<UrduNormalizer>().Normalize("بهی ساته كه").Should().Be("بھی ساتھ کہ");
    }

    [Fact]
    public void AddUrduText_Configured_UsesTheOptions()
    {
        using var provider = new ServiceCollection()
            .AddUrduText(o => o.Normalization = UrduNormalizationOptions.Default | UrduNormalizationOptions.AsciiDigits)
            .BuildServiceProvider();
        var normalizer = provider.GetRequiredService<UrduNormalizer>();
        normalizer.Options.Should().Be(UrduNormalizationOptions.Default | UrduNormalizationOptions.AsciiDigits);
        normalizer.Should().BeSameAs(provider.GetRequiredService<UrduNormalizer>(), "it is a singleton");
        normalizer.Normalize("۲۰۲۴").Should().Be("2024");
    }

    [Fact]
    public void AddUrduText_CalledTwice_IsIdempotent()
    {
        var services = new ServiceCollection();
        services.AddUrduText(o => o.Normalization = UrduNormalizationOptions.Search);
        int count = services.Count;
        services.AddUrduText(o => o.Normalization = UrduNormalizationOptions.None);
        services.Count.Should().Be(count);
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<UrduNormalizer>().Should().BeSameAs(UrduNormalizer.Search, "the first registration wins");
    }

    [Fact]
    public void AddUrduText_UserRegisteredNormalizer_IsKept()
    {
        var mine = new UrduNormalizer(UrduNormalizationOptions.PresentationForms);
        using var provider = new ServiceCollection().AddSingleton(mine).AddUrduText().BuildServiceProvider();
        provider.GetRequiredService<UrduNormalizer>().Should().BeSameAs(mine);
    }

    [Fact]
    public void AddUrduText_NullServices_Throws()
    {
        var act = () => UrduTextServiceCollectionExtensions.AddUrduText(null!);
        act.Should().Throw<ArgumentNullException>();
    }
}

public sealed class UrduTextServiceCollectionExtensionsStageTests
{
    [Fact]
    public void AddUrduText_Default_ResolvesTheSharedSegmenterAndTransliterator()
    {
        using var provider = new ServiceCollection().AddUrduText().BuildServiceProvider();
        provider.GetRequiredService<UrduSentenceSegmenter>().Should().BeSameAs(UrduSentenceSegmenter.Default);
        provider.GetRequiredService<UrduTransliterator>().Should().BeSameAs(UrduTransliterator.Default);
    }

    [Fact]
    public void AddUrduText_ConfiguredStages_UseTheOptions()
    {
        using var provider = new ServiceCollection()
            .AddUrduText(o =>
            {
                o.Segmentation = UrduSegmentationOptions.JoinLines;
                o.Names["زرمینہ"] = "Zarmeena";
            })
            .BuildServiceProvider();
        provider.GetRequiredService<UrduSentenceSegmenter>().Options.Should().Be(UrduSegmentationOptions.JoinLines);
        var transliterator = provider.GetRequiredService<UrduTransliterator>();
        transliterator.Should().NotBeSameAs(UrduTransliterator.Default);
        transliterator.Transliterate("زرمینہ").Should().Be("Zarmeena");
    }
}
