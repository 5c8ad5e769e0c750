using System.Collections;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace UrduText.Tests.Snippets;

/// <summary>A fenced <c>```csharp</c> block of a markdown file.</summary>
public sealed record CodeSnippet(string File, int Line, string Code)
{
    public override string ToString() => $"{File}:{Line}";
}

/// <summary>What compiling and running a snippet gave.</summary>
public sealed record SnippetResult(IReadOnlyList<string> Errors, string Output, int Checks, Exception? Failure);

/// <summary>
/// Compiles the C# blocks of the README and the docs with Roslyn, exactly as written, as a console program with the
/// implicit usings of <c>dotnet new console</c>, and runs them. A trailing comment that is a literal states the
/// expected value and becomes a check: <c>string s = Normalize(x); // "کیا"</c> asserts <c>s == "کیا"</c>, and
/// <c>Console.WriteLine(e); // "Kim Jong Un"</c> asserts what is printed. Arrays and lists are compared as their
/// elements joined with ", ".
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
        }
        """;

    static readonly Lazy<MetadataReference[]> s_references = new(LoadReferences);
    [ThreadStatic] static int t_checks;

    public static void RecordCheck() => t_checks++;

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

    /// <summary>Extracts the <c>```csharp</c> blocks of a markdown file (path relative to the repository root).</summary>
    public static IReadOnlyList<CodeSnippet> Extract(string relativePath)
    {
        string[] lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), relativePath));
        var snippets = new List<CodeSnippet>();
        for (int i = 0; i < lines.Length; i++)
        {
            string fence = lines[i].Trim();
            if (fence is "```csharp" or "```cs" or "```c#")
            {
                int start = i + 1;
                var code = new StringBuilder();
                for (i = start; i < lines.Length && lines[i].Trim() != "```"; i++)
                {
                    code.AppendLine(lines[i]);
                }

                snippets.Add(new CodeSnippet(relativePath, start + 1, code.ToString()));
            }
        }

        return snippets;
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
            s_references.Value,
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
        TextWriter previous = Console.Out;
        t_checks = 0;
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

            return new SnippetResult(errors, output.ToString(), t_checks, null);
        }
        catch (TargetInvocationException e)
        {
            return new SnippetResult(errors, output.ToString(), t_checks, e.InnerException ?? e);
        }
        finally
        {
            Console.SetOut(previous);
            context.Unload();
        }
    }

    static MetadataReference[] LoadReferences()
    {
        // The framework and every assembly of the test's output folder (UrduText and, in the integration tests,
        // Lucene.Net, Microsoft.ML.Tokenizers and the DI packages), as a project referencing them would see.
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat(Directory.GetFiles(AppContext.BaseDirectory, "*.dll"));
        var byName = new Dictionary<string, MetadataReference>(StringComparer.OrdinalIgnoreCase);
        foreach (string path in paths)
        {
            string name = Path.GetFileName(path);
            if (byName.ContainsKey(name) || name.StartsWith("xunit", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            try
            {
                AssemblyName.GetAssemblyName(path);
                byName[name] = MetadataReference.CreateFromFile(path);
            }
            catch (BadImageFormatException)
            {
                // native library
            }
        }

        return [.. byName.Values];
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
                    var (check, before) = CreateCheck(global.Statement, expected);
                    if (check is not null)
                    {
                        var checkGlobal = SyntaxFactory.GlobalStatement(check);
                        if (before)
                        {
                            members.Add(checkGlobal);
                            members.Add(global);
                        }
                        else
                        {
                            members.Add(global);
                            members.Add(checkGlobal);
                        }

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

        (StatementSyntax? Check, bool Before) CreateCheck(StatementSyntax statement, ExpressionSyntax expected)
        {
            int line = statement.GetLocation().GetLineSpan().StartLinePosition.Line + 1 + lineOffset;
            ExpressionSyntax? actual = null;
            bool before = false;
            if (statement is LocalDeclarationStatementSyntax local && local.Declaration.Variables.Count == 1)
            {
                actual = SyntaxFactory.IdentifierName(local.Declaration.Variables[0].Identifier);
            }
            else if (statement is ExpressionStatementSyntax { Expression: InvocationExpressionSyntax invocation }
                && invocation.Expression.ToString() is "Console.WriteLine" or "System.Console.WriteLine"
                && invocation.ArgumentList.Arguments.Count == 1)
            {
                actual = invocation.ArgumentList.Arguments[0].Expression;
                before = true;
            }
            else if (statement is ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax assignment })
            {
                actual = assignment.Left;
            }

            if (actual is null)
            {
                return (null, false);
            }

            var check = SyntaxFactory.ParseStatement(
                $"SnippetAssert__.Equal(({actual.WithoutTrivia()}), ({expected}), {line});");
            return (check, before);
        }
    }
}
