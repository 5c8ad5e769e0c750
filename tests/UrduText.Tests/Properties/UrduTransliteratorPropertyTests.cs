using CsCheck;

namespace UrduText.Tests.Properties;

/// <summary>Transliteration totality and overload agreement over generated hard text (every scheme).</summary>
public sealed class UrduTransliteratorPropertyTests
{
    public static TheoryData<int> TransliteratorIndexes => [0, 1, 2];

    [Theory]
    [MemberData(nameof(TransliteratorIndexes))]
    public void Transliterate_GeneratedText_KeepsEveryInvariant(int transliterator) =>
        UrduGen.Default.Sample(
            text => Invariants.CheckTransliterator(Invariants.Transliterators[transliterator], text, new Random(PropertySeed.Of(text))),
            iter: PropertySeed.Iterations(800));
}
