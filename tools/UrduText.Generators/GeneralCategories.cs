using System.Globalization;

namespace UrduText.Generators;

/// <summary>
/// The general category of every code point, read from the committed UnicodeData/GeneralCategory.txt of the pinned
/// Unicode version (docs/data.md), never from the running runtime: the tables must not change with the runtime that
/// global.json rolls forward to.
/// </summary>
internal sealed class GeneralCategories
{
    /// <summary>The pinned Unicode version; the file's first line must name it.</summary>
    public const string Version = "16.0.0";

    readonly UnicodeCategory[] _categories;

    GeneralCategories(UnicodeCategory[] categories) => _categories = categories;

    /// <summary>The category of <paramref name="codePoint"/> (<see cref="UnicodeCategory.OtherNotAssigned"/> if unassigned).</summary>
    public UnicodeCategory this[int codePoint] => _categories[codePoint];

    /// <summary>True for the three mark categories (Mn, Mc, Me).</summary>
    public bool IsMark(int codePoint) => this[codePoint] is UnicodeCategory.NonSpacingMark
        or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>Reads the file of "first..last; Lu" lines; unlisted code points are unassigned.</summary>
    /// <exception cref="InvalidDataException">The file is of another Unicode version than <see cref="Version"/>.</exception>
    public static GeneralCategories Load(string root)
    {
        string path = Path.Combine(root, "tools", "UrduText.Generators", "UnicodeData", "GeneralCategory.txt");
        string[] lines = File.ReadAllLines(path);
        if (lines.Length == 0 || !lines[0].StartsWith($"# Unicode {Version} General_Category", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{path} is not the Unicode {Version} General_Category file the generators are pinned to.");
        }

        var categories = new UnicodeCategory[0x110000];
        Array.Fill(categories, UnicodeCategory.OtherNotAssigned);
        foreach (string raw in lines)
        {
            string line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            int semicolon = line.IndexOf(';', StringComparison.Ordinal);
            var (start, end) = ParseRange(line[..semicolon]);
            Array.Fill(categories, CategoryOf(line[(semicolon + 1)..].Trim()), start, end - start + 1);
        }

        return new GeneralCategories(categories);
    }

    /// <summary>Parses "XXXX" or "XXXX..YYYY" (hex, as in the Unicode data files).</summary>
    public static (int Start, int End) ParseRange(string field)
    {
        string text = field.Trim();
        int dots = text.IndexOf("..", StringComparison.Ordinal);
        int start = int.Parse(dots < 0 ? text : text[..dots], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        int end = dots < 0 ? start : int.Parse(text[(dots + 2)..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return (start, end);
    }

    static UnicodeCategory CategoryOf(string alias) => alias switch
    {
        "Lu" => UnicodeCategory.UppercaseLetter,
        "Ll" => UnicodeCategory.LowercaseLetter,
        "Lt" => UnicodeCategory.TitlecaseLetter,
        "Lm" => UnicodeCategory.ModifierLetter,
        "Lo" => UnicodeCategory.OtherLetter,
        "Mn" => UnicodeCategory.NonSpacingMark,
        "Mc" => UnicodeCategory.SpacingCombiningMark,
        "Me" => UnicodeCategory.EnclosingMark,
        "Nd" => UnicodeCategory.DecimalDigitNumber,
        "Nl" => UnicodeCategory.LetterNumber,
        "No" => UnicodeCategory.OtherNumber,
        "Pc" => UnicodeCategory.ConnectorPunctuation,
        "Pd" => UnicodeCategory.DashPunctuation,
        "Ps" => UnicodeCategory.OpenPunctuation,
        "Pe" => UnicodeCategory.ClosePunctuation,
        "Pi" => UnicodeCategory.InitialQuotePunctuation,
        "Pf" => UnicodeCategory.FinalQuotePunctuation,
        "Po" => UnicodeCategory.OtherPunctuation,
        "Sm" => UnicodeCategory.MathSymbol,
        "Sc" => UnicodeCategory.CurrencySymbol,
        "Sk" => UnicodeCategory.ModifierSymbol,
        "So" => UnicodeCategory.OtherSymbol,
        "Zs" => UnicodeCategory.SpaceSeparator,
        "Zl" => UnicodeCategory.LineSeparator,
        "Zp" => UnicodeCategory.ParagraphSeparator,
        "Cc" => UnicodeCategory.Control,
        "Cf" => UnicodeCategory.Format,
        "Cs" => UnicodeCategory.Surrogate,
        "Co" => UnicodeCategory.PrivateUse,
        _ => throw new InvalidDataException($"unknown general category '{alias}'"),
    };
}
