namespace UrduText;

/// <summary>How <see cref="UrduTransliterator"/> writes Urdu in Latin script.</summary>
public enum TransliterationScheme
{
    /// <summary>
    /// The default: names as the world writes them (<c>ولادی میر پوتن</c> → <c>Vladimir Putin</c>), acronyms read from
    /// their letter names (<c>اے ایف پی</c> → <c>AFP</c>), common words in Roman Urdu (<c>کے</c> → <c>ke</c>), and a
    /// statistical model with restored vowels for everything else. Lossy and ASCII-only.
    /// </summary>
    Readable,

    /// <summary>ALA-LC romanization (Library of Congress) with its diacritics (ṭ ḍ ṛ, ā ī ū, ʻ, izafat <c>-i</c>), letter by letter.</summary>
    AlaLc,

    /// <summary>A lossless ASCII scheme: <see cref="UrduTransliterator.FromReversible(string)"/> restores the exact input.</summary>
    Reversible,
}
