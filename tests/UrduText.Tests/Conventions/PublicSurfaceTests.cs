using System.Reflection;
using System.Runtime.CompilerServices;

namespace UrduText.Tests.Conventions;

/// <summary>Checks the house rules for the public API of the UrduText assembly (STYLE.md B4/B7).</summary>
public sealed class PublicSurfaceTests
{
    // Types that are deliberately open for users to derive from. None so far: add one here only with a reason.
    static readonly HashSet<Type> s_extensionPoints = [];

    // String methods whose span twin has another name (the span API is an enumerator).
    static readonly Dictionary<string, string> s_twinNames = new(StringComparer.Ordinal)
    {
        ["UrduSentenceSegmenter.Split"] = "EnumerateSentences",
    };

    // Public methods taking a string that have no ReadOnlySpan<char> twin yet, with the reason. An entry that is no
    // longer needed fails PublicStringMethods_ExemptionsAreStillNeeded, so the list cannot go stale.
    static readonly Dictionary<string, string> s_stringOnly = new(StringComparer.Ordinal)
    {
        // One word or name in, a short list of new strings out; the transliteration owner may add a span overload.
        ["UrduTransliterator.Candidates"] = "per-word lookup returning new strings",
        ["RomanUrduConverter.Candidates"] = "per-word lookup returning new strings",
    };

    static readonly Type[] s_publicTypes = typeof(UrduNormalizer).Assembly.GetExportedTypes();

    [Fact]
    public void PublicTypes_AreSealedOrStatic_UnlessExtensionPoints()
    {
        var open = s_publicTypes
            .Where(t => t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed) && !s_extensionPoints.Contains(t))
            .Select(t => t.FullName);
        open.Should().BeEmpty("public classes are sealed or static unless meant as extension points");
    }

    [Fact]
    public void PublicStringMethods_HaveASpanTwin()
    {
        var missing = new List<string>();
        foreach (Type type in s_publicTypes)
        {
            var methods = type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName && m.DeclaringType == type && !IsCompilerGenerated(m))
                .ToList();
            foreach (MethodInfo method in methods)
            {
                var parameters = method.GetParameters();
                if (!parameters.Any(p => p.ParameterType == typeof(string)) || s_stringOnly.ContainsKey($"{type.Name}.{method.Name}"))
                {
                    continue;
                }

                string twinName = s_twinNames.GetValueOrDefault($"{type.Name}.{method.Name}", method.Name);
                bool hasTwin = methods.Any(other => other.Name == twinName
                    && other.GetParameters().Any(p => p.ParameterType == typeof(ReadOnlySpan<char>)));
                if (!hasTwin)
                {
                    missing.Add($"{type.Name}.{method.Name}({string.Join(", ", parameters.Select(p => p.ParameterType.Name))})");
                }
            }
        }

        missing.Should().BeEmpty("every public string method has a ReadOnlySpan<char> overload (STYLE.md B4 rule 1)");
    }

    [Fact]
    public void PublicStringMethods_ExemptionsAreStillNeeded()
    {
        foreach (string entry in s_stringOnly.Keys)
        {
            string[] parts = entry.Split('.');
            Type type = s_publicTypes.Single(t => t.Name == parts[0]);
            var overloads = type.GetMethods().Where(m => m.Name == parts[1]).ToList();
            overloads.Should().NotBeEmpty(entry);
            Type span = typeof(ReadOnlySpan<char>);
            overloads.Where(m => m.GetParameters().Any(p => p.ParameterType == span)).Should()
                .BeEmpty($"{entry} has a span twin now: remove its exemption");
        }
    }

    [Fact]
    public void PublicSpanTransforms_ReturnOperationStatus()
    {
        // A span method that writes into a Span<char> destination follows the runtime's transcoding contract.
        var wrong = s_publicTypes
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.Name is "Normalize" or "Transliterate" or "FromReversible"
                && m.GetParameters().Any(p => p.ParameterType == typeof(Span<char>))
                && m.ReturnType != typeof(System.Buffers.OperationStatus))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}");
        wrong.Should().BeEmpty();
    }

    [Fact]
    public void PublicTypes_AreInTheUrduTextNamespace()
    {
        s_publicTypes.Where(t => t.Namespace != "UrduText").Select(t => t.FullName).Should().BeEmpty("the public API is one flat namespace");
    }

    static bool IsCompilerGenerated(MethodInfo m) => m.IsDefined(typeof(CompilerGeneratedAttribute))
        || m.Name is "ToString" or "Equals" or "GetHashCode" or "Deconstruct" or "PrintMembers" or "<Clone>$";
}
