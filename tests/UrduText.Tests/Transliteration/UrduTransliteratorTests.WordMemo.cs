namespace UrduText.Tests.Transliteration;

/// <summary>
/// The Readable engine reuses the output of a word it read on its own before (its word memo). These tests check that a
/// memoized reading is the reading the full window logic gives, on real running text and on text made to put names,
/// name rules (الدین, اللہ, ال…), acronyms and multi-word gazetteer entries next to memoized words.
/// </summary>
public partial class UrduTransliteratorTests
{
    public static TheoryData<int> Models => new() { 0, 1 };

    [Theory]
    [MemberData(nameof(Models))]
    public void Transliterate_WordMemoOnWikipediaText_GivesTheFullReading(int which)
    {
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "corpus", "ur-wikipedia-dakshina.txt"));
        ShouldMatchTheFullReading(which, text[..200_000]);
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Transliterate_WordMemoNextToNamesAndRules_GivesTheFullReading(int which)
    {
        // Words of the golden inputs (names, acronyms, multi-word entries) shuffled among everyday words and the words
        // name rules join to the word before them, so that a memoized word meets every kind of neighbour.
        var words = new List<string>();
        foreach (var row in TransliterationGolden.Readable())
        {
            words.AddRange(TransliterationGolden.Unescape(row.Data.Item1).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }

        words.AddRange(["الدین", "اللہ", "الحق", "الرحمان", "عبد", "صلاح", "کے", "بی", "سی", "ای", "او", "آئی", "جنرل", "کم", "جونگ", "ان", "اُن"]);
        string[] everyday = ["اور", "کے", "میں", "ہے", "نے", "کی", "سے", "کو", "یہ", "پاکستان", "حکومت"];
        var random = new Random(1305);
        var text = new System.Text.StringBuilder();
        for (int i = 0; i < 20_000; i++)
        {
            text.Append(random.Next(3) == 0 ? everyday[random.Next(everyday.Length)] : words[random.Next(words.Count)]);
            text.Append(random.Next(20) == 0 ? "۔\n" : " ");
        }

        ShouldMatchTheFullReading(which, text.ToString());
    }

    static void ShouldMatchTheFullReading(int which, string text)
    {
        TransliterationModel model = which == 0 ? TransliterationModel.BuiltIn : UrduTextData.TransliterationModel;
        var memoized = new UrduTransliterator(model);
        var full = UrduTransliterator.Observed(model, new RecordingObserver()); // an observed engine reads every word through the window logic

        string[] expected = full.Transliterate(text).Split('\n');
        model.ClearMemos();
        string[] cold = memoized.Transliterate(text).Split('\n');
        string[] warm = memoized.Transliterate(text).Split('\n');
        string[] lines = text.Split('\n');
        for (int i = 0; i < expected.Length; i++)
        {
            cold[i].Should().Be(expected[i], "line {0} read with an empty memo: {1}", i, lines[i]);
            warm[i].Should().Be(expected[i], "line {0} read with the memo full: {1}", i, lines[i]);
        }

        cold.Length.Should().Be(expected.Length);
        warm.Length.Should().Be(expected.Length);
    }
}
