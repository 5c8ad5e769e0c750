namespace UrduText;

/// <summary>
/// A one-to-one ASCII code for Urdu: every letter, mark, digit and punctuation sign of the Urdu alphabet has its own code
/// (one ASCII letter, or <c>_</c>/<c>~</c> plus one character); ASCII letters and the code characters <c>_ ~ \ '</c> in the
/// input are escaped with a backslash; everything else (spaces, ASCII digits and punctuation, other scripts, lone
/// surrogates) passes through. Decoding is therefore exact for every string, not only normalized Urdu.
/// </summary>
internal static class ReversibleScheme
{
    /// <summary>Longest code, in characters (the expansion bound).</summary>
    public const int MaxCodeLength = 2;

    // (Urdu character, code). One table drives both directions.
    static readonly (char Urdu, string Code)[] s_table =
    [
        ('\u0627', "a"), ('\u0622', "A"), ('\u0628', "b"), ('\u067E', "p"), ('\u062A', "t"), ('\u0679', "T"), ('\u062B', "_s"),
        ('\u062C', "j"), ('\u0686', "c"), ('\u062D', "H"), ('\u062E', "x"), ('\u062F', "d"), ('\u0688', "D"), ('\u0630', "_d"),
        ('\u0631', "r"), ('\u0691', "R"), ('\u0632', "z"), ('\u0698', "Z"), ('\u0633', "s"), ('\u0634', "S"), ('\u0635', "_S"),
        ('\u0636', "_z"), ('\u0637', "_t"), ('\u0638', "_Z"), ('\u0639', "E"), ('\u063A', "G"), ('\u0641', "f"), ('\u0642', "q"),
        ('\u06A9', "k"), ('\u06AF', "g"), ('\u0644', "l"), ('\u0645', "m"), ('\u0646', "n"), ('\u06BA', "N"), ('\u0648', "w"),
        ('\u06C1', "h"), ('\u06BE', "_h"), ('\u0621', "'"), ('\u06CC', "y"), ('\u06D2', "e"), ('\u0626', "Y"), ('\u0624', "W"),
        ('\u06C2', "_H"), ('\u06C3', "_T"), ('\u06D3', "_e"), ('\u0623', "_a"), ('\u0625', "_i"),
        // Arabic letters that normalized Urdu does not contain but real text does; coded so they survive too.
        ('\u064A', "_y"), ('\u0643', "_k"), ('\u0647', "_x"), ('\u0629', "_q"), ('\u0649', "_Y"),
        // Marks.
        ('\u064E', "~a"), ('\u0650', "~i"), ('\u064F', "~u"), ('\u0651', "~w"), ('\u0652', "~o"), ('\u064B', "~A"),
        ('\u064D', "~I"), ('\u064C', "~U"), ('\u0670', "~L"), ('\u0656', "~K"), ('\u0657', "~V"), ('\u0658', "~n"),
        ('\u0654', "~h"), ('\u0655', "~b"), ('\u0653', "~m"),
        // Digits, punctuation, joiners.
        ('\u06F0', "_0"), ('\u06F1', "_1"), ('\u06F2', "_2"), ('\u06F3', "_3"), ('\u06F4', "_4"), ('\u06F5', "_5"),
        ('\u06F6', "_6"), ('\u06F7', "_7"), ('\u06F8', "_8"), ('\u06F9', "_9"), ('\u06D4', "_."), ('\u060C', "_,"),
        ('\u061F', "_?"), ('\u061B', "_;"), ('\u066A', "_%"), ('\u066B', "_:"), ('\u066C', "_'"), ('\u200C', "_|"),
        ('\u200D', "_&"), ('\u0640', "_-"),
    ];

    static readonly string?[] s_encode = BuildEncode();
    static readonly char[] s_decodeSingle = new char[128];
    static readonly char[] s_decodeUnderscore = new char[128];
    static readonly char[] s_decodeTilde = new char[128];

    static string?[] BuildEncode()
    {
        var encode = new string?[0x0700 - 0x0600 + 0x10];
        foreach (var (urdu, code) in s_table)
        {
            encode[Slot(urdu)] = code;
        }

        return encode;
    }

    static ReversibleScheme()
    {
        foreach (var (urdu, code) in s_table)
        {
            char[] target = code.Length == 1 ? s_decodeSingle : code[0] == '_' ? s_decodeUnderscore : s_decodeTilde;
            target[code[^1]] = urdu;
        }
    }

    static int Slot(char c) => c is '\u200C' or '\u200D' ? 0x100 + c - '\u200C' : c - '\u0600';

    static string? Encode(char c) => c is (>= '\u0600' and <= '\u06FF') or '\u200C' or '\u200D' ? s_encode[Slot(c)] : null;

    static bool NeedsEscape(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_' or '~' or '\\' or '\'';

    /// <summary>Encodes <paramref name="source"/>; on overflow stops before the character that did not fit.</summary>
    public static void Encode(ReadOnlySpan<char> source, ref OutputWriter writer, out int consumed)
    {
        for (int i = 0; i < source.Length; i++)
        {
            char c = source[i];
            int mark = writer.Written;
            if (Encode(c) is { } code)
            {
                writer.Write(code);
            }
            else if (NeedsEscape(c))
            {
                writer.Write('\\');
                writer.Write(c);
            }
            else
            {
                writer.Write(c);
            }

            if (writer.Overflow)
            {
                writer.Rewind(mark);
                writer.Overflow = true;
                consumed = i;
                return;
            }
        }

        consumed = source.Length;
    }

    /// <summary>Decodes <paramref name="source"/>; on overflow stops before the code that did not fit.</summary>
    public static void Decode(ReadOnlySpan<char> source, ref OutputWriter writer, out int consumed)
    {
        int i = 0;
        while (i < source.Length)
        {
            char c = source[i];
            int read = 1;
            char output = c;
            if (c == '\\' && i + 1 < source.Length)
            {
                output = source[i + 1];
                read = 2;
            }
            else if (c is '_' or '~' && i + 1 < source.Length && source[i + 1] < 128)
            {
                char u = (c == '_' ? s_decodeUnderscore : s_decodeTilde)[source[i + 1]];
                if (u != '\0')
                {
                    output = u;
                    read = 2;
                }
            }
            else if (c < 128 && s_decodeSingle[c] != '\0')
            {
                output = s_decodeSingle[c];
            }

            writer.Write(output);
            if (writer.Overflow)
            {
                consumed = i;
                return;
            }

            i += read;
        }

        consumed = i;
    }
}
