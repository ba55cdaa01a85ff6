using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Lint.Analyzer.Tests;

/// <summary>
/// Drives the code-fix provider the way an IDE does for an AdditionalDocument, in an AdhocWorkspace: the project's
/// articles are additional documents and its options a .globalconfig (analyzer config documents), the diagnostics come
/// from CompilationWithAnalyzers over the project's own AnalyzerOptions, the provider gets a CodeFixContext over the
/// article's TextDocument, and a picked action's ApplyChangesOperation is applied to the workspace.
/// Microsoft.CodeAnalysis.Testing cannot do this (see CodeFixTests.The_testing_library_does_not_offer_fixes_in_additional_files).
/// </summary>
public sealed class FixHost : IDisposable
{
    /// <summary>The folder the project's files sit in.</summary>
    public const string Root = "/site";

    private readonly AdhocWorkspace _workspace = new();

    /// <summary>
    /// A project whose AdditionalFiles are <paramref name="files"/> (path under <see cref="Root"/> → text), with a
    /// .globalconfig of <paramref name="config"/> (keys, and sections for per-file metadata, after <c>is_global = true</c>).
    /// </summary>
    public FixHost(IReadOnlyDictionary<string, SourceText> files, string config = "")
    {
        var projectId = ProjectId.CreateNewId();
        var solution = _workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(projectId, VersionStamp.Default, "Site", "Site", LanguageNames.CSharp, filePath: Root + "/Site.csproj",
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
                metadataReferences: [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)]))
            .AddDocument(DocumentId.CreateNewId(projectId), "Site.cs", SourceText.From("class Site { }"), filePath: Root + "/Site.cs");
        foreach (var (path, text) in files.OrderBy(a => a.Key, StringComparer.Ordinal))
            solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId), Path.GetFileName(path), text, filePath: Root + "/" + path);
        solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), ".globalconfig", SourceText.From("is_global = true\n" + config), filePath: Root + "/.globalconfig");
        Assert.True(_workspace.TryApplyChanges(solution));
    }

    /// <summary>The project as the workspace has it now.</summary>
    public Project Project => _workspace.CurrentSolution.Projects.Single();

    /// <summary>The text of <paramref name="path"/> as the workspace has it now.</summary>
    public async Task<SourceText> TextAsync(string path) => await Article(path).GetTextAsync();

    /// <summary>The analyzer's diagnostics on the project as it is now.</summary>
    public async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync()
    {
        var project = Project;
        var compilation = (await project.GetCompilationAsync())!;
        var diagnostics = await compilation.WithAnalyzers([AnalyzerHost.Analyzer], project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics;
    }

    /// <summary>The one diagnostic of <paramref name="id"/> in <paramref name="path"/>.</summary>
    public async Task<Diagnostic> DiagnosticAsync(string path, string id) =>
        Assert.Single(await DiagnosticsAsync(), d => d.Id == id && d.Location.GetLineSpan().Path == Root + "/" + path);

    /// <summary>The actions the provider registers for <paramref name="diagnostic"/>, in order.</summary>
    public async Task<ImmutableArray<CodeAction>> ActionsAsync(Diagnostic diagnostic)
    {
        Assert.Contains(diagnostic.Id, AnalyzerHost.CodeFix.FixableDiagnosticIds);
        var document = Project.AdditionalDocuments.Single(d => d.FilePath == diagnostic.Location.GetLineSpan().Path);
        var actions = ImmutableArray.CreateBuilder<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await AnalyzerHost.CodeFix.RegisterCodeFixesAsync(context);
        return actions.ToImmutable();
    }

    /// <summary>Applies <paramref name="action"/> as an IDE does: its operations, on the workspace.</summary>
    public async Task ApplyAsync(CodeAction action)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var apply = Assert.IsType<ApplyChangesOperation>(Assert.Single(operations));
        Assert.True(_workspace.TryApplyChanges(apply.ChangedSolution));
    }

    /// <summary>Picks action <paramref name="index"/> of the diagnostic <paramref name="id"/> in <paramref name="path"/>.</summary>
    public async Task<CodeAction> FixAsync(string path, string id, int index = 0)
    {
        var actions = await ActionsAsync(await DiagnosticAsync(path, id));
        await ApplyAsync(actions[index]);
        return actions[index];
    }

    /// <summary>
    /// The provider's fix all for <paramref name="scope"/>, started from an action of <paramref name="equivalenceKey"/>
    /// for <paramref name="ids"/>, over <paramref name="diagnostics"/> (default: the analyzer's); null if it has none.
    /// </summary>
    public async Task<CodeAction?> FixAllAsync(FixAllScope scope, string equivalenceKey, string[] ids, ImmutableArray<Diagnostic>? diagnostics = null)
    {
        var all = diagnostics ?? await DiagnosticsAsync();
        var provider = AnalyzerHost.CodeFix.GetFixAllProvider()!;
        Assert.Contains(scope, provider.GetSupportedFixAllScopes());
        var context = new FixAllContext(Project, AnalyzerHost.CodeFix, scope, equivalenceKey, ids, new Diagnostics(all), CancellationToken.None);
        return await provider.GetFixAsync(context);
    }

    /// <inheritdoc />
    public void Dispose() => _workspace.Dispose();

    /// <summary>UTF-8 text with a byte order mark, as an editor saves it on Windows.</summary>
    public static SourceText Utf8(string text) => SourceText.From(text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

    private TextDocument Article(string path) => Project.AdditionalDocuments.Single(d => d.FilePath == Root + "/" + path);

    /// <summary>What a host hands fix all: the analyzer's diagnostics, all of them project-level (no syntax tree).</summary>
    private sealed class Diagnostics(ImmutableArray<Diagnostic> all) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(all);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) => Task.FromResult(Enumerable.Empty<Diagnostic>());

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(all);
    }
}
