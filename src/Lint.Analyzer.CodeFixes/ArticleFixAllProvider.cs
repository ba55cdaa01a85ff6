using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace Lint.Analyzer.CodeFixes;

/// <summary>
/// Fix all for articles: the preferred (first) fix of every finding in scope, as <c>lint fix</c> applies them, in one
/// change. Roslyn's batch fixer works on source documents only (its FixAllContext has no AdditionalDocument in 4.14),
/// so this one reads the scope's diagnostics, keeps those located in an AdditionalDocument, and applies per article
/// the fixes that overlap none applied before them, in text order (then rule ID and fix, so the result is always the
/// same). Only the preferred fix takes part: a finding's alternatives (other spellings) are picked one at a time.
/// </summary>
internal sealed class ArticleFixAllProvider : FixAllProvider
{
    /// <summary>The one instance.</summary>
    public static ArticleFixAllProvider Instance { get; } = new();

    /// <inheritdoc />
    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => [FixAllScope.Project, FixAllScope.Solution];

    /// <inheritdoc />
    public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        if (fixAllContext.CodeActionEquivalenceKey is not { } key || !key.StartsWith(ArticleCodeFixProvider.EquivalenceKeyPrefix, StringComparison.Ordinal) || !key.EndsWith(".0", StringComparison.Ordinal))
            return null;
        var projects = fixAllContext.Scope == FixAllScope.Solution ? fixAllContext.Solution.Projects : [fixAllContext.Project];
        var diagnostics = new List<(Project Project, Diagnostic Diagnostic)>();
        foreach (var project in projects)
        {
            // Diagnostics in AdditionalFiles have no syntax tree: a host may count them as document or project diagnostics.
            var all = await fixAllContext.GetAllDiagnosticsAsync(project).ConfigureAwait(false);
            var projectLevel = await fixAllContext.GetProjectDiagnosticsAsync(project).ConfigureAwait(false);
            diagnostics.AddRange(all.Concat(projectLevel).Distinct().Select(d => (project, d)));
        }

        var title = fixAllContext.Scope == FixAllScope.Solution ? "Apply Lint's preferred fixes in the solution" : "Apply Lint's preferred fixes in the project";
        return CodeAction.Create(title, token => FixAsync(fixAllContext.Solution, diagnostics, token), key);
    }

    /// <summary><paramref name="solution"/> with the preferred fix of each of <paramref name="diagnostics"/> applied, when it is safe.</summary>
    internal static async Task<Solution> FixAsync(Solution solution, IReadOnlyList<(Project Project, Diagnostic Diagnostic)> diagnostics, CancellationToken cancellationToken)
    {
        var byDocument = diagnostics
            .Where(d => d.Diagnostic.Location.Kind == LocationKind.ExternalFile)
            .Select(d => (Document: d.Project.AdditionalDocuments.FirstOrDefault(a => a.FilePath == d.Diagnostic.Location.GetLineSpan().Path), d.Diagnostic))
            .Where(d => d.Document is not null)
            .GroupBy(d => d.Document!.Id)
            .OrderBy(g => g.First().Document!.FilePath, StringComparer.Ordinal);
        foreach (var group in byDocument)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var document = solution.GetAdditionalDocument(group.Key)!;
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            var candidates = group
                .Select(d => (d.Diagnostic, Fix: FixProperties.Read(d.Diagnostic.Properties).FirstOrDefault()))
                // As lint fix without --unsafe-fixes: a fix that is not certain is made one at a time, when picked.
                .Where(c => c.Fix is { Safe: true })
                .Select(c => (c.Diagnostic, c.Fix, Changes: ArticleCodeFixProvider.Changes(c.Fix!, text)))
                .Where(c => c.Changes is { Length: > 0 })
                .OrderBy(c => c.Changes!.Value[0].Span.Start)
                .ThenBy(c => c.Changes!.Value[0].Span.Length)
                .ThenBy(c => c.Diagnostic.Id, StringComparer.Ordinal)
                .ThenBy(c => c.Diagnostic.Location.SourceSpan.Start)
                .ThenBy(c => c.Fix!.Description, StringComparer.Ordinal);
            var taken = new List<TextChange>();
            foreach (var candidate in candidates)
            {
                var changes = candidate.Changes!.Value;
                if (changes.Any(c => taken.Any(t => Overlap(c.Span, t.Span)))) continue;
                taken.AddRange(changes);
            }

            if (taken.Count == 0) continue;
            solution = solution.WithAdditionalDocumentText(document.Id, text.WithChanges(taken.OrderBy(c => c.Span.Start).ThenBy(c => c.Span.Length)));
        }

        return solution;
    }

    /// <summary>
    /// Whether two replacements touch the same text. Two insertions at one offset overlap too (their order would be a
    /// guess), and so does an insertion at the start or end of a replaced span.
    /// </summary>
    private static bool Overlap(TextSpan a, TextSpan b) =>
        a.Start == b.Start || (a.Start < b.End && b.Start < a.End) || (a.IsEmpty && a.Start == b.End) || (b.IsEmpty && b.Start == a.End);
}
