namespace UrduText.Tests.Transliteration;

/// <summary>Records what an observed Readable engine did: the words it gave the model and the source of each unit.</summary>
internal sealed class RecordingObserver : ReadableObserver
{
    public List<string> ModelWords { get; } = [];

    public List<TransliterationSource> Sources { get; } = [];

    public override void OnModelWord(ReadOnlySpan<char> word) => ModelWords.Add(word.ToString());

    public override void OnSource(TransliterationSource source) => Sources.Add(source);
}
