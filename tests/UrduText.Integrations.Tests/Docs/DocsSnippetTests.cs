using UrduText.Tests.Snippets;

namespace UrduText.Integrations.Tests.Docs;

/// <summary>Every C# block of the user docs compiles and runs as written, and its <c>// "expected"</c> comments hold.</summary>
public sealed class DocsSnippetTests
{
    static readonly string[] s_files = ["docs/getting-started.md", "docs/integrations.md"];

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
        result.Errors.Should().BeEmpty($"{snippet} must compile as written");
        result.Failure.Should().BeNull($"{snippet} must run; output:\n{result.Output}");
    }

    [Fact]
    public void Docs_HaveCheckedSnippets()
    {
        int checks = All().Sum(s => CodeSnippets.CompileAndRun(s).Checks);
        checks.Should().BeGreaterThan(5, "the docs state results that the tests check");
    }
}
