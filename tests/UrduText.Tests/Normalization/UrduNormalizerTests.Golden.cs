namespace UrduText.Tests.Normalization;

public partial class UrduNormalizerTests
{
    public sealed record GoldenCase(string Options, string Input, string Expected, string Note)
    {
        public override string ToString() => $"{Note} [{Options}]";
    }

    public static TheoryData<GoldenCase> Golden()
    {
        var data = new TheoryData<GoldenCase>();
        string options = "Default";
        foreach (string line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "TestData", "normalization.tsv")))
        {
            if (line.StartsWith("# options:", StringComparison.Ordinal))
            {
                options = line["# options:".Length..].Trim();
                continue;
            }

            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] cols = line.Split('\t');
            data.Add(new GoldenCase(options, NormalizationHarness.Unescape(cols[0]), NormalizationHarness.Unescape(cols[1]), cols[2]));
        }

        return data;
    }

    internal static UrduNormalizationOptions ParseOptions(string text)
    {
        UrduNormalizationOptions options = UrduNormalizationOptions.None;
        foreach (string part in text.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (part[0] == '-')
            {
                options &= ~Enum.Parse<UrduNormalizationOptions>(part[1..]);
            }
            else
            {
                options |= Enum.Parse<UrduNormalizationOptions>(part);
            }
        }

        return options;
    }

    [Theory]
    [MemberData(nameof(Golden))]
    public void Normalize_GoldenCase_EveryOverloadAgrees(GoldenCase golden)
    {
        var n = new UrduNormalizer(ParseOptions(golden.Options));
        string expected = golden.Expected;
        string because = golden.Note + ": " + NormalizationHarness.Escape(golden.Input);

        NormalizationHarness.Escape(NormalizationHarness.ViaString(n, golden.Input)).Should().Be(NormalizationHarness.Escape(expected), because);
        NormalizationHarness.ViaSpan(n, golden.Input).Should().Be(expected, because);
        NormalizationHarness.ViaTryNormalize(n, golden.Input).Should().Be(expected, because);
        NormalizationHarness.ViaInPlace(n, golden.Input).Should().Be(expected, because);
        NormalizationHarness.ViaInPlaceExact(n, golden.Input, expected).Should().Be(expected, because);
        foreach (int size in (int[])[1, 2, 3, 5, 8])
        {
            NormalizationHarness.ViaTinyDestinations(n, golden.Input, size).Should().Be(expected, because + " (destination " + size + ")");
        }

        foreach (int chunk in (int[])[1, 2, 3, 7])
        {
            NormalizationHarness.ViaChunks(n, golden.Input, chunk).Should().Be(expected, because + " (chunks of " + chunk + ")");
        }

        n.IsNormalized(expected).Should().BeTrue(because);
        n.IsNormalized(golden.Input).Should().Be(golden.Input == expected, because);
        n.Normalize(expected).Should().BeSameAs(expected, because);
    }

    [Fact]
    public void Golden_EveryRule_HasACase()
    {
        var notes = new List<string>();
        foreach (var row in Golden())
        {
            notes.Add(row.Data.Note);
        }

        foreach (string rule in (string[])["D1", "D2 ", "D2a", "D3", "D4", "D5", "D6", "D7", "D8", "S1", "S2", "S3", "S4",
            "Optional punctuation", "Optional spacing", "Optional symbol", "Optional digit"])
        {
            notes.Should().Contain(n => n.StartsWith(rule, StringComparison.Ordinal), rule);
        }
    }
}
