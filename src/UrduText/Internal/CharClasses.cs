using System.Runtime.CompilerServices;
using System.Text;

namespace UrduText.Internal;

/// <summary>Lookups over the generated <see cref="CharClassTable"/>.</summary>
internal static class CharClasses
{
    /// <summary>The class of one UTF-16 code unit (surrogates report <see cref="CharClass.HighSurrogate"/>/<see cref="CharClass.LowSurrogate"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CharClass Of(char c) => (CharClass)Unsafe.Add(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(CharClassTable.Bmp), c);

    /// <summary>The class of a whole code point, including the supplementary planes.</summary>
    public static CharClass Of(int codePoint)
    {
        if ((uint)codePoint <= 0xFFFF)
        {
            return Of((char)codePoint);
        }

        return OfSupplementary(codePoint);
    }

    /// <summary>The class of the code point that starts at <paramref name="index"/>, and how many code units it spans (1 or 2).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CharClass At(ReadOnlySpan<char> text, int index, out int width)
    {
        char c = text[index];
        CharClass cls = Of(c);
        width = 1;
        if (cls == CharClass.HighSurrogate && (uint)(index + 1) < (uint)text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            width = 2;
            return OfSupplementary(char.ConvertToUtf32(c, text[index + 1]));
        }

        return cls;
    }

    /// <summary>True for the letter classes (Urdu, Arabic, presentation forms, Latin, other scripts).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetter(CharClass cls) => (uint)(cls - CharClass.UrduLetter) <= CharClass.OtherLetter - CharClass.UrduLetter;

    /// <summary>True for Arabic-script letters (Urdu, other Arabic, presentation forms).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsArabicScriptLetter(CharClass cls) => (uint)(cls - CharClass.UrduLetter) <= CharClass.PresentationFormLetter - CharClass.UrduLetter;

    /// <summary>True for the digit classes of every script.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(CharClass cls) => (uint)(cls - CharClass.AsciiDigit) <= CharClass.OtherDigit - CharClass.AsciiDigit;

    static CharClass OfSupplementary(int codePoint)
    {
        ReadOnlySpan<int> starts = CharClassTable.SupplementaryStarts;
        int i = starts.BinarySearch(codePoint);
        if (i < 0)
        {
            i = ~i - 1;
        }

        return i < 0 ? CharClass.Other : (CharClass)CharClassTable.SupplementaryClasses[i];
    }

    /// <summary>The class of a <see cref="Rune"/>.</summary>
    public static CharClass Of(Rune rune) => Of(rune.Value);
}
