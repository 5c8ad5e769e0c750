using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace UrduText.Lucene;

/// <summary>Creates <see cref="UrduCharFilter"/>. Argument <c>profile</c>: <c>search</c> (default) or <c>default</c>.</summary>
public sealed class UrduCharFilterFactory : CharFilterFactory
{
    readonly UrduNormalizer _normalizer;

    /// <summary>Creates the factory from Lucene factory arguments.</summary>
    /// <param name="args">The arguments; unknown ones are an error.</param>
    /// <exception cref="ArgumentException">An argument is unknown or has an invalid value.</exception>
    public UrduCharFilterFactory(IDictionary<string, string> args)
        : base(args)
    {
        _normalizer = FactoryArguments.TakeProfile(args);
        FactoryArguments.EnsureEmpty(args);
    }

    /// <summary>Wraps <paramref name="input"/> in a <see cref="UrduCharFilter"/>.</summary>
    /// <param name="input">The text.</param>
    /// <returns>The filtered text.</returns>
    public override TextReader Create(TextReader input) => new UrduCharFilter(input, _normalizer);
}

/// <summary>Creates <see cref="UrduLuceneTokenizer"/>. Argument <c>keepPunctuation</c>: <c>false</c> (default) or <c>true</c>.</summary>
public sealed class UrduLuceneTokenizerFactory : TokenizerFactory
{
    readonly bool _keepPunctuation;

    /// <summary>Creates the factory from Lucene factory arguments.</summary>
    /// <param name="args">The arguments; unknown ones are an error.</param>
    /// <exception cref="ArgumentException">An argument is unknown or has an invalid value.</exception>
    public UrduLuceneTokenizerFactory(IDictionary<string, string> args)
        : base(args)
    {
        _keepPunctuation = GetBoolean(args, "keepPunctuation", false);
        FactoryArguments.EnsureEmpty(args);
    }

    /// <summary>Creates a tokenizer over <paramref name="input"/>.</summary>
    /// <param name="factory">The attribute factory.</param>
    /// <param name="input">The text.</param>
    /// <returns>The tokenizer.</returns>
    public override Tokenizer Create(AttributeSource.AttributeFactory factory, TextReader input)
        => new UrduLuceneTokenizer(factory, input, _keepPunctuation);
}

/// <summary>Creates <see cref="UrduNormalizationFilter"/>. Argument <c>profile</c>: <c>search</c> (default) or <c>default</c>.</summary>
public sealed class UrduNormalizationFilterFactory : TokenFilterFactory, IMultiTermAwareComponent
{
    readonly UrduNormalizer _normalizer;

    /// <summary>Creates the factory from Lucene factory arguments.</summary>
    /// <param name="args">The arguments; unknown ones are an error.</param>
    /// <exception cref="ArgumentException">An argument is unknown or has an invalid value.</exception>
    public UrduNormalizationFilterFactory(IDictionary<string, string> args)
        : base(args)
    {
        _normalizer = FactoryArguments.TakeProfile(args);
        FactoryArguments.EnsureEmpty(args);
    }

    /// <summary>Wraps <paramref name="input"/> in a <see cref="UrduNormalizationFilter"/>.</summary>
    /// <param name="input">The tokens.</param>
    /// <returns>The filtered tokens.</returns>
    public override TokenStream Create(TokenStream input) => new UrduNormalizationFilter(input, _normalizer);

    /// <summary>Normalization applies to wildcard and prefix query terms too.</summary>
    /// <returns>This factory.</returns>
    public AbstractAnalysisFactory GetMultiTermComponent() => this;
}

/// <summary>Creates <see cref="UrduStopFilter"/> with the built-in list (<see cref="UrduStopWords.Default"/>).</summary>
public sealed class UrduStopFilterFactory : TokenFilterFactory
{
    /// <summary>Creates the factory from Lucene factory arguments.</summary>
    /// <param name="args">The arguments (only <c>luceneMatchVersion</c>); unknown ones are an error.</param>
    /// <exception cref="ArgumentException">An argument is unknown.</exception>
    public UrduStopFilterFactory(IDictionary<string, string> args)
        : base(args)
    {
        FactoryArguments.EnsureEmpty(args);
    }

    /// <summary>Wraps <paramref name="input"/> in a <see cref="UrduStopFilter"/>.</summary>
    /// <param name="input">The tokens.</param>
    /// <returns>The filtered tokens.</returns>
    public override TokenStream Create(TokenStream input)
        => new UrduStopFilter(m_luceneMatchVersion, input, UrduStopWords.Default);
}

static class FactoryArguments
{
    public static UrduNormalizer TakeProfile(IDictionary<string, string> args)
    {
        if (!args.Remove("profile", out string? profile))
        {
            return UrduNormalizer.Search;
        }

        return profile.ToUpperInvariant() switch
        {
            "SEARCH" => UrduNormalizer.Search,
            "DEFAULT" => UrduNormalizer.Default,
            _ => throw new ArgumentException($"Unknown profile '{profile}': use 'search' or 'default'.", nameof(args)),
        };
    }

    public static void EnsureEmpty(IDictionary<string, string> args)
    {
        if (args.Count > 0)
        {
            throw new ArgumentException("Unknown parameters: " + string.Join(", ", args.Keys), nameof(args));
        }
    }
}
