using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using UrduText.Lucene;

namespace UrduText.Integrations.Tests.Lucene;

public sealed class FactoryTests
{
    static Dictionary<string, string> Args(params (string Key, string Value)[] pairs)
    {
        var args = new Dictionary<string, string> { ["luceneMatchVersion"] = "4.8" };
        foreach (var (k, v) in pairs)
        {
            args[k] = v;
        }

        return args;
    }

    [Fact]
    public void Factories_BuildTheSameChainAsUrduAnalyzer()
    {
        const string text = "ﻛﻴﺎ پاکـــستان كى ٹیم نے ۲۰۲۴ میں بهی کھیلا؟";
        var charFilter = new UrduCharFilterFactory(Args());
        var tokenizer = new UrduLuceneTokenizerFactory(Args());
        var normalization = new UrduNormalizationFilterFactory(Args(("profile", "search")));
        var stop = new UrduStopFilterFactory(Args());

        var source = tokenizer.Create(charFilter.Create(new StringReader(text)));
        var chain = stop.Create(normalization.Create(source));
        var fromFactories = Terms(chain);

        using var analyzer = new UrduAnalyzer(LuceneVersion.LUCENE_48);
        var fromAnalyzer = Terms(analyzer.GetTokenStream("f", text));

        fromFactories.Should().Equal(fromAnalyzer);
        fromAnalyzer.Should().Equal("پاکستان", "ٹیم", "2024", "کھیلا");
    }

    [Fact]
    public void Factory_UnknownArgument_Throws()
    {
        var act = () => new UrduNormalizationFilterFactory(Args(("profil", "search")));
        act.Should().Throw<ArgumentException>().WithMessage("*profil*");
        var badProfile = () => new UrduCharFilterFactory(Args(("profile", "fast")));
        badProfile.Should().Throw<ArgumentException>().WithMessage("*fast*");
    }

    static List<string> Terms(TokenStream stream)
    {
        var terms = new List<string>();
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        stream.Dispose();
        return terms;
    }
}
