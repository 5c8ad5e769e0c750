namespace UrduText;

/// <summary>
/// Watches a Readable engine at work: the words it leaves to the statistical model and where each unit of output came
/// from. Given to the engine when it is built (<see cref="UrduTransliterator.Observed"/>) and fixed for its lifetime,
/// so that an engine never changes after construction; the evaluation tool counts coverage with it and tests check
/// which work a call did. The library itself never observes: an unobserved engine pays one null check.
/// </summary>
/// <remarks>
/// An observed engine reads every word through the full window logic (not its word memo), so that every word is seen.
/// </remarks>
internal abstract class ReadableObserver
{
    /// <summary>Called with every word the statistical model spells (as it reaches the model).</summary>
    public virtual void OnModelWord(ReadOnlySpan<char> word)
    {
    }

    /// <summary>Called with where each unit of output came from.</summary>
    public virtual void OnSource(TransliterationSource source)
    {
    }
}
