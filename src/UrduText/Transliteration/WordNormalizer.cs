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

    /// <summary>The normalizer for single words.</summary>
    public static UrduNormalizer Instance { get; } = new(
        UrduNormalizationOptions.PresentationForms | UrduNormalizationOptions.ArabicLetters | UrduNormalizationOptions.DoChashmiRestoration
        | UrduNormalizationOptions.ComposeHamzaAndMadda | UrduNormalizationOptions.RemoveInvisibles | UrduNormalizationOptions.CanonicalMarkOrder
        | UrduNormalizationOptions.RemoveZwnj);

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
}
