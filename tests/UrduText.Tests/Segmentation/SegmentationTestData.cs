using System.Globalization;
using System.Text;

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

    public static string Unescape(string s)
    {
        if (!s.Contains('\\', StringComparison.Ordinal))
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] != '\\' || i + 1 >= s.Length)
            {
                sb.Append(s[i]);
                continue;
            }

            char e = s[++i];
            switch (e)
            {
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case '\\': sb.Append('\\'); break;
                case 'u':
                    sb.Append((char)int.Parse(s.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: throw new InvalidDataException($"unknown escape \\{e}");
            }
        }

        return sb.ToString();
    }
}

/// <summary>One golden row; <see cref="ToString"/> names it in test output.</summary>
public sealed record GoldenCase(int Line, string Input, string[] Expected, string Note, UrduSegmentationOptions Options)
{
    public override string ToString() => $"line {Line}: {Note}";
}
