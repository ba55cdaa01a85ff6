using System.Collections.Immutable;
using Lint.Articles;
using Lint.Diagnostics;
using Lint.Loading;
using Lint.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RoslynLinePosition = Microsoft.CodeAnalysis.Text.LinePosition;
using RoslynLinePositionSpan = Microsoft.CodeAnalysis.Text.LinePositionSpan;
using RoslynTextSpan = Microsoft.CodeAnalysis.Text.TextSpan;

namespace Lint.Analyzer;

/// <summary>
/// Lints the articles a project lists as AdditionalFiles with Lint's engine and rules, and reports what
/// <c>lint check</c> reports for them (same IDs, messages, lines and columns) as compiler diagnostics.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ArticleAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.All;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var project = ProjectFiles.Read(start.Options, start.CancellationToken);
            var catalog = Catalogs.With(project.Packs);
            var linter = new Linter(catalog);
            var ruleFileErrors = catalog.Errors.ToLookup(e => e.Path, StringComparer.Ordinal);

            // A project rule is reported as ED9000 with a descriptor that carries its own help link.
            var projectRules = new Dictionary<string, DiagnosticDescriptor>(StringComparer.Ordinal);
            foreach (var rule in catalog.Rules)
            {
                if (Descriptors.Find(rule.Id) is null && !projectRules.ContainsKey(rule.Id)) projectRules[rule.Id] = Descriptors.ForProjectRule(rule.Descriptor);
            }

            start.RegisterAdditionalFileAction(file =>
            {
                if (project.RuleFiles.Contains(file.AdditionalFile.Path))
                {
                    foreach (var error in ruleFileErrors[file.AdditionalFile.Path]) Report(file, error.Diagnostic, ruleId: null, projectRules);
                }
                else if (ProjectFiles.IsArticle(file.Options, file.AdditionalFile))
                {
                    Lint(file, linter, projectRules);
                }
            });
        });
    }

    private static void Lint(AdditionalFileAnalysisContext context, Linter linter, IReadOnlyDictionary<string, DiagnosticDescriptor> projectRules)
    {
        var file = context.AdditionalFile;
        var text = file.GetText(context.CancellationToken);
        if (Unreadable(text) is { } reason)
        {
            Report(context, LintDiagnostic.AtFileStart(EngineRules.UnreadableFile, reason), ruleId: null, projectRules);
            return;
        }

        var problems = new List<string>();
        var options = context.Options.AnalyzerConfigOptionsProvider;
        var configuration = FileConfiguration.Read(options.GlobalOptions, options.GetOptions(file), linter.Catalog, problems);
        foreach (var problem in problems.Distinct(StringComparer.Ordinal)) Report(context, LintDiagnostic.AtFileStart(EngineRules.InvalidConfiguration, problem), ruleId: null, projectRules);

        var source = new Lint.Text.SourceText(text!.ToString(), file.Path);
        foreach (var diagnostic in linter.Lint(source, configuration, ArticleParser.FormatFromPath(file.Path)))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            // In-text directives (lint-disable) switch a finding off; lint check's text output leaves it out too.
            if (diagnostic.Suppression is not null) continue;
            Report(context, diagnostic, diagnostic.RuleId, projectRules);
        }
    }

    /// <summary>Why the text cannot be linted, as lint check's ED0009 says it, or null.</summary>
    private static string? Unreadable(Microsoft.CodeAnalysis.Text.SourceText? text)
    {
        if (text is null) return "file could not be read";
        // The compiler falls back to a legacy code page when the bytes are not UTF-8; lint check refuses such a file.
        if (text.Encoding is { } encoding && encoding.CodePage is not (65001 or 1200 or 1201 or 12000 or 12001))
            return "not valid UTF-8; save the file as UTF-8";
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\0') return $"binary file (NUL character at offset {i}); only UTF-8 text is linted";
        }

        return null;
    }

    private static void Report(AdditionalFileAnalysisContext context, LintDiagnostic diagnostic, string? ruleId, IReadOnlyDictionary<string, DiagnosticDescriptor> projectRules)
    {
        if (Descriptors.ToRoslyn(diagnostic.Severity) is not { } severity) return;
        var lines = new RoslynLinePositionSpan(
            new RoslynLinePosition(diagnostic.Location.Start.Line - 1, diagnostic.Location.Start.Column - 1),
            new RoslynLinePosition(diagnostic.Location.End.Line - 1, diagnostic.Location.End.Column - 1));
        var location = Location.Create(context.AdditionalFile.Path, new RoslynTextSpan(diagnostic.Span.Start, diagnostic.Span.Length), lines);
        // Every fix, preferred first, for the code-fix provider: in the IDE a fix is applied only when it is picked.
        var fixes = FixProperties.Add(ImmutableDictionary<string, string?>.Empty, diagnostic.Fixes.Select(f => new EncodedFix(
            f.Description, [.. f.Replacements.Select(r => new EncodedReplacement(r.Span.Start, r.Span.Length, r.NewText))], f.Safety == FixSafety.Safe)));
        var descriptor = Descriptors.Find(diagnostic.RuleId);
        if (descriptor is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(descriptor, location, severity, additionalLocations: null, fixes.IsEmpty ? null : fixes, diagnostic.Message));
            return;
        }

        var properties = fixes.Add(Descriptors.RuleIdProperty, ruleId ?? diagnostic.RuleId);
        var projectRule = projectRules.TryGetValue(diagnostic.RuleId, out var own) ? own : Descriptors.ProjectRule;
        context.ReportDiagnostic(Diagnostic.Create(projectRule, location, severity, additionalLocations: null, properties, diagnostic.RuleId, diagnostic.Message));
    }
}
