namespace UrduText.TranslitEval;

/// <summary>Remembers where the last unit of output came from (one gold word is one unit: the word's source).</summary>
internal sealed class LastSource : ReadableObserver
{
    public TransliterationSource Last { get; private set; } = TransliterationSource.Model;

    public override void OnSource(TransliterationSource source) => Last = source;
}
