using CsCheck;

namespace UrduText.Tests.Properties;

/// <summary>
/// CsCheck generators for text that favours the hard parts (see <see cref="HardPieces"/>), with a little random Unicode so
/// that nothing outside the lists goes untested. Shrinking works on the piece sequence, so failures come out short.
/// </summary>
public static class UrduGen
{
    static Gen<string> Of(string[] pieces) => Gen.Int[0, pieces.Length - 1].Select(i => pieces[i]);

    /// <summary>Any UTF-16 code unit, lone surrogates included.</summary>
    public static readonly Gen<string> AnyCodeUnit = Gen.Char.Select(c => c.ToString());

    /// <summary>A code point from the Arabic blocks (U+0600–U+06FF, U+0750–U+077F, U+08A0–U+08FF).</summary>
    public static readonly Gen<string> ArabicBlockChar = Gen.OneOf(Gen.Char['\u0600', '\u06FF'], Gen.Char['\u0750', '\u077F'], Gen.Char['\u08A0', '\u08FF'])
        .Select(c => c.ToString());

    /// <summary>Any presentation form code unit (U+FB50–U+FDFF, U+FE70–U+FEFF).</summary>
    public static readonly Gen<string> AnyPresentationForm = Gen.OneOf(Gen.Char['\uFB50', '\uFDFF'], Gen.Char['\uFE70', '\uFEFF']).Select(c => c.ToString());

    /// <summary>A random supplementary code point (emoji planes mostly), as a valid pair.</summary>
    public static readonly Gen<string> Astral = Gen.Frequency((3, Gen.Int[0x1F300, 0x1FAFF]), (1, Gen.Int[0x10000, 0x10FFFF]))
        .Select(cp => char.ConvertFromUtf32(cp));

    /// <summary>An Urdu word followed by 1–4 marks (a letter with its marks must never be split).</summary>
    public static readonly Gen<string> MarkedWord = Gen.Select(Of(HardPieces.UrduWords), Of(HardPieces.Marks).Array[1, 4], (w, m) => w + string.Concat(m));

    /// <summary>One piece of text, weighted towards the hard categories.</summary>
    public static readonly Gen<string> Piece = Gen.Frequency(
        (14, Of(HardPieces.UrduWords)),
        (10, Of(HardPieces.Spaces)),
        (4, Of(HardPieces.ArabicSpellings)),
        (5, Of(HardPieces.Marks)),
        (3, MarkedWord),
        (4, Of(HardPieces.PresentationForms)),
        (1, AnyPresentationForm),
        (4, Of(HardPieces.Invisibles)),
        (5, Of(HardPieces.Numbers)),
        (4, Of(HardPieces.Emoji)),
        (4, Of(HardPieces.WebTokens)),
        (4, Of(HardPieces.Quotes)),
        (6, Of(HardPieces.Punctuation)),
        (4, Of(HardPieces.LineBreaks)),
        (2, Of(HardPieces.Broken)),
        (3, Of(HardPieces.LatinWords)),
        (2, Of(HardPieces.UrduAbbreviations)),
        (2, ArabicBlockChar),
        (1, Astral),
        (1, AnyCodeUnit));

    /// <summary>Text of 0–<paramref name="maxPieces"/> pieces.</summary>
    public static Gen<string> Text(int maxPieces = 40) => Piece.Array[0, maxPieces].Select(string.Concat);

    /// <summary>Short text, the default for property tests.</summary>
    public static readonly Gen<string> Default = Text();

    /// <summary>Longer text (up to a few thousand chars), so that streaming windows actually move.</summary>
    public static readonly Gen<string> LongText = Text(600);
}
