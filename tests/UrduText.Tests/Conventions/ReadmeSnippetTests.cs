using UrduText.Tests.Snippets;

namespace UrduText.Tests.Conventions;

/// <summary>
/// README.md's C# blocks are compiled with Roslyn exactly as written (a console program with the implicit usings of
/// <c>dotnet new console</c>, referencing UrduText) and run. A trailing comment that is a literal is the expected
/// value and is checked: <c>string s = UrduNormalizer.Default.Normalize(x); // "کیا"</c> fails the test if
/// <c>s != "کیا"</c>; so does <c>Console.WriteLine(e); // "Kim Jong Un"</c> when <c>e</c> is not that text.
/// </summary>
public sealed class ReadmeSnippetTests
{
    public static TheoryData<int> Snippets()
    {
        var data = new TheoryData<int>();
        foreach (var snippet in CodeSnippets.Extract("README.md"))
        {
            data.Add(snippet.Line);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Snippet_CompilesRunsAndItsCommentsHold(int line)
    {
        var snippet = CodeSnippets.Extract("README.md").Single(s => s.Line == line);
        var result = CodeSnippets.CompileAndRun(snippet);
        result.Errors.Should().BeEmpty($"README.md:{line} must compile as written");
        result.Failure.Should().BeNull($"README.md:{line} must run and its stated results must hold; output:\n{result.Output}");
    }

    [Fact]
    public void Readme_HasCheckedSnippets()
    {
        var snippets = CodeSnippets.Extract("README.md");
        snippets.Should().NotBeEmpty();
        snippets.Sum(s => CodeSnippets.CompileAndRun(s).Checks).Should().BeGreaterThan(0, "README states at least one result that is checked");
    }

    [Fact]
    public void Harness_WrongStatedResult_Fails()
    {
        // The harness itself must be able to fail: a snippet whose comment states the wrong result.
        var wrong = new CodeSnippet("inline", 1, "using UrduText;\nvar tokens = UrduTokenizer.Tokenize(\"کہا،ہاں\").Length; // 2\n");
        var result = CodeSnippets.CompileAndRun(wrong);
        result.Errors.Should().BeEmpty();
        result.Checks.Should().Be(1);
        result.Failure.Should().BeOfType<InvalidOperationException>().Which.Message.Should().Contain("expected 2, got 3");

        var right = wrong with { Code = wrong.Code.Replace("// 2", "// 3", StringComparison.Ordinal) };
        CodeSnippets.CompileAndRun(right).Failure.Should().BeNull();
    }

    [Fact]
    public void Harness_NonCompilingSnippet_ReportsErrors()
    {
        var broken = new CodeSnippet("inline", 1, "using UrduText;\nstring s = UrduNormalizer.Normalise(\"x\");\n");
        CodeSnippets.CompileAndRun(broken).Errors.Should().ContainSingle().Which.Should().Contain("Normalise");
    }
}
