using System.Buffers;
using System.Runtime.CompilerServices;
using UrduText.Internal;

namespace UrduText.Segmentation;

/// <summary>
/// The character sets the segmenter searches for, derived once from the shared <see cref="CharClassTable"/> so that
/// "what is a terminator" and "what is whitespace" have a single definition.
/// </summary>
internal static class SentenceChars
{
    const char ArabicComma = '\u060C'; // ، ARABIC COMMA
    const char ArabicSemicolon = '\u061B'; // ؛ ARABIC SEMICOLON

    /// <summary>Every BMP terminator and line break: the only places a sentence can end by default.</summary>
    public static readonly SearchValues<char> Stops = Build(includeClauses: false);

    /// <summary><see cref="Stops"/> plus ، and ؛ for <see cref="UrduSegmentationOptions.SplitClauses"/>.</summary>
    public static readonly SearchValues<char> StopsWithClauses = Build(includeClauses: true);

    /// <summary>Spaces, tab and line breaks: what sentences are trimmed of.</summary>
    public static readonly SearchValues<char> WhiteSpace = BuildWhiteSpace();

    /// <summary>True for the classes sentences are trimmed of (<see cref="CharClass.Space"/>, <see cref="CharClass.LineBreak"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWhiteSpace(CharClass cls) => (uint)(cls - CharClass.Space) <= CharClass.LineBreak - CharClass.Space;

    /// <summary>True when <paramref name="c"/> is a space, tab or line break.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWhiteSpace(char c) => IsWhiteSpace(CharClasses.Of(c));

    /// <summary>True for ، and ؛, which end a segment only under <see cref="UrduSegmentationOptions.SplitClauses"/>.</summary>
    public static bool IsClauseMark(char c) => c is ArabicComma or ArabicSemicolon;

    static SearchValues<char> Build(bool includeClauses)
    {
        var chars = new List<char>();
        for (int c = 0; c <= char.MaxValue; c++)
        {
            CharClass cls = CharClasses.Of((char)c);
            if (cls is CharClass.Terminator or CharClass.LineBreak)
            {
                chars.Add((char)c);
            }
        }

        if (includeClauses)
        {
            chars.Add(ArabicComma);
            chars.Add(ArabicSemicolon);
        }

        return SearchValues.Create(chars.ToArray());
    }

    static SearchValues<char> BuildWhiteSpace()
    {
        var chars = new List<char>();
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (IsWhiteSpace(CharClasses.Of((char)c)))
            {
                chars.Add((char)c);
            }
        }

        return SearchValues.Create(chars.ToArray());
    }
}
