using System.Text;

namespace UrduText.Generators;

/// <summary>Pieces of C# source the table generators share.</summary>
internal static class GeneratedCode
{
    /// <summary>
    /// Appends <paramref name="values"/> as the body of a collection expression: <paramref name="perRow"/> items a line,
    /// each line indented eight spaces and every item followed by a comma.
    /// </summary>
    public static void AppendRows<T>(StringBuilder sb, IReadOnlyList<T> values, int perRow, Func<T, string> format)
    {
        for (int i = 0; i < values.Count; i += perRow)
        {
            sb.Append("        ");
            for (int j = i; j < Math.Min(i + perRow, values.Count); j++)
            {
                sb.Append(format(values[j])).Append(", ");
            }

            sb.Length--; // the space after the row's last comma
            sb.AppendLine();
        }
    }
}
