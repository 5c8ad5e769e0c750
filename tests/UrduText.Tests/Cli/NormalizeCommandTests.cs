using System.Text;
using UrduText.Cli.Commands;
using UrduText.Cli.IO;

namespace UrduText.Tests.Cli;

public class NormalizeCommandTests
{
    static string Run(string input, UrduNormalizer normalizer, bool replaceInvalid = false) => Run(Encoding.UTF8.GetBytes(input), normalizer, replaceInvalid);

    static string Run(byte[] input, UrduNormalizer normalizer, bool replaceInvalid = false)
    {
        using var reader = new Utf8LineReader(new MemoryStream(input), replaceInvalid);
        using var output = new StringWriter { NewLine = "\n" };
        NormalizeCommand.Run(normalizer, null, reader, output);
        return output.ToString();
    }

    [Fact]
    public void Run_AcceptanceLines_PrintCanonicalUrdu()
    {
        Run("ﻛﻴﺎ ﺁﭖ ﻧﮯ ﻳﮧ ﺩﻳﻜﮭﺎ\nبهی ساته که\n", UrduNormalizer.Default).Should().Be("کیا آپ نے یہ دیکھا\nبھی ساتھ کہ\n");
    }

    [Fact]
    public void Run_CrLfAndSpaces_NormalizedPerLine()
    {
        Run("  ایک   دو \r\n\r\nتین\t", UrduNormalizer.Default).Should().Be("ایک دو\n\nتین\n");
    }

    [Fact]
    public void Run_SearchProfile_FoldsDiacriticsAndDigits()
    {
        Run("مُحَمَّد ۱۲۳ ABC\n", UrduNormalizer.Search).Should().Be("محمد 123 abc\n");
    }

    [Fact]
    public void Run_InvalidUtf8_ReportsByteOffset()
    {
        var act = () => Run([0x61, 0x62, 0xFF, 0x0A], UrduNormalizer.Default);
        act.Should().Throw<CliException>().WithMessage("*byte offset 2*");
    }

    [Fact]
    public void Run_InvalidUtf8WithReplace_SubstitutesReplacementCharacter()
    {
        Run([0x61, 0xFF, 0x62, 0x0A], UrduNormalizer.Default, replaceInvalid: true).Should().Be("a\uFFFDb\n");
    }

    [Fact]
    public void Run_LongLine_IsNotTruncated()
    {
        string line = string.Concat(Enumerable.Repeat("ﻛﻴﺎ ", 50_000)).TrimEnd();
        Run(line + "\n", UrduNormalizer.Default).Should().Be(string.Concat(Enumerable.Repeat("کیا ", 50_000)).TrimEnd() + "\n");
    }
}
