using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Lint.Analyzer.Tests;

/// <summary>
/// Runs the analyzer with CompilationWithAnalyzers over in-memory AdditionalFiles and options, the way the compiler
/// does: loaded from analyzer/ (the package's files) into its own load context, sharing only Roslyn with the test.
/// </summary>
public static class AnalyzerHost
{
    private static readonly string[] Own = ["Lint.Analyzer", "Lint.Analyzer.CodeFixes", "Lint.Core", "YamlDotNet", "Markdig", "AngleSharp"];
    private static readonly Lazy<AnalyzerLoadContext> Context = new(() => new AnalyzerLoadContext(Path.Combine(AppContext.BaseDirectory, "analyzer")));
    private static readonly Lazy<DiagnosticAnalyzer> AnalyzerValue = new(() => Create<DiagnosticAnalyzer>("Lint.Analyzer", "Lint.Analyzer.ArticleAnalyzer"));
    private static readonly Lazy<CodeFixProvider> CodeFixValue = new(() => Create<CodeFixProvider>("Lint.Analyzer.CodeFixes", "Lint.Analyzer.CodeFixes.ArticleCodeFixProvider"));

    /// <summary>One analyzer instance, as a long-lived compiler server keeps it.</summary>
    public static DiagnosticAnalyzer Analyzer => AnalyzerValue.Value;

    /// <summary>The package's code-fix provider, loaded beside the analyzer as an IDE loads it.</summary>
    public static CodeFixProvider CodeFix => CodeFixValue.Value;

    /// <summary>Runs over <paramref name="files"/> (path → text) with per-path and global options.</summary>
    public static async Task<ImmutableArray<Diagnostic>> RunAsync(
        IReadOnlyDictionary<string, string> files,
        IReadOnlyDictionary<string, string>? global = null,
        Func<string, IReadOnlyDictionary<string, string>>? perFile = null,
        IReadOnlyDictionary<string, ReportDiagnostic>? specific = null)
    {
        var texts = files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Key, f.Value)).ToImmutableArray();
        var provider = new TestOptionsProvider(global ?? new Dictionary<string, string>(), perFile ?? (_ => new Dictionary<string, string>()));
        var compilation = CSharpCompilation.Create("Articles",
            [CSharpSyntaxTree.ParseText("class C { }")],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
                .WithSpecificDiagnosticOptions(specific ?? new Dictionary<string, ReportDiagnostic>()));
        var options = new AnalyzerOptions(texts, provider);
        var withAnalyzers = compilation.WithAnalyzers([Analyzer],
            new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics;
    }

    /// <summary>A diagnostic as <c>lint check --no-frames</c> prints it: <c>file(line,col): severity ID: message</c>.</summary>
    public static string Format(Diagnostic d, string root)
    {
        var span = d.Location.GetLineSpan();
        var path = Path.GetRelativePath(root, span.Path).Replace('\\', '/');
        var severity = d.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            DiagnosticSeverity.Info => "suggestion",
            _ => "silent",
        };
        return $"{path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {severity} {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    private static T Create<T>(string assemblyName, string typeName)
    {
        var assembly = Context.Value.LoadFromAssemblyName(new AssemblyName(assemblyName));
        return (T)Activator.CreateInstance(assembly.GetType(typeName, throwOnError: true)!)!;
    }

    /// <summary>The package's assemblies in one context, as the compiler and the IDE load a package's analyzer folder.</summary>
    private sealed class AnalyzerLoadContext(string folder) : AssemblyLoadContext("lint-analyzer")
    {
        protected override Assembly? Load(AssemblyName name) =>
            Own.Contains(name.Name) ? LoadFromAssemblyPath(Path.Combine(folder, name.Name + ".dll")) : null;
    }

    private sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text, Encoding.UTF8);
    }

    private sealed class DictionaryOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override IEnumerable<string> Keys => values.Keys;

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
        {
            var found = values.TryGetValue(key, out var v);
            value = v;
            return found;
        }
    }

    private sealed class TestOptionsProvider(IReadOnlyDictionary<string, string> global, Func<string, IReadOnlyDictionary<string, string>> perFile) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(global);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new DictionaryOptions(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new DictionaryOptions(perFile(textFile.Path));
    }
}
