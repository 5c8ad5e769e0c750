using System.Globalization;
using System.Text;

namespace UrduText.Tests.Tokenization;

/// <summary>Loads TestData/tokenization.tsv. Rows are passed to theories escaped (lone surrogates upset the runner) and decoded in the test.</summary>
public static class TokenizationGolden
{
    public static TheoryData<string, string, string> Rows()
    {
        var data = new TheoryData<string, string, string>();
        foreach (string line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "TestData", "tokenization.tsv")))
        {
            if (line.Length == 0 || (line[0] == '#' && !line.Contains('\t', StringComparison.Ordinal)))
            {
                continue;
            }

            string[] columns = line.Split('\t');
            if (columns.Length != 3)
            {
                throw new InvalidDataException($"tokenization.tsv: expected 3 columns in '{line}'");
            }

            data.Add(columns[0], columns[1], columns[2]);
        }

        return data;
    }

    /// <summary>Decodes <c>\uXXXX</c>, <c>\n</c>, <c>\r</c>, <c>\t</c> and <c>\\</c>.</summary>
    public static string Unescape(string s) => GoldenText.Unescape(s);

    /// <summary>Parses the expected column: space-separated <c>Kind:text</c> items.</summary>
    public static List<(UrduTokenKind Kind, string Text)> ParseExpected(string column)
    {
        var result = new List<(UrduTokenKind, string)>();
        foreach (string item in column.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            int colon = item.IndexOf(':', StringComparison.Ordinal);
            var kind = Enum.Parse<UrduTokenKind>(item[..colon]);
            result.Add((kind, Unescape(item[(colon + 1)..])));
        }

        return result;
    }

    /// <summary>Formats tokens the way the expected column is written, for readable failure messages.</summary>
    public static string Format(string text, IEnumerable<UrduToken> tokens)
    {
        var sb = new StringBuilder();
        foreach (UrduToken token in tokens)
        {
            sb.Append(sb.Length == 0 ? "" : " ").Append(token.Kind).Append(':').Append(Escape(text[token.Range]));
        }

        return sb.ToString();
    }

    public static string Escape(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            if (c < ' ' || char.IsSurrogate(c) || c is (>= '\u200B' and <= '\u200F') or '\uFEFF' or '\uFE0F' or '\u20E3' or '\u00A0' or '\u2029'
                || (c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned))
            {
                sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
