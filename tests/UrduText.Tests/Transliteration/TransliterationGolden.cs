using UrduText.Tests.Tokenization;

namespace UrduText.Tests.Transliteration;

/// <summary>Loads TestData/transliteration*.tsv (input, expected, note); <c>\uXXXX</c> escapes are decoded in the tests.</summary>
public static class TransliterationGolden
{
    public static TheoryData<string, string, string> Readable() => Rows("transliteration.tsv");

    public static TheoryData<string, string, string> AlaLc() => Rows("transliteration-alalc.tsv");

    public static TheoryData<string, string, string> Messy() => Rows("transliteration-messy.tsv");

    static TheoryData<string, string, string> Rows(string file)
    {
        var data = new TheoryData<string, string, string>();
        foreach (string line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "TestData", file)))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] columns = line.Split('\t');
            if (columns.Length != 3)
            {
                throw new InvalidDataException($"{file}: expected 3 columns in '{line}'");
            }

            data.Add(columns[0], columns[1], columns[2]);
        }

        return data;
    }

    public static string Unescape(string s) => TokenizationGolden.Unescape(s);
}
