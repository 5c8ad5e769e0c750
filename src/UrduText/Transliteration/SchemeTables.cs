namespace UrduText;

/// <summary>What the Latin schemes do with the characters between words: Urdu punctuation and digits become ASCII, the rest passes through.</summary>
internal static class SchemeTables
{
    /// <summary>Writes the character(s) at <paramref name="index"/> and returns how many were read (2 for a surrogate pair).</summary>
    public static int WritePassThrough(scoped ReadOnlySpan<char> source, int index, ref OutputWriter writer)
    {
        char c = source[index];
        char mapped = MapPunctuation(c);
        if (mapped != '\0')
        {
            writer.Write(mapped);
            return 1;
        }

        if (char.IsHighSurrogate(c) && index + 1 < source.Length && char.IsLowSurrogate(source[index + 1]))
        {
            writer.Write(c);
            writer.Write(source[index + 1]);
            return 2;
        }

        writer.Write(c); // lone surrogates included: passed through, never dropped
        return 1;
    }

    /// <summary>The ASCII form of Urdu punctuation and digits, or '\0' when the character is not one.</summary>
    public static char MapPunctuation(char c) => c switch
    {
        '\u06D4' => '.',  // ARABIC FULL STOP
        '\u060C' => ',',  // ARABIC COMMA
        '\u061F' => '?',  // ARABIC QUESTION MARK
        '\u061B' => ';',  // ARABIC SEMICOLON
        '\u066A' => '%',  // ARABIC PERCENT SIGN
        '\u066B' => '.',  // ARABIC DECIMAL SEPARATOR
        '\u066C' => ',',  // ARABIC THOUSANDS SEPARATOR
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')), // EXTENDED ARABIC-INDIC DIGITs (Urdu)
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')), // ARABIC-INDIC DIGITs
        _ => '\0',
    };
}
