using System.Collections;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace UrduText.Tests.Snippets;

/// <summary>
/// A fenced <c>```csharp</c> block of a markdown file, and the packages a reader has when running it: those of the
/// closest <c>dotnet add package</c> lines above it (<c>UrduText</c> when there are none).
/// </summary>
public sealed record CodeSnippet(string File, int Line, string Code, IReadOnlyList<string>? Packages = null)
{
    /// <summary>The packages the snippet is compiled against, with their dependencies.</summary>
    public IReadOnlyList<string> InstalledPackages => Packages ?? ["UrduText"];

    public override string ToString() => $"{File}:{Line}";
}

/// <summary>What compiling and running a snippet gave.</summary>
public sealed record SnippetResult(IReadOnlyList<string> Errors, string Output, int Checks, Exception? Failure);

/// <summary>
/// Compiles the C# blocks of the README and the docs with Roslyn, exactly as written, as a console program with the
/// implicit usings of <c>dotnet new console</c>, and runs them. The program references the framework and exactly the
/// packages the install lines above the block name, with their dependencies (as a reader's project would), taken
/// from the test's own dependency graph (its <c>.deps.json</c>); so a sample that needs a package its install line
/// forgot does not compile. A trailing comment that is a literal states the expected value and becomes a check:
/// <c>string s = Normalize(x); // "کیا"</c> asserts <c>s == "کیا"</c>, and <c>Console.WriteLine(e); // "Kim Jong Un"</c>
/// asserts the line really printed. Arrays and lists are compared as their elements joined with ", ".
/// </summary>
public static class CodeSnippets
{
    const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    const string AssertSource = """
        internal static class SnippetAssert__
        {
            public static void Equal(object? actual, object? expected, int line)
            {
                string a = global::UrduText.Tests.Snippets.CodeSnippets.Format(actual);
                string e = global::UrduText.Tests.Snippets.CodeSnippets.Format(expected);
                global::UrduText.Tests.Snippets.CodeSnippets.RecordCheck();
                if (a != e)
                {
                    throw new global::System.InvalidOperationException($"snippet line {line}: expected {e}, got {a}");
                }
            }

            public static void Printed(object? expected, int line)
            {
                string e = global::UrduText.Tests.Snippets.CodeSnippets.Format(expected);
                string a = global::UrduText.Tests.Snippets.CodeSnippets.LastPrinted(e.Split('\n').Length);
                global::UrduText.Tests.Snippets.CodeSnippets.RecordCheck();
                if (a != e)
                {
                    throw new global::System.InvalidOperationException($"snippet line {line}: expected to print {e}, printed {a}");
                }
            }
        }
        """;

    // Console.Out is one for the process: snippets run one at a time.
    static readonly Lock s_console = new();
    static readonly Dictionary<string, MetadataReference[]> s_references = [];
    static int s_checks;
    static StringWriter? s_output;

    public static void RecordCheck() => s_checks++;

    /// <summary>The last <paramref name="count"/> complete lines the running snippet printed, joined with <c>\n</c>.</summary>
    public static string LastPrinted(int count)
    {
        string printed = (s_output?.ToString() ?? "").ReplaceLineEndings("\n");
        if (!printed.EndsWith('\n'))
        {
            return "(no line printed)";
        }

        string[] lines = printed[..^1].Split('\n');
        return lines.Length < count ? "(fewer lines printed)" : string.Join('\n', lines[^count..]);
    }

