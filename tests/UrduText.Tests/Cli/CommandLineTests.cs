using System.Diagnostics;
using System.Text;
using UrduText.Cli.IO;

namespace UrduText.Tests.Cli;

/// <summary>The <c>urdutext</c> executable as a user runs it: arguments, standard streams, exit codes.</summary>
public sealed class CommandLineTests : IDisposable
{
    readonly string _folder = Directory.CreateTempSubdirectory("urdutext-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    sealed record Result(int ExitCode, string Output, string Error);

    Result Run(string input, params string[] args)
    {
        string exe = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "UrduText.Cli.exe" : "UrduText.Cli");
        var start = new ProcessStartInfo(exe)
        {
            WorkingDirectory = _folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        process.WaitForExit();
        return new Result(process.ExitCode, output.Result, error.Result);
    }

    string File(string name, byte[] content)
    {
        System.IO.File.WriteAllBytes(Path.Combine(_folder, name), content);
        return name;
    }

    string File(string name, string content) => File(name, Encoding.UTF8.GetBytes(content));

    static void ShouldBeUsageError(Result result, string error, string command)
    {
        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty("a usage error prints no help on standard output");
        result.Error.Should().Be($"urdutext: {error}\nTry 'urdutext{command} --help' for more information.\n");
    }

    [Fact]
    public void Normalize_RepairSpacing_RestoresTheIssueExampleAndLeavesItsOutputAlone()
    {
        Result first = Run("انہوں نے فیصلہ کرلیا کہ وہ کل جاسکتا ہے\n", "normalize", "--repair-spacing");
        first.ExitCode.Should().Be(0, first.Error);
        first.Output.Should().Be("انہوں نے فیصلہ کر لیا کہ وہ کل جا سکتا ہے\n");

        Result second = Run(first.Output, "normalize", "--repair-spacing");
        second.Output.Should().Be(first.Output);
    }

    [Fact]
    public void Normalize_JoinSplitWords_JoinsBrokenWordsAndCompoundsAndRestoresSpaces()
    {
        Result result = Run("پاکستا نی عوام نے فیصلہ کرلیا\nایک خوب صورت شہر\n", "normalize", "--repair-spacing", "--join-split-words");

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Be("پاکستانی عوام نے فیصلہ کر لیا\nایک خوب\u200Cصورت شہر\n");
        Run(result.Output, "normalize", "--repair-spacing", "--join-split-words").Output.Should().Be(result.Output);
    }

    [Fact]
    public void Normalize_JoinSplitWordsWithoutRepairSpacing_IsAnErrorThatWritesNothing()
    {
        Result result = Run("پاکستا نی\n", "normalize", "--join-split-words");

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be("urdutext: --join-split-words needs --repair-spacing\n");
    }

    [Theory]
    [InlineData("normalize")]
    [InlineData("tokenize")]
    [InlineData("sentences")]
    [InlineData("translit")]
    public void UnknownOption_IsAnErrorNotAFileName(string command)
    {
        ShouldBeUsageError(Run("", command, "--bogus"), "unrecognized option '--bogus'", " " + command);
    }

    [Fact]
    public void UnknownOption_BeforeAFile_IsTheOnlyErrorReported()
    {
        string file = File("a.txt", "کیا\n");
        ShouldBeUsageError(Run("", "normalize", "--bogus", file), "unrecognized option '--bogus'", " normalize");
    }

    [Fact]
    public void DoubleDash_EndsOptions_SoAFileMayStartWithADash()
    {
        string file = File("-odd.txt", "ﻛﻴﺎ\n");
        Result result = Run("", "normalize", "--", file);
        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Be("کیا\n");
    }

    [Fact]
    public void UnknownCommand_PrintsOneErrorAndTheRootHint()
    {
        ShouldBeUsageError(Run("", "frobnicate"), "unrecognized command or argument 'frobnicate'", "");
    }

    [Theory]
    [InlineData("--profile", "SEARCH", "normalize", "مُحَمَّد ۱۲۳ ABC\n", "محمد 123 abc\n")]
    [InlineData("--profile", "Default", "normalize", "ﻛﻴﺎ\n", "کیا\n")]
    [InlineData("--format", "TSV", "tokenize", "کہا،ہاں\n", "0\t3\tWord\tکہا\n3\t1\tPunctuation\t،\n4\t3\tWord\tہاں\n")]
    [InlineData("--format", "Json", "sentences", "واہ! ٹھیک۔\n", "[\n{\"start\":0,\"length\":4,\"text\":\"واہ!\"},\n{\"start\":5,\"length\":5,\"text\":\"ٹھیک۔\"}\n]\n")]
    [InlineData("--scheme", "REVERSIBLE", "translit", "پاکستان\n", null)]
    public void ChoiceValues_AnyCase_MeanTheLowerCaseValue(string option, string value, string command, string input, string? expected)
    {
        Result upper = Run(input, command, option, value);
        Result lower = Run(input, command, option, value.ToLowerInvariant());
        upper.ExitCode.Should().Be(0, upper.Error);
        upper.Output.Should().Be(lower.Output);
        if (expected is not null)
        {
            upper.Output.Should().Be(expected);
        }
    }

    [Theory]
    [InlineData("normalize", "--profile", "default or search")]
    [InlineData("tokenize", "--format", "text, tsv or json")]
    [InlineData("sentences", "--format", "text, tsv or json")]
    [InlineData("translit", "--scheme", "readable, ala-lc or reversible")]
    public void ChoiceValues_Unknown_ListTheValues(string command, string option, string values)
    {
        ShouldBeUsageError(Run("", command, option, "xml"), $"{option} takes {values}, not 'xml'", " " + command);
    }

    [Theory]
    [InlineData("normalize", "--profile <default|search>", "[default: default]")]
    [InlineData("tokenize", "--format <text|tsv|json>", "[default: text]")]
    [InlineData("sentences", "--format <text|tsv|json>", "[default: text]")]
    [InlineData("translit", "--scheme <readable|ala-lc|reversible>", "[default: readable]")]
    public void Help_SpellsChoiceValuesInLowerCase(string command, string option, string defaultValue)
    {
        Result help = Run("", command, "--help");
        help.ExitCode.Should().Be(0);
        string line = help.Output.Split('\n').Single(l => l.TrimStart().StartsWith(option.Split(' ')[0], StringComparison.Ordinal));
        line.Should().Contain(option).And.Contain(defaultValue);
        help.Output.Should().Contain("[<FILE>...]");
    }

    [Fact]
    public void Help_ListsCommandsInPipelineOrder()
    {
        Result help = Run("", "--help");
        string commands = help.Output[help.Output.IndexOf("Commands:", StringComparison.Ordinal)..];
        string[] names = [.. commands.Split('\n').Skip(1).Where(l => l.Length > 2).Select(l => l.Trim().Split(' ')[0])];
        names.Should().Equal("normalize", "tokenize", "sentences", "translit");
    }

    [Fact]
    public void Translit_ToUrdu_ConvertsRomanUrduLineByLine()
    {
        Result r = Run("aap kaise hain\nmain ghar ja raha hoon\n", "translit", "--to", "urdu");
        r.ExitCode.Should().Be(0, r.Error);
        r.Output.Should().Be("آپ کیسے ہیں\nمیں گھر جا رہا ہوں\n");
    }

    [Fact]
    public void Translit_ToUrduCandidates_PrintsRankedSpellings()
    {
        Result r = Run("", "translit", "--to", "urdu", "--candidates", "3", "hai");
        r.ExitCode.Should().Be(0, r.Error);
        string[] lines = r.Output.TrimEnd('\n').Split('\n');
        lines.Length.Should().BeInRange(1, 3);
        lines[0].Should().StartWith("ہے\t");
    }

    [Fact]
    public void Translit_ToUrduWithReverse_IsAnError()
    {
        Result r = Run("aap\n", "translit", "--to", "urdu", "--reverse");
        r.ExitCode.Should().Be(2);
        r.Error.Should().Contain("--reverse");
    }

    [Fact]
    public void Translit_SeveralFiles_AreReadOneAfterTheOtherLikeCat()
    {
        string first = File("first.txt", "کم جونگ اُن\n");
        string second = File("second.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("پاکستان\n")]);
        Result both = Run("", "translit", first, second);
        both.ExitCode.Should().Be(0, both.Error);
        both.Output.Should().Be(Run("کم جونگ اُن\nپاکستان\n", "translit").Output);
        both.Output.Should().StartWith("Kim Jong Un\n").And.NotContain("\uFEFF");
    }

    [Fact]
    public void SeveralFiles_StandardInputAsDash_IsReadInItsPlace()
    {
        string file = File("a.txt", "ﻛﻴﺎ\n");
        Result result = Run("بهی\n", "normalize", file, "-", file);
        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Be("کیا\nبھی\nکیا\n");
    }

    [Fact]
    public void SeveralFiles_OneMissing_FailsBeforeAnyOutput()
    {
        string file = File("a.txt", "ﻛﻴﺎ\n");
        Result result = Run("", "tokenize", file, "missing.txt");
        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be("urdutext: file not found: 'missing.txt'\n");
    }

    [Theory]
    [InlineData("utf-16", "UTF-16", "it starts with the byte-order mark FF FE")]
    [InlineData("utf-16le", "UTF-16LE", "every other byte is 00 or 06")]
    [InlineData("utf-16be", "UTF-16BE", "every other byte is 00 or 06")]
    public void Utf16File_GetsAConversionHint(string encodingName, string iconvName, string reason)
    {
        Encoding encoding = encodingName switch
        {
            "utf-16" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            "utf-16le" => new UnicodeEncoding(bigEndian: false, byteOrderMark: false),
            _ => new UnicodeEncoding(bigEndian: true, byteOrderMark: false),
        };
        string file = File("utf16.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes("کیا آپ نے یہ دیکھا\n")]);
        Result result = Run("", "normalize", file);
        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be($"urdutext: '{file}' looks like UTF-16 ({reason}), not UTF-8; convert it first: iconv -f {iconvName} -t UTF-8 '{file}' > converted.txt\n");
    }

    [Fact]
    public void Utf16Signature_RealUtf8Text_IsNotMistakenForUtf16()
    {
        byte[] article = Encoding.UTF8.GetBytes(SampleText());
        for (int start = 0; start + 64 <= article.Length; start += 61)
        {
            InputStream.Utf16Signature(article.AsSpan(start, 64)).Should().BeNull();
        }

        InputStream.Utf16Signature("Kim Jong Un, 2024\n"u8).Should().BeNull();
    }

    static string SampleText() => System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "corpus", "independent-urdu-putin-kim.txt"));
}
