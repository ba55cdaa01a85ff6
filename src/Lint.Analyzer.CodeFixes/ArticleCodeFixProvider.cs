using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace Lint.Analyzer.CodeFixes;

/// <summary>
/// Offers the fixes of a Lint finding in an article (an AdditionalDocument), as the analyzer put them in the
/// diagnostic's properties (see FixProperties): every fix of the finding, the preferred one first, each titled with
/// its description. Nothing is applied unless picked. <c>lint fix</c> is the command-line equivalent.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ArticleCodeFixProvider), DocumentKinds = [nameof(TextDocumentKind.AdditionalDocument)])]
[Shared]
public sealed class ArticleCodeFixProvider : CodeFixProvider
{
    /// <summary>The ID every rule of a project's own pack is reported under (Lint.Analyzer's <c>ProjectRuleId</c>).</summary>
    private const string ProjectRuleId = "ED9000";

    /// <summary>Starts the equivalence key of every action; the fix's index in the finding ends it.</summary>
    internal const string EquivalenceKeyPrefix = "Lint.Fix.";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [.. FixableIds.BuiltIn, ProjectRuleId];

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => ArticleFixAllProvider.Instance;

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.TextDocument;
        foreach (var diagnostic in context.Diagnostics)
        {
            var fixes = FixProperties.Read(diagnostic.Properties);
            for (var i = 0; i < fixes.Length; i++)
            {
                var fix = fixes[i];
                context.RegisterCodeFix(
                    CodeAction.Create(fix.Description, token => ApplyAsync(document, fix, token), EquivalenceKey(diagnostic.Id, i)),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>The key of fix <paramref name="index"/> of a finding of <paramref name="id"/>; fix all uses index 0's.</summary>
    internal static string EquivalenceKey(string id, int index) => EquivalenceKeyPrefix + id + "." + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The text changes of <paramref name="fix"/> on <paramref name="text"/>, ordered; null when a replacement lies
    /// outside the text or two overlap (the text changed since the finding was reported).
    /// </summary>
    internal static ImmutableArray<TextChange>? Changes(EncodedFix fix, SourceText text)
    {
        var changes = ImmutableArray.CreateBuilder<TextChange>(fix.Replacements.Length);
        var end = 0;
        foreach (var replacement in fix.Replacements.OrderBy(r => r.Start).ThenBy(r => r.Length))
        {
            if (replacement.Start < end || replacement.End > text.Length || replacement.Length < 0) return null;
            changes.Add(new TextChange(new TextSpan(replacement.Start, replacement.Length), replacement.NewText));
            end = replacement.End;
        }

        return changes.MoveToImmutable();
    }

    private static async Task<Solution> ApplyAsync(TextDocument document, EncodedFix fix, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        if (document is not AdditionalDocument || Changes(fix, text) is not { } changes) return document.Project.Solution;
        // WithChanges keeps the text's encoding and checksum algorithm; only the replaced characters change.
        return document.Project.Solution.WithAdditionalDocumentText(document.Id, text.WithChanges(changes));
    }
}
