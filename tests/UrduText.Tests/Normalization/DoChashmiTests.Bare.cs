namespace UrduText.Tests.Normalization;

// The normalizer's fast loop resolves mark-free words with ResolveBare; it must decide exactly as the general Resolve does.
public partial class DoChashmiTests
{
    [Fact]
    public void ResolveBare_EveryCuratedAndEvaluationWord_AgreesWithResolve()
    {
        var words = new HashSet<string>(DoChashmiLexicon.Instance.Curated.Keys, StringComparer.Ordinal);
        foreach (string file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "dochashmi"), "*.txt"))
        {
            foreach (string word in File.ReadAllText(file).Split([' ', '\n', '\r', '\t', '۔', '،', '؟'], StringSplitOptions.RemoveEmptyEntries))
            {
                words.Add(word);
            }
        }

        int compared = 0;
        foreach (string word in words)
        {
            // The Arabic-keyboard spelling: both hehs typed as U+0647.
            string typed = word.Replace('\u06BE', '\u0647').Replace('\u06C1', '\u0647');
            if (!typed.Contains('\u0647') || typed.Any(c => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark || c == '\u0640'))
            {
                continue;
            }

            char[] general = typed.ToCharArray();
            char[] bare = typed.ToCharArray();
            DoChashmi.Resolve(general);
            DoChashmi.ResolveBare(bare);
            new string(bare).Should().Be(new string(general), typed);
            compared++;
        }

        compared.Should().BeGreaterThan(1000);
    }
}
