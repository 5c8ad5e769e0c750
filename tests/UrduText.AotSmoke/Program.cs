using System.Text;
using UrduText;

// Runs every stage of UrduText on known inputs and on the sample article, compiled with NativeAOT.
// Prints one PASS/FAIL line per check; the exit code is the number of failures (0 = all passed).
Console.OutputEncoding = Encoding.UTF8;
int failures = 0;

string sample;
using (var stream = typeof(Program).Assembly.GetManifestResourceStream("sample.txt")!)
using (var reader = new StreamReader(stream, Encoding.UTF8))
{
    sample = reader.ReadToEnd();
}

Check("normalize: presentation forms", () => UrduNormalizer.Default.Normalize("ﻛﻴﺎ ﺁﭖ ﻧﮯ ﻳﮧ ﺩﻳﻜﮭﺎ"), "کیا آپ نے یہ دیکھا");
Check("normalize: Arabic keyboard, do-chashmi", () => UrduNormalizer.Default.Normalize("بهی ساته که"), "بھی ساتھ کہ");
Check("normalize: search profile", () => UrduNormalizer.Search.Normalize("کِتاب ۲۰۲۴"), "کتاب 2024");
Check("normalize: sample is idempotent", () =>
{
    string once = UrduNormalizer.Default.Normalize(sample);
    return UrduNormalizer.Default.IsNormalized(once) && UrduNormalizer.Default.Normalize(once) == once ? "ok" : "not idempotent";
}, "ok");

const string TokenInput = "کہا،ہاں۔ قیمت 1,500 روپے؛ دیکھیں https://example.com/a?b=1 #پاکستان 👍🏽";
Check("tokenize: punctuation, numbers, URL, hashtag, emoji", () => JoinTokens(TokenInput), "کہا ، ہاں ۔ قیمت 1,500 روپے ؛ دیکھیں https://example.com/a?b=1 #پاکستان 👍🏽");
Check("tokenize: sample covers every non-space character", () =>
{
    int covered = 0, previousEnd = 0;
    foreach (UrduToken token in UrduTokenizer.EnumerateTokens(sample))
    {
        if (token.Start < previousEnd || token.Length <= 0)
        {
            return $"bad token at {token.Start}";
        }

        covered += token.Length;
        previousEnd = token.End;
    }

    int nonSpace = 0;
    foreach (char c in sample)
    {
        nonSpace += char.IsWhiteSpace(c) ? 0 : 1;
    }

    return covered == nonSpace && UrduTokenizer.CountTokens(sample) == UrduTokenizer.Tokenize(sample).Length ? "ok" : $"{covered} of {nonSpace}";
}, "ok");

const string SentenceInput = "صدر نے کہا: ’ہم ہمیشہ روس کے ساتھ کھڑے رہیں گے۔‘ اس کے بعد Dr. Smith نے 3.5 فیصد کا ذکر کیا۔ واہ! 👍 کیا یہ سچ ہے?ہاں\n";
Check("sentences: quotes, abbreviations, decimals, emoji", () => string.Join(" | ", UrduSentenceSegmenter.Default.Segment(SentenceInput).Select(s => SentenceInput[s.Range])),
    "صدر نے کہا: ’ہم ہمیشہ روس کے ساتھ کھڑے رہیں گے۔‘ | اس کے بعد Dr. Smith نے 3.5 فیصد کا ذکر کیا۔ | واہ! 👍 | کیا یہ سچ ہے? | ہاں");
Check("sentences: sample covers every non-space character", () =>
{
    int covered = 0;
    foreach (UrduSentence sentence in UrduSentenceSegmenter.Default.EnumerateSentences(sample))
    {
        foreach (char c in sample.AsSpan()[sentence.Range])
        {
            covered += char.IsWhiteSpace(c) ? 0 : 1;
        }
    }

    int nonSpace = 0;
    foreach (char c in sample)
    {
        nonSpace += char.IsWhiteSpace(c) ? 0 : 1;
    }

    return covered == nonSpace && UrduSentenceSegmenter.Default.CountSentences(sample) > 10 ? "ok" : $"{covered} of {nonSpace}";
}, "ok");

Check("translit: Kim Jong Un", () => UrduTransliterator.Default.Transliterate("کم جونگ اُن"), "Kim Jong Un");
Check("translit: sentence with names", () => UrduTransliterator.Default.Transliterate("ولادی میر پوتن نے پیانگ یانگ کا دورہ کیا"), "Vladimir Putin ne Pyongyang ka daura kiya");
Check("translit: reversible round trip of the sample", () =>
{
    var reversible = new UrduTransliterator(TransliterationScheme.Reversible);
    string normalized = UrduNormalizer.Default.Normalize(sample);
    return UrduTransliterator.FromReversible(reversible.Transliterate(normalized)) == normalized ? "ok" : "round trip differs";
}, "ok");

Console.WriteLine(failures == 0 ? "AOT smoke: all checks passed" : $"AOT smoke: {failures} check(s) failed");
return failures;

void Check(string name, Func<string> run, string expected)
{
    string actual;
    try
    {
        actual = run();
    }
    catch (Exception e)
    {
        actual = e.GetType().Name + ": " + e.Message;
    }

    if (actual == expected)
    {
        Console.WriteLine("PASS " + name);
    }
    else
    {
        failures++;
        Console.WriteLine("FAIL " + name);
        Console.WriteLine("     expected: " + expected);
        Console.WriteLine("     actual:   " + actual);
    }
}

static string JoinTokens(string text)
{
    var sb = new StringBuilder();
    foreach (UrduToken token in UrduTokenizer.EnumerateTokens(text))
    {
        if (sb.Length > 0)
        {
            sb.Append(' ');
        }

        sb.Append(text.AsSpan()[token.Range]);
    }

    return sb.ToString();
}
