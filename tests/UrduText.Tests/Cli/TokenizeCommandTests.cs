using System.Text;
using System.Text.Json;
using UrduText.Cli.Commands;
using UrduText.Cli.IO;

namespace UrduText.Tests.Cli;

public class TokenizeCommandTests
{
    static string Run(string input, OutputFormat format, bool replaceInvalid = false) => Run(Encoding.UTF8.GetBytes(input), format, replaceInvalid);

    static string Run(byte[] input, OutputFormat format, bool replaceInvalid = false)
    {
        using var reader = new Utf8LineReader(new MemoryStream(input), replaceInvalid);
        using var output = new StringWriter { NewLine = "\n" };
        TokenizeCommand.Run(reader, output, format);
        return output.ToString();
    }

    [Fact]
    public void Run_AcceptanceLine_PrintsTokensSeparatedBySpaces()
    {
        Run("کہا،ہاں۔ قیمت 1,500 روپے؛ دیکھیں https://example.com/a?b=1 #پاکستان 👍🏽\n", OutputFormat.Text)
            .Should().Be("کہا ، ہاں ۔ قیمت 1,500 روپے ؛ دیکھیں https://example.com/a?b=1 #پاکستان 👍🏽\n");
    }

    [Fact]
    public void Run_TextWithEmptyLineAndCrLf_KeepsOneOutputLinePerInputLine()
    {
        Run("ایک،دو\r\n\r\n   \nتین", OutputFormat.Text).Should().Be("ایک ، دو\n\n\nتین\n");
    }

    [Fact]
    public void Run_Tsv_PrintsStartLengthKindTextWithBlankLineBetweenInputLines()
    {
        Run("کہا،ہاں\n20فیصد\n", OutputFormat.Tsv).Should().Be(
            "0\t3\tWord\tکہا\n3\t1\tPunctuation\t،\n4\t3\tWord\tہاں\n" +
            "\n" +
            "0\t2\tNumber\t20\n2\t4\tWord\tفیصد\n");
    }

    [Fact]
    public void Run_Json_PrintsOneParsableArrayPerLine()
    {
        string output = Run("کہا \"ہاں\\\"\n\n@UrduNews 👍🏽\n", OutputFormat.Json);
        string[] lines = output.Split('\n', StringSplitOptions.None);
        lines.Should().HaveCount(4);
        lines[3].Should().BeEmpty();
        using (JsonDocument first = JsonDocument.Parse(lines[0]))
        {
            var tokens = first.RootElement.EnumerateArray().ToList();
            tokens.Select(t => t.GetProperty("text").GetString()).Should().Equal("کہا", "\"", "ہاں", "\\", "\"");
            tokens[0].GetProperty("kind").GetString().Should().Be("Word");
            tokens[1].GetProperty("start").GetInt32().Should().Be(4);
            tokens[1].GetProperty("length").GetInt32().Should().Be(1);
        }

        lines[1].Should().Be("[]");
        using JsonDocument third = JsonDocument.Parse(lines[2]);
        third.RootElement.EnumerateArray().Select(t => t.GetProperty("kind").GetString()).Should().Equal("Mention", "Emoji");
    }

    [Fact]
    public void Run_ControlCharacter_IsEscapedInOutput()
    {
        Run("a\u0001b\n", OutputFormat.Text).Should().Be("a \\u0001 b\n");
    }

    [Fact]
    public void Run_InvalidUtf8_ThrowsCliExceptionWithOffset()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("کتاب "), 0xFF, (byte)'\n'];
        Action act = () => Run(bytes, OutputFormat.Text);
        act.Should().Throw<CliException>().WithMessage("*byte offset 9*");
    }

    [Fact]
    public void Run_InvalidUtf8WithReplace_TokenizesReplacementCharacter()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("کتاب "), 0xFF, (byte)'\n'];
        Run(bytes, OutputFormat.Tsv, replaceInvalid: true).Should().Be("0\t4\tWord\tکتاب\n5\t1\tSymbol\t\uFFFD\n");
    }

    [Fact]
    public void Summarize_Sample_CountsTokensByKind()
    {
        string summary = TokenizeCommand.Summarize(SampleCommand.LoadSample());
        summary.Should().MatchRegex(@"^\d+ tokens: Word \d+, ");
        summary.Should().Contain("Punctuation");
    }
}
