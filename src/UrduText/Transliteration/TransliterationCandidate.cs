namespace UrduText;

/// <summary>One ranked spelling returned by <see cref="UrduTransliterator.Candidates(string, int)"/>.</summary>
/// <param name="Text">The Latin spelling.</param>
/// <param name="Score">Natural-log score; higher is better, 0 for a known entry, negative for model guesses.</param>
/// <param name="Source">Where the spelling came from.</param>
public readonly record struct TransliterationCandidate(string Text, double Score, TransliterationSource Source);

/// <summary>Where a <see cref="TransliterationCandidate"/> came from.</summary>
public enum TransliterationSource
{
    /// <summary>A pair passed to the <see cref="UrduTransliterator"/> constructor.</summary>
    User,
    /// <summary>The built-in gazetteer (names, places, organisations, loanwords, common words), exact or fuzzy match.</summary>
    Gazetteer,
    /// <summary>Rules: acronyms from letter names, name morphology (Abdul, -uddin, -ullah, izafat).</summary>
    Rule,
    /// <summary>The statistical model.</summary>
    Model,
    /// <summary>The model's lexicon: the spelling people most often write for the word (<see cref="TransliterationModel"/>).</summary>
    Lexicon,
}
