namespace UrduText;

/// <summary>
/// Name morphology from ODNI ICS-630-01 Annex F (romanization of Urdu personal names): the article in عبدال… is
/// assimilated before r (Abdur Rahman) and written Abdul otherwise (Abdul Sattar, the Pakistani convention), Allah names
/// take -u- (Abdullah, Habibullah), and din names are one word (Salahuddin).
/// </summary>
internal static class NameRules
{
    /// <summary>الدین</summary>
    public static ReadOnlySpan<char> Din => "\u0627\u0644\u062F\u06CC\u0646";

    /// <summary>اللہ</summary>
    public static ReadOnlySpan<char> Allah => "\u0627\u0644\u0644\u06C1";

    /// <summary>عبد</summary>
    public static ReadOnlySpan<char> Abd => "\u0639\u0628\u062F";

    /// <summary>ال (the Arabic article)</summary>
    public static ReadOnlySpan<char> Al => "\u0627\u0644";

    /// <summary>کے (postposition, also the letter name K)</summary>
    public static ReadOnlySpan<char> Ke => "\u06A9\u06D2";

    /// <summary>لہ (what is left of عبداللہ after عبدال)</summary>
    static ReadOnlySpan<char> Lah => "\u0644\u06C1";

    const char Reh = '\u0631';

    /// <summary>محمد</summary>
    static ReadOnlySpan<char> Muhammad => "\u0645\u062D\u0645\u062F";

    /// <summary>Applies a rule to a single folded word, if one fits; returns false otherwise.</summary>
    public static bool TryWrite(scoped ReadOnlySpan<char> key, ReadableEngine engine, Gazetteer g, ref OutputWriter writer)
    {
        if (key.SequenceEqual(Muhammad))
        {
            writer.Write("Muhammad"); // ODNI: the Prophet's name in its standard romanization, not Mohamed/Mohammed
            return true;
        }

        if (key.Length > 5 && key.StartsWith(Abd) && key[3..].StartsWith(Al))
        {
            WriteAbdul(key[5..], engine, g, ref writer);
            return true;
        }

        if (key.Length > Din.Length + 1 && key.EndsWith(Din))
        {
            engine.WriteKeyCapitalized(key[..^Din.Length], g, ref writer);
            writer.Write("uddin");
            return true;
        }

        if (key.Length > Allah.Length + 1 && key.EndsWith(Allah))
        {
            engine.WriteKeyCapitalized(key[..^Allah.Length], g, ref writer);
            writer.Write("ullah");
            return true;
        }

        return false;
    }

    /// <summary>A common word this long or longer may start a name followed by الدین or ال… (نظام الدین); shorter ones are function words.</summary>
    public const int MinCommonWordNameLength = 4;

    /// <summary>True for a second name part made of the article and a word (الحق, الرحمان, الزمان), not الدین / اللہ.</summary>
    public static bool IsArticleName(ReadOnlySpan<char> key) =>
        key.Length >= 4 && key.StartsWith(Al) && !key.SequenceEqual(Din) && !key.SequenceEqual(Allah);

    /// <summary>
    /// Writes the article part of a compound name, ODNI style: <c>-ul-Haq</c>, assimilated before a sun letter
    /// (<c>-ur-Rehman</c>, <c>-uz-Zaman</c>, <c>-us-Salam</c>).
    /// </summary>
    public static void WriteArticle(scoped ReadOnlySpan<char> rest, ReadableEngine engine, Gazetteer g, ref OutputWriter writer)
    {
        writer.Write(rest[0] switch
        {
            '\u0631' => "-ur-",                                 // REH
            '\u0632' or '\u0630' or '\u0636' or '\u0638' => "-uz-", // ZAIN, THAL, DAD, ZAH
            '\u0633' or '\u0635' or '\u062B' => "-us-",          // SEEN, SAD, THEH
            '\u0634' => "-ush-",                                // SHEEN
            '\u062A' or '\u0637' => "-ut-",                      // TEH, TAH
            '\u062F' => "-ud-",                                 // DAL
            '\u0646' => "-un-",                                 // NOON
            _ => "-ul-",
        });
        engine.WriteKeyCapitalized(rest, g, ref writer);
    }

    /// <summary>Writes عبدال + <paramref name="rest"/>: Abdullah, Abdur R…, or Abdul X.</summary>
    public static void WriteAbdul(scoped ReadOnlySpan<char> rest, ReadableEngine engine, Gazetteer g, ref OutputWriter writer)
    {
        if (rest.SequenceEqual(Lah) || rest.SequenceEqual(Allah[1..]))
        {
            writer.Write("Abdullah");
            return;
        }

        writer.Write(rest[0] == Reh ? "Abdur " : "Abdul ");
        engine.WriteKeyCapitalized(rest, g, ref writer);
    }
}
