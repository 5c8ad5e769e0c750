using System.Text;

namespace UrduText.Generators;

/// <summary>
/// Checks that the runtime's normalizer (<see cref="string.Normalize(NormalizationForm)"/>: on Linux the system's ICU,
/// not .NET's own data) has the Unicode data the normalization tables were generated with. The combining-class table is
/// measured with it, so a normalizer of another version would silently add or drop marks.
/// </summary>
/// <remarks>
/// The probes are robust because canonical combining classes never change once a character is assigned (Unicode
/// stability policy) and an unassigned code point has class 0: a mark of class 230 put before one of class 220 is
/// reordered exactly when the normalizer's data assigns it. U+1E08F (new in Unicode 15.0) must be known, U+0897 ARABIC
/// PEPET (new in 16.0) must not; Unicode 15.1 added no combining marks, so every normalizer these probes accept
/// measures the same marks.
/// </remarks>
internal static class NormalizerVersion
{
    /// <summary>The Unicode versions whose normalization data the committed tables reflect.</summary>
    public const string Pinned = "15.0–15.1";

    /// <summary>Throws a clear error when the runtime's normalizer is of another Unicode version than <see cref="Pinned"/>.</summary>
    public static void Check()
    {
        bool knows15 = Reorders(0x1E08F); // COMBINING CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I, Unicode 15.0, class 230
        bool knows16 = Reorders(0x0897); // ARABIC PEPET, Unicode 16.0, class 230
        if (!knows15 || knows16)
        {
            throw new InvalidOperationException(
                $"string.Normalize here has Unicode {(knows16 ? "16.0 or later" : "before 15.0")} normalization data; the normalization tables "
                + $"are pinned to Unicode {Pinned} (ICU 72-75, as on Debian 12). Regenerate them on such a system, or move the pin "
                + "deliberately (docs/data.md) and review the table's diff.");
        }
    }

    static bool Reorders(int mark)
    {
        string text = "a" + char.ConvertFromUtf32(mark) + "\u0316"; // U+0316 COMBINING GRAVE ACCENT BELOW, class 220
        return text.Normalize(NormalizationForm.FormD) != text;
    }
}
