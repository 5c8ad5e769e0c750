using System.Globalization;
using System.Text;

namespace UrduText.Tests;

/// <summary>The escapes every golden TSV under TestData uses for invisible, bidi and control characters.</summary>
public static class GoldenText
{
    /// <summary>
    /// Decodes <c>\uXXXX</c>, <c>\n</c>, <c>\r</c>, <c>\t</c> and <c>\\</c>. Any other backslash is kept as written, or,
    /// with <paramref name="strict"/>, rejected so that a typo in a golden file cannot pass silently.
    /// </summary>
    public static string Unescape(string s, bool strict = false)
    {
        if (!s.Contains('\\', StringComparison.Ordinal))
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == '\\' && i + 1 < s.Length)
            {
                switch (s[i + 1])
                {
                    case 'u' when i + 5 < s.Length:
                        sb.Append((char)int.Parse(s.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                        i += 5;
                        continue;
                    case 'n':
                        sb.Append('\n');
                        i++;
                        continue;
                    case 'r':
                        sb.Append('\r');
                        i++;
                        continue;
                    case 't':
                        sb.Append('\t');
                        i++;
                        continue;
                    case '\\':
                        sb.Append('\\');
                        i++;
                        continue;
                    default:
                        if (strict)
                        {
                            throw new InvalidDataException($"unknown escape \\{s[i + 1]}");
                        }

                        break;
                }
            }

            sb.Append(s[i]);
        }

        return sb.ToString();
    }
}
