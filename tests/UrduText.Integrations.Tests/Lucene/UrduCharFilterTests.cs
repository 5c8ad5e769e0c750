using Lucene.Net.Analysis;
using UrduText.Lucene;

namespace UrduText.Integrations.Tests.Lucene;

public sealed class UrduCharFilterTests
{
    [Theory]
    [InlineData("ﻛﻴﺎ ﺁﭖ ﻧﮯ ﻳﮧ ﺩﻳﻜﮭﺎ")]
    [InlineData("پاکـــستان\u200F میں ﻻہور")]
    [InlineData("کِتاب پڑھ\u200Bنا ۲۰۲۴")]
    [InlineData("")]
    [InlineData("   ")]
    public void Read_AnyChunking_GivesTheSearchNormalizedRuns(string text)
    {
        foreach (int chunk in new[] { 1, 2, 5, 100 })
        {
            using var filter = new UrduCharFilter(new TrickleReader(text, chunk, chunk));
            string output = ReadAll(filter);
            output.Should().Be(NormalizeRuns(text));
        }
    }

    [Fact]
    public void CorrectOffset_RemovedAndExpandedCharacters_MapsWordsBackToTheOriginal()
    {
        // Tatweel and a bidi mark are removed inside the first word; the lam-alef ligature U+FEFB expands to two letters.
        const string text = "پاکـــستان\u200F \uFEFBہور کا";
        using var filter = new UrduCharFilter(new StringReader(text));
        string output = ReadAll(filter);
        output.Should().Be("پاکستان لاہور کا");

        int lahore = output.IndexOf("لاہور", StringComparison.Ordinal);
        filter.CorrectOffset(0).Should().Be(0);
        filter.CorrectOffset(7).Should().Be(11, "the end of پاکستان is after the removed characters");
        filter.CorrectOffset(lahore).Should().Be(12);
        filter.CorrectOffset(lahore + 5).Should().Be(16, "the end of لاہور is the end of ﻻہور");
        filter.CorrectOffset(output.Length).Should().Be(text.Length);
    }

    [Fact]
    public void CorrectOffset_IsMonotonic()
    {
        string text = string.Concat(UrduCorpus.Documents.Take(60).Select(d => d.Text + "\n"));
        using var filter = new UrduCharFilter(new TrickleReader(text, 37, 5));
        string output = ReadAll(filter);
        int previous = 0;
        for (int i = 0; i <= output.Length; i++)
        {
            int corrected = filter.CorrectOffset(i);
            corrected.Should().BeGreaterThanOrEqualTo(previous).And.BeLessThanOrEqualTo(text.Length);
            previous = corrected;
        }

        filter.CorrectOffset(output.Length).Should().Be(text.Length);
    }

    [Fact]
    public void CorrectOffset_EveryRun_PointsAtTheOriginalSpellingOfIt()
    {
        // Presentation forms, Arabic-keyboard letters, diacritics in canonical and reversed order, kashida and bidi marks:
        // each normalized run maps back to a slice of the original that normalizes to it.
        string text = string.Concat(UrduCorpus.Documents.Take(200).Select(d => d.Text + "\n"))
            + "ب\u0651\u064Eات \u200Fكيا\u0640\u0640 \uFEFBہور\u200B \n\u064Cا ﷲ\n";
        using var filter = new UrduCharFilter(new TrickleReader(text, 41, 7));
        string output = ReadAll(filter);
        int runs = 0;
        for (int i = 0; i < output.Length;)
        {
            if (char.IsWhiteSpace(output[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < output.Length && !char.IsWhiteSpace(output[i]))
            {
                i++;
            }

            int from = filter.CorrectOffset(start);
            int to = filter.CorrectOffset(i);
            UrduNormalizer.Search.Normalize(text[from..to]).Should().Be(output[start..i], $"output {start}..{i} maps to {from}..{to}");
            runs++;
        }

        runs.Should().BeGreaterThan(1000);
    }

    static string ReadAll(CharFilter filter)
    {
        var sb = new System.Text.StringBuilder();
        char[] buffer = new char[3];
        int n;
        while ((n = filter.Read(buffer, 0, buffer.Length)) > 0)
        {
            sb.Append(buffer, 0, n);
        }

        return sb.ToString();
    }

    static string NormalizeRuns(string text)
    {
        var sb = new System.Text.StringBuilder();
        int i = 0;
        while (i < text.Length)
        {
            int start = i;
            bool space = char.IsWhiteSpace(text[i]);
            while (i < text.Length && char.IsWhiteSpace(text[i]) == space)
            {
                i++;
            }

            sb.Append(space ? text[start..i] : UrduNormalizer.Search.Normalize(text[start..i]));
        }

        return sb.ToString();
    }
}
