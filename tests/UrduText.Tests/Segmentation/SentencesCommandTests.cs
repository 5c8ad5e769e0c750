using System.Text;
using UrduText.Cli.Commands;
using UrduText.Cli.IO;

namespace UrduText.Tests.Segmentation;

public class SentencesCommandTests
{
    const string Acceptance = "صدر نے کہا: ’ہم ہمیشہ روس کے ساتھ کھڑے رہیں گے۔‘ اس کے بعد Dr. Smith نے 3.5 فیصد کا ذکر کیا۔ واہ! 👍 کیا یہ سچ ہے?ہاں\n";

    static string Run(string input, OutputFormat format, UrduSegmentationOptions options = UrduSegmentationOptions.None)
    {
        using var reader = new Utf8TextReader(new MemoryStream(Encoding.UTF8.GetBytes(input)), replaceInvalid: false);
        using var output = new StringWriter { NewLine = "\n" };
        SentencesCommand.Run(reader, output, new UrduSentenceSegmenter(options), format);
        return output.ToString();
    }

    [Fact]
    public void Run_CrLfInput_GivesTheOffsetsOfLfInput()
    {
        const string text = "پہلا جملہ ہے۔\nدوسرا جملہ\nجاری ہے۔\n\nتیسرا۔\n";
        Run(text.Replace("\n", "\r\n", StringComparison.Ordinal), OutputFormat.Tsv).Should().Be(Run(text, OutputFormat.Tsv));
        Run(text, OutputFormat.Tsv).Should().StartWith("0\t13\tپہلا جملہ ہے۔\n14\t");
    }

    [Fact]
    public void Run_AcceptanceLine_PrintsFiveSentences()
    {
        Run(Acceptance, OutputFormat.Text).Should().Be(
            "صدر نے کہا: ’ہم ہمیشہ روس کے ساتھ کھڑے رہیں گے۔‘\n"
            + "اس کے بعد Dr. Smith نے 3.5 فیصد کا ذکر کیا۔\n"
            + "واہ! 👍\n"
            + "کیا یہ سچ ہے?\n"
            + "ہاں\n");
    }

    [Fact]
    public void Run_Tsv_ReportsOffsetsIntoTheInput()
    {
        const string input = "پہلا جملہ۔ دوسرا۔\n\nتیسرا\r\nچوتھا";
        string expectedText = input.Replace("\r\n", "\n", StringComparison.Ordinal);
        string[] rows = Run(input, OutputFormat.Tsv).TrimEnd('\n').Split('\n');

        rows.Should().HaveCount(4);
        foreach (string row in rows)
        {
            string[] columns = row.Split('\t');
            int start = int.Parse(columns[0], System.Globalization.CultureInfo.InvariantCulture);
            int length = int.Parse(columns[1], System.Globalization.CultureInfo.InvariantCulture);
            expectedText.Substring(start, length).Should().Be(columns[2]);
        }
    }

    [Fact]
    public void Run_JoinLines_WritesLineBreakInsideSentenceAsSpace()
    {
        Run("یہ ایک لمبا\r\nجملہ ہے۔ اور یہ\nدوسرا ہے۔\n", OutputFormat.Text, UrduSegmentationOptions.JoinLines)
            .Should().Be("یہ ایک لمبا جملہ ہے۔\nاور یہ دوسرا ہے۔\n");
    }

    [Fact]
    public void Run_SpacedDash_EndsSentenceUnlessIgnored()
    {
        const string input = "اپوزیشن جماعتوں نے اس فیصلے کو ناکافی قرار دیا - ان کا کہنا تھا کہ ریلیف چاہیے ۔\n";
        Run(input, OutputFormat.Text).Should().Be(
            "اپوزیشن جماعتوں نے اس فیصلے کو ناکافی قرار دیا -\nان کا کہنا تھا کہ ریلیف چاہیے ۔\n");
        Run(input, OutputFormat.Text, UrduSegmentationOptions.IgnoreSpacedDashes).Should().Be(input);
    }

    [Fact]
    public void Create_HasIgnoreSpacedDashesOption()
    {
        System.CommandLine.Command command = SentencesCommand.Create();
        command.Options.Select(o => o.Name).Should().Contain("--ignore-spaced-dashes");
        command.Parse(["--ignore-spaced-dashes", "-"]).Errors.Should().BeEmpty();
    }

    [Fact]
    public void Run_Json_WritesOneArray()
    {
        string json = Run("اس نے کہا \"ٹھیک ہے۔\" پھر\tچلا گیا۔\n", OutputFormat.Json);
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var items = document.RootElement.EnumerateArray().ToList();
        items.Should().HaveCount(2);
        items[0].GetProperty("text").GetString().Should().Be("اس نے کہا \"ٹھیک ہے۔\"");
        items[1].GetProperty("start").GetInt32().Should().Be(21);
        items[1].GetProperty("text").GetString().Should().Be("پھر\tچلا گیا۔");
    }

    [Fact]
    public void Run_EmptyJson_WritesEmptyArray()
    {
        Run("", OutputFormat.Json).Should().Be("[]\n");
    }

    [Fact]
    public void Run_NewsArticle_StreamingEqualsWholeText()
    {
        string article = SampleCommand.LoadSample();
        string expected = string.Join("", UrduSentenceSegmenter.Default.Segment(article).Select(s => article[s.Range] + "\n"));
        Run(article, OutputFormat.Text).Should().Be(expected);
    }
}
