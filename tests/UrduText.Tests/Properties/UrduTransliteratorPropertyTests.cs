using CsCheck;

namespace UrduText.Tests.Properties;

/// <summary>
/// Transliteration totality and overload agreement over generated hard text (every scheme). The Readable scheme runs fewer
/// iterations: its decoder spends tens of milliseconds on each unseen word, and generated words are nearly all unseen.
/// </summary>
public sealed class UrduTransliteratorPropertyTests
{
    public static TheoryData<int> TransliteratorIndexes => [0, 1, 2];

    [Theory]
    [MemberData(nameof(TransliteratorIndexes))]
    public void Transliterate_GeneratedText_KeepsEveryInvariant(int transliterator) =>
        UrduGen.Default.Sample(
            text => Invariants.CheckTransliterator(Invariants.Transliterators[transliterator], text, new Random(PropertySeed.Of(text))),
            iter: PropertySeed.Iterations(transliterator == 0 ? 60 : 800));
}
