using System.Text.RegularExpressions;
using UrduText.Tests.Snippets;

namespace UrduText.Integrations.Tests.Docs;

/// <summary>
/// Each package shows its own PACKAGE.md on nuget.org, where relative links break: they must be absolute, and links
/// into the repository must name files that exist. The docs index reaches every page.
/// </summary>
public sealed partial class PackageReadmeTests
{
    const string RepositoryBlob = "https://github.com/urdutext/urdutext/blob/main/";

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    public static TheoryData<string> Packages() =>
        ["UrduText", "UrduText.Cli", "UrduText.Lucene", "UrduText.Tokenizers", "UrduText.Extensions.DependencyInjection"];

    static string Root => CodeSnippets.RepositoryRoot();

    [Theory]
    [MemberData(nameof(Packages))]
    public void Package_ReadmeIsItsOwnPackageMd(string package)
    {
        string project = Path.Combine(Root, "src", package);
        File.Exists(Path.Combine(project, "PACKAGE.md")).Should().BeTrue();
        string csproj = File.ReadAllText(Path.Combine(project, package + ".csproj"));
        string shared = File.ReadAllText(Path.Combine(Root, "src", "IntegrationPackage.props"));
        bool integration = csproj.Contains("IntegrationPackage.props", StringComparison.Ordinal);
        (integration ? shared : csproj).Should().Contain("<PackageReadmeFile>PACKAGE.md</PackageReadmeFile>")
            .And.Contain("<None Include=\"PACKAGE.md\" Pack=\"true\" PackagePath=\"/\" />");
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void PackageMd_LinksAreAbsoluteAndPointAtExistingDocs(string package)
    {
        string text = File.ReadAllText(Path.Combine(Root, "src", package, "PACKAGE.md"));
        var links = MarkdownLink().Matches(text).Select(m => m.Groups[1].Value).ToList();
        links.Should().NotBeEmpty().And.OnlyContain(l => l.StartsWith("https://", StringComparison.Ordinal), "nuget.org cannot follow a relative link");
        foreach (string link in links.Where(l => l.StartsWith(RepositoryBlob, StringComparison.Ordinal)))
        {
            string path = link[RepositoryBlob.Length..].Split('#')[0];
            File.Exists(Path.Combine(Root, path)).Should().BeTrue($"{package}'s PACKAGE.md links to {path}");
        }

        text.Should().Contain(RepositoryBlob + "docs/", "the readme leads to the documentation");
    }

    [Fact]
    public void DocsIndex_ReachesEveryPage()
    {
        string docs = Path.Combine(Root, "docs");
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(["index.md"]);
        while (pending.TryPop(out string? page))
        {
            if (!reached.Add(page))
            {
                continue;
            }

            foreach (Match link in MarkdownLink().Matches(File.ReadAllText(Path.Combine(docs, page))))
            {
                string target = link.Groups[1].Value.Split('#')[0];
                if (target.EndsWith(".md", StringComparison.Ordinal) && !target.Contains('/', StringComparison.Ordinal))
                {
                    File.Exists(Path.Combine(docs, target)).Should().BeTrue($"{page} links to {target}");
                    pending.Push(target);
                }
            }
        }

        string[] pages = [.. Directory.GetFiles(docs, "*.md").Select(Path.GetFileName).OfType<string>()];
        pages.Should().OnlyContain(p => reached.Contains(p), "every page is reachable from docs/index.md");
        File.ReadAllText(Path.Combine(docs, "index.md")).Should().Contain("](cli.md)").And.Contain("](reliability.md)").And.Contain("streaming");
    }
}