    public static string Format(object? value) => value switch
    {
        null => "null",
        string s => s,
        IEnumerable e => string.Join(", ", e.Cast<object?>().Select(Format)),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>Finds the repository root (the folder with UrduText.sln) above the test's output folder.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "UrduText.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("UrduText.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>
    /// Extracts the <c>```csharp</c> blocks of a markdown file (path relative to the repository root), each with the
    /// packages named by the closest block of <c>dotnet add package</c> lines above it.
    /// </summary>
    public static IReadOnlyList<CodeSnippet> Extract(string relativePath)
    {
        string[] lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), relativePath));
        var snippets = new List<CodeSnippet>();
        List<string>? packages = null;
        for (int i = 0; i < lines.Length; i++)
        {
            string fence = lines[i].Trim();
            if (!fence.StartsWith("```", StringComparison.Ordinal) || fence == "```")
            {
                continue;
            }

            int start = i + 1;
            var code = new StringBuilder();
            for (i = start; i < lines.Length && lines[i].Trim() != "```"; i++)
            {
                code.AppendLine(lines[i]);
            }

            if (fence is "```csharp" or "```cs" or "```c#")
            {
                snippets.Add(new CodeSnippet(relativePath, start + 1, code.ToString(), packages));
            }
            else if (AddedPackages(code.ToString()) is { Count: > 0 } added)
            {
                packages = added;
            }
        }

        return snippets;
    }

    /// <summary>The package ids of the <c>dotnet add package ID [options]</c> lines of a shell block.</summary>
    public static List<string> AddedPackages(string shell)
    {
        var ids = new List<string>();
        foreach (string line in shell.Split('\n'))
        {
            string[] words = line.Split('#')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (int w = 0; w + 3 < words.Length; w++)
            {
                if (words[w] == "dotnet" && words[w + 1] == "add" && words[w + 2] == "package")
                {
                    ids.Add(words[w + 3]);
                }
            }
        }

        return ids;
    }

    /// <summary>Compiles <paramref name="snippet"/> and, if it compiles, runs it and applies its checks.</summary>
    public static SnippetResult CompileAndRun(CodeSnippet snippet)
    {
        var options = new CSharpParseOptions(LanguageVersion.Preview);
        SyntaxTree tree = CSharpSyntaxTree.ParseText(snippet.Code, options, path: snippet.File);
        tree = tree.WithRootAndOptions(new CheckInserter(snippet.Line - 1).Visit(tree.GetRoot()), options);
        var compilation = CSharpCompilation.Create(
            "Snippet_" + Guid.NewGuid().ToString("N"),
            [tree, CSharpSyntaxTree.ParseText(ImplicitUsings, options), CSharpSyntaxTree.ParseText(AssertSource, options)],
            References(snippet.InstalledPackages),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));

        using var pe = new MemoryStream();
        var emit = compilation.Emit(pe);
        var errors = emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        if (!emit.Success)
        {
            return new SnippetResult(errors, "", 0, null);
        }

        pe.Position = 0;
        var context = new AssemblyLoadContext("snippet", isCollectible: true);
        var output = new StringWriter();
        lock (s_console)
        {
            TextWriter previous = Console.Out;
            s_checks = 0;
            s_output = output;
            try
            {
                Assembly assembly = context.LoadFromStream(pe);
                MethodInfo entry = assembly.EntryPoint!;
                Console.SetOut(output);
                object? result = entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
                if (result is Task task)
                {
                    task.GetAwaiter().GetResult();
                }

                return new SnippetResult(errors, output.ToString(), s_checks, null);
            }
            catch (TargetInvocationException e)
            {
                return new SnippetResult(errors, output.ToString(), s_checks, e.InnerException ?? e);
            }
            finally
            {
                Console.SetOut(previous);
                s_output = null;
                context.Unload();
            }
        }
    }

    /// <summary>The framework's assemblies and those of <paramref name="packages"/> and their dependencies.</summary>
    static MetadataReference[] References(IReadOnlyList<string> packages)
    {
        string key = string.Join(' ', packages.Order(StringComparer.OrdinalIgnoreCase));
        lock (s_references)
        {
            if (!s_references.TryGetValue(key, out MetadataReference[]? references))
            {
                string framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
                var paths = Directory.GetFiles(framework, "*.dll").Concat(PackageAssemblies(packages));
                // The test assembly too: the checks the harness inserts call CodeSnippets.
                var list = new List<MetadataReference> { MetadataReference.CreateFromFile(typeof(CodeSnippets).Assembly.Location) };
                foreach (string path in paths)
                {
                    try
                    {
                        AssemblyName.GetAssemblyName(path);
                        list.Add(MetadataReference.CreateFromFile(path));
                    }
                    catch (BadImageFormatException)
                    {
                        // native library
                    }
                }

                s_references[key] = references = [.. list];
            }

            return references;
        }
    }

    /// <summary>
    /// The runtime assemblies of <paramref name="packages"/> and everything they depend on, found in the test's
    /// <c>.deps.json</c> (our own packages appear there as the projects they are packed from).
    /// </summary>
    public static IEnumerable<string> PackageAssemblies(IReadOnlyList<string> packages)
    {
        string depsFile = Path.Combine(AppContext.BaseDirectory, Assembly.GetEntryAssembly()!.GetName().Name + ".deps.json");
        using JsonDocument deps = JsonDocument.Parse(File.ReadAllText(depsFile));
        JsonElement target = deps.RootElement.GetProperty("targets").EnumerateObject().First().Value;
        var libraries = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        foreach (JsonProperty library in target.EnumerateObject())
        {
            libraries[library.Name.Split('/')[0]] = library.Value;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<string>(packages);
        var files = new List<string>();
        while (pending.TryPop(out string? id))
        {
            if (!seen.Add(id))
            {
                continue;
            }

            if (!libraries.TryGetValue(id, out JsonElement library))
            {
                throw new InvalidOperationException($"package {id} is not in {Path.GetFileName(depsFile)}: the test project must reference it to compile the samples that install it");
            }

            if (library.TryGetProperty("dependencies", out JsonElement dependencies))
            {
                foreach (JsonProperty dependency in dependencies.EnumerateObject())
                {
                    pending.Push(dependency.Name);
                }
            }

            if (library.TryGetProperty("runtime", out JsonElement runtime))
            {
                foreach (JsonProperty file in runtime.EnumerateObject())
                {
                    files.Add(Path.Combine(AppContext.BaseDirectory, Path.GetFileName(file.Name)));
                }
            }
        }

        return files;
    }

    // Turns "// <literal>" trailing comments into SnippetAssert__.Equal calls.
    sealed class CheckInserter(int lineOffset) : CSharpSyntaxRewriter
    {
        public override SyntaxNode? VisitGlobalStatement(GlobalStatementSyntax node)
        {
            var statement = (StatementSyntax)Visit(node.Statement)!;
            return node.WithStatement(statement);
        }

        public override SyntaxNode? VisitBlock(BlockSyntax node)
        {
            var statements = new List<StatementSyntax>();
            foreach (var statement in node.Statements)
            {
                var visited = (StatementSyntax)Visit(statement)!;
                statements.Add(visited);
            }

            return node.WithStatements(SyntaxFactory.List(statements));
        }

        public override SyntaxNode? VisitCompilationUnit(CompilationUnitSyntax node)
        {
            var members = new List<MemberDeclarationSyntax>();
            foreach (var member in node.Members)
            {
                if (member is GlobalStatementSyntax global && Expected(global.Statement) is { } expected)
                {
                    if (CreateCheck(global.Statement, expected) is { } check)
                    {
                        members.Add(global);
                        members.Add(SyntaxFactory.GlobalStatement(check));
                        continue;
                    }
                }

                members.Add((MemberDeclarationSyntax)Visit(member)!);
            }

            return node.WithMembers(SyntaxFactory.List(members));
        }

        static ExpressionSyntax? Expected(StatementSyntax statement)
        {
            foreach (var trivia in statement.GetTrailingTrivia())
            {
                if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia))
                {
                    string text = trivia.ToString()[2..].Trim();
                    var expression = SyntaxFactory.ParseExpression(text);
                    if (expression is LiteralExpressionSyntax && !expression.ContainsDiagnostics && expression.FullSpan.Length == text.Length)
                    {
                        return expression;
                    }
                }
            }

            return null;
        }

        StatementSyntax? CreateCheck(StatementSyntax statement, ExpressionSyntax expected)
        {
            int line = statement.GetLocation().GetLineSpan().StartLinePosition.Line + 1 + lineOffset;
            ExpressionSyntax? actual = null;
            if (statement is LocalDeclarationStatementSyntax local && local.Declaration.Variables.Count == 1)
            {
                actual = SyntaxFactory.IdentifierName(local.Declaration.Variables[0].Identifier);
            }
            else if (statement is ExpressionStatementSyntax { Expression: InvocationExpressionSyntax invocation }
                && invocation.Expression.ToString() is "Console.WriteLine" or "System.Console.WriteLine"
                && invocation.ArgumentList.Arguments.Count == 1)
            {
                // What was really printed: the check runs after the statement and reads the captured output.
                return SyntaxFactory.ParseStatement($"SnippetAssert__.Printed(({expected}), {line});");
            }
            else if (statement is ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax assignment })
            {
                actual = assignment.Left;
            }

            return actual is null ? null : SyntaxFactory.ParseStatement($"SnippetAssert__.Equal(({actual.WithoutTrivia()}), ({expected}), {line});");
        }
    }
}
