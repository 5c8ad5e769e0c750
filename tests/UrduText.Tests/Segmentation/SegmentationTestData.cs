
namespace UrduText.Tests.Segmentation;

/// <summary>Loads TestData/sentences.tsv (see its header for the format).</summary>
public static class SegmentationTestData
{
    public const string Separator = " | ";

    public static string TestDataPath(params string[] parts) =>
        Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);

    public static TheoryData<GoldenCase> Golden()
    {
        var data = new TheoryData<GoldenCase>();
        int lineNumber = 0;
        foreach (string line in File.ReadLines(TestDataPath("sentences.tsv")))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] columns = line.Split('\t');
            if (columns.Length < 3)
            {
                throw new InvalidDataException($"sentences.tsv line {lineNumber}: expected at least 3 columns");
            }

            string expected = Unescape(columns[1]);
            var options = UrduSegmentationOptions.None;
            if (columns.Length > 3 && columns[3].Length > 0)
            {
                options = Enum.Parse<UrduSegmentationOptions>(columns[3]);
            }

            data.Add(new GoldenCase(
                lineNumber,
                Unescape(columns[0]),
                expected.Length == 0 ? [] : expected.Split(Separator),
                columns[2],
                options));
        }

        return data;
    }

    public static string Unescape(string s) => GoldenText.Unescape(s, strict: true);
}

/// <summary>One golden row; <see cref="ToString"/> names it in test output.</summary>
public sealed record GoldenCase(int Line, string Input, string[] Expected, string Note, UrduSegmentationOptions Options)
{
    public override string ToString() => $"line {Line}: {Note}";
}
