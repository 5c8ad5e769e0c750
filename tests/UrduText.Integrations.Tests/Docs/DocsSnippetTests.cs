using UrduText.Tests.Snippets;

namespace UrduText.Integrations.Tests.Docs;

/// <summary>
/// Every C# block of the user docs and of the package readmes compiles against exactly the packages its install
/// lines name, runs as written, and its <c>// "expected"</c> comments hold (for <c>Console.WriteLine</c>: the line
/// really printed).
/// </summary>
public sealed class DocsSnippetTests
{
    static readonly string[] s_files =
    [
        "docs/getting-started.md",
        "docs/integrations.md",
        "docs/spacing.md",
        "docs/transliteration.md",
        "src/UrduText/PACKAGE.md",
        "src/UrduText.Lucene/PACKAGE.md",
        "src/UrduText.Tokenizers/PACKAGE.md",
        "src/UrduText.Data/PACKAGE.md",
        "src/UrduText.Extensions.DependencyInjection/PACKAGE.md",
    ];

    static IEnumerable<CodeSnippet> All() => s_files.SelectMany(CodeSnippets.Extract);

    public static TheoryData<string, int> Snippets()
    {
        var data = new TheoryData<string, int>();
        foreach (var snippet in All())
        {
            data.Add(snippet.File, snippet.Line);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Snippet_CompilesRunsAndItsCommentsHold(string file, int line)
    {
        var snippet = CodeSnippets.Extract(file).Single(s => s.Line == line);
        var result = CodeSnippets.CompileAndRun(snippet);
        result.Errors.Should().BeEmpty($"{snippet} must compile with only {string.Join(", ", snippet.InstalledPackages)} installed");
        result.Failure.Should().BeNull($"{snippet} must run; output:\n{result.Output}");
    }

    [Fact]
    public void Docs_HaveCheckedSnippets()
    {
        int checks = All().Sum(s => CodeSnippets.CompileAndRun(s).Checks);
        checks.Should().BeGreaterThan(5, "the docs state results that the tests check");
    }

    [Fact]
    public void GettingStarted_EveryBlockPrintsWhatItsCommentsPromise()
    {
        // A reader pastes each block as Program.cs and runs it: a value that is only assigned shows nothing, so every
        // stated value is on a Console.WriteLine line, whose printed output the harness compares with the comment.
        foreach (CodeSnippet snippet in CodeSnippets.Extract("docs/getting-started.md"))
        {
            snippet.InstalledPackages.Should().Equal(["UrduText"], $"{snippet} follows the install step");
            string[] stated = [.. snippet.Code.Split('\n').Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @";\s*// (""|\d|true|false)"))];
            stated.Should().NotBeEmpty($"{snippet} states what it prints");
            stated.Should().OnlyContain(l => l.TrimStart().StartsWith("Console.WriteLine(", StringComparison.Ordinal), $"{snippet} prints every value it states");
            CodeSnippets.CompileAndRun(snippet).Checks.Should().Be(stated.Length, $"{snippet}: every stated value is checked");
        }
    }

    [Fact]
    public void Extract_InstallLines_NameThePackagesOfTheBlocksBelow()
    {
        var dependencyInjection = CodeSnippets.Extract("docs/integrations.md").Single(s => s.Code.Contains("AddUrduText", StringComparison.Ordinal));
        dependencyInjection.InstalledPackages.Should().Equal("UrduText.Extensions.DependencyInjection", "Microsoft.Extensions.DependencyInjection");
        CodeSnippets.AddedPackages("dotnet add package Lucene.Net.QueryParser --prerelease   # for QueryParser\ndotnet tool install -g X\n")
            .Should().Equal("Lucene.Net.QueryParser");
    }

    [Fact]
    public void Harness_PackageMissingFromTheInstallLine_DoesNotCompile()
    {
        // The mistake issue 15 found: BuildServiceProvider is in the container package, not in the Abstractions that
        // UrduText.Extensions.DependencyInjection depends on. The test project references both; the harness must not.
        const string code = """
            using Microsoft.Extensions.DependencyInjection;
            using UrduText;
            using UrduText.Extensions.DependencyInjection;

            using var provider = new ServiceCollection().AddUrduText().BuildServiceProvider();
            Console.WriteLine(provider.GetRequiredService<UrduNormalizer>().Normalize("پاكستان")); // "پاکستان"
            """;
        var withoutContainer = new CodeSnippet("inline", 1, code, ["UrduText.Extensions.DependencyInjection"]);
        CodeSnippets.CompileAndRun(withoutContainer).Errors.Should().Contain(e => e.Contains("ServiceCollection", StringComparison.Ordinal));

        var withContainer = withoutContainer with { Packages = ["UrduText.Extensions.DependencyInjection", "Microsoft.Extensions.DependencyInjection"] };
        var result = CodeSnippets.CompileAndRun(withContainer);
        result.Errors.Should().BeEmpty();
        result.Failure.Should().BeNull();
        result.Checks.Should().Be(1);
    }

    [Fact]
    public void Harness_WrongPrintedLine_Fails()
    {
        var wrong = new CodeSnippet("inline", 1, "using UrduText;\nConsole.WriteLine(UrduTokenizer.CountTokens(\"کہا،ہاں\")); // 2\n");
        CodeSnippets.CompileAndRun(wrong).Failure.Should().BeOfType<InvalidOperationException>().Which.Message.Should().Contain("expected to print 2, printed 3");
    }
}
