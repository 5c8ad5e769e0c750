using UrduText.Internal;

namespace UrduText;

/// <summary>
/// Step 1 of the Latin schemes: each Arabic-script word is normalized on its own before it is looked up or spelled, so
/// that text as it really arrives (PDF presentation forms, Arabic-keyboard letters, kashida, ZWNJ, bidi marks, uncomposed
/// madda) gives the same Latin as its canonical form.
/// </summary>
/// <remarks>
/// The rules are the Search profile of <see cref="UrduNormalizer"/> without S1 (diacritics stay: they are hints for the
/// model, and every key folds them away), S2/S4 (words hold no digits or Latin) and D6 (a word holds no spaces). Words are
/// normalized one at a time and never across a space, so the result depends only on the word: the span overload, the
/// string overload and a call resumed after <see cref="System.Buffers.OperationStatus.DestinationTooSmall"/> all see the
/// same normalized words. Reversible never normalizes (it must stay lossless).
/// </remarks>
internal static class WordNormalizer
{
    /// <summary>The most normalized characters one source character becomes (ﷲ → اللہ).</summary>
    public const int MaxGrowth = 4;

    const UrduNormalizationOptions Base = UrduNormalizationOptions.PresentationForms | UrduNormalizationOptions.ComposeHamzaAndMadda
        | UrduNormalizationOptions.RemoveInvisibles | UrduNormalizationOptions.CanonicalMarkOrder | UrduNormalizationOptions.RemoveZwnj;

    /// <summary>The normalizer for single words, with D2a (Arabic heh after an aspirable consonant → ھ, بهی → بھی).</summary>
    public static UrduNormalizer Instance { get; } = new(Base | UrduNormalizationOptions.ArabicLetters | UrduNormalizationOptions.DoChashmiRestoration);

    /// <summary>The same without D2a: Arabic heh is always ہ (the reading for names: جهشان is Jahshan, not Jhashan).</summary>
    public static UrduNormalizer Plain { get; } = new(Base | UrduNormalizationOptions.ArabicLetters);

    /// <summary>
    /// Without D2 and D2a: what <see cref="UrduTransliterator.Candidates"/> applies before running the pipeline, which then
    /// makes the D2a decision itself (Arabic heh must still be visible to it).
    /// </summary>
    public static UrduNormalizer KeepArabicLetters { get; } = new(Base);

    /// <summary>True when <paramref name="word"/> is already in the form the schemes key on (the common case: no copy).</summary>
    public static bool IsClean(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            // A word of Urdu-alphabet letters only is left alone by every rule; anything else (marks, kashida, controls,
            // presentation forms, Arabic-only letters) is decided by the normalizer's own scan.
            if (CharClasses.Of(c) != CharClass.UrduLetter)
            {
                return Instance.IsNormalized(word);
            }
        }

        return true;
    }

    /// <summary>
    /// Normalizes <paramref name="word"/> into <paramref name="destination"/>; returns the length written (0 when nothing is
    /// left), or -1 when it did not fit.
    /// </summary>
    public static int Normalize(ReadOnlySpan<char> word, Span<char> destination) =>
        Instance.TryNormalize(word, destination, out int written) ? written : -1;

    /// <summary>
    /// Like <see cref="Normalize(ReadOnlySpan{char}, Span{char})"/>, but a word with an Arabic heh keeps the D2a (do-chashmi)
    /// reading only when that reading is a known entry of <paramref name="g"/> and the plain one is not: بهی is بھی
    /// (bhi), while a name typed in Arabic orthography (جهشان, الفاكهي) keeps its h.
    /// </summary>
    public static int Normalize(ReadOnlySpan<char> word, Span<char> destination, Gazetteer g)
    {
        if (!Plain.TryNormalize(word, destination, out int plain))
        {
            return -1;
        }

        if (!word.Contains('\u0647')) // ARABIC LETTER HEH: the only letter D2a changes
        {
            return plain;
        }

        Span<char> restored = stackalloc char[Math.Min(destination.Length, 256)];
        if (!Instance.TryNormalize(word, restored, out int n) || restored[..n].SequenceEqual(destination[..plain]))
        {
            return plain;
        }

        Span<char> key = stackalloc char[Gazetteer.MaxKeyLengthForLookup];
        int k = Gazetteer.FoldKey(restored[..n], key);
        if (k == 0 || g.Exact(key[..k]) is null)
        {
            return plain;
        }

        k = Gazetteer.FoldKey(destination[..plain], key);
        if (k > 0 && g.Exact(key[..k]) is not null)
        {
            return plain;
        }

        restored[..n].CopyTo(destination);
        return n;
    }
}
