using System.Text;

namespace UrduText.Tests.Properties;

/// <summary>
/// Words of 8–30 Urdu letters drawn at random with a fixed seed: what no gazetteer or lexicon knows, so every word goes
/// through the transliteration model (its worst case, issue 18). One generator for the tests, the fuzz harness's
/// <c>limits</c> run and <c>UnknownWordsBenchmarks</c>, so they all measure the same kind of input.
/// </summary>
public static class RandomLetterWords
{
    /// <summary>The letters drawn from: the Urdu consonants and vowel letters a word is written with.</summary>
    public const string Letters = "ابپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنوہیے";

    /// <summary><paramref name="count"/> random words separated by single spaces.</summary>
    public static string Text(int seed, int count) => Text(seed, count, out _);

    /// <summary><paramref name="count"/> random words separated by single spaces; <paramref name="letters"/> counts their letters.</summary>
    public static string Text(int seed, int count, out int letters)
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        letters = 0;
        for (int w = 0; w < count; w++)
        {
            if (w > 0)
            {
                text.Append(' ');
            }

            int length = random.Next(8, 31);
            letters += length;
            for (int i = 0; i < length; i++)
            {
                text.Append(Letters[random.Next(Letters.Length)]);
            }
        }

        return text.ToString();
    }
}
