using System.Collections.Immutable;
using Lint.Loading;
using Lint.Rules;
using Microsoft.CodeAnalysis;

namespace Lint.Analyzer;

/// <summary>
/// Roslyn descriptors made from Lint's own rule descriptors, so titles, descriptions, help links and default
/// severities are the rule files' (and reach the ErrorLog's SARIF rules). An analyzer declares its IDs once, so a
/// project's own rules are all reported under <see cref="ProjectRule"/>, with their ID leading the message.
/// </summary>
internal static class Descriptors
{
    /// <summary>The ID every rule from a project's own pack is reported under.</summary>
    public const string ProjectRuleId = "ED9000";

    /// <summary>The property that carries a project rule's own ID (SARIF <c>properties.customProperties</c>).</summary>
    public const string RuleIdProperty = "LintRuleId";

    /// <summary>A rule from the project's own pack; its message is "ID: message".</summary>
    public static readonly DiagnosticDescriptor ProjectRule = new(
        ProjectRuleId,
        "Rule from the project's own rule pack",
        "{0}: {1}",
        "custom",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A finding of a rule loaded from the project's own YAML rules (AdditionalFiles with LintPack metadata). "
            + "Analyzers must declare their diagnostic IDs up front, so these rules share this ID; the rule's own ID starts the message "
            + "and is in the diagnostic's LintRuleId property.",
        helpLinkUri: LintLinks.AnalyzerDocsUri,
        customTags: ["lint", "custom"]);

    private static readonly Lazy<ImmutableDictionary<string, DiagnosticDescriptor>> ById = new(Create);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, DiagnosticDescriptor> ByHelpUri = new(StringComparer.Ordinal);

    /// <summary>
    /// <see cref="ProjectRule"/> with a project rule's own help link (its <c>help-uri</c>), or with none when the rule has
    /// no page, as lint check's SARIF gives it none. Roslyn accepts a reported descriptor whose ID is a supported one, so
    /// the IDE opens the rule's own page, not the page about ED9000.
    /// </summary>
    public static DiagnosticDescriptor ForProjectRule(RuleDescriptor rule) => ByHelpUri.GetOrAdd(rule.HelpUri, uri => new(
        ProjectRule.Id,
        ProjectRule.Title,
        ProjectRule.MessageFormat,
        ProjectRule.Category,
        ProjectRule.DefaultSeverity,
        ProjectRule.IsEnabledByDefault,
        ProjectRule.Description,
        helpLinkUri: uri,
        customTags: [.. ProjectRule.CustomTags]));

    /// <summary>Every descriptor: the engine's (ED0xxx), the built-in pack's and <see cref="ProjectRule"/>.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All => [.. ById.Value.Values.OrderBy(d => d.Id, StringComparer.Ordinal)];

    /// <summary>The descriptor declared for <paramref name="id"/>, or null for a rule from a project's pack.</summary>
    public static DiagnosticDescriptor? Find(string id) => ById.Value.TryGetValue(id, out var descriptor) ? descriptor : null;

    /// <summary>Roslyn's severity for Lint's; null for <see cref="Severity.None"/> (not reported).</summary>
    public static DiagnosticSeverity? ToRoslyn(Severity severity) => severity switch
    {
        Severity.Error => DiagnosticSeverity.Error,
        Severity.Warning => DiagnosticSeverity.Warning,
        Severity.Suggestion => DiagnosticSeverity.Info,
        Severity.Silent => DiagnosticSeverity.Hidden,
        _ => null,
    };

    private static ImmutableDictionary<string, DiagnosticDescriptor> Create()
    {
        var builder = ImmutableDictionary.CreateBuilder<string, DiagnosticDescriptor>(StringComparer.Ordinal);
        foreach (var rule in EngineRules.All.Concat(Catalogs.BuiltIn.Rules.Select(r => r.Descriptor)))
            builder[rule.Id] = ToRoslyn(rule);
        builder[ProjectRuleId] = ProjectRule;
        return builder.ToImmutable();
    }

    private static DiagnosticDescriptor ToRoslyn(RuleDescriptor rule) => new(
        rule.Id,
        rule.Title,
        "{0}",
        rule.Category,
        ToRoslyn(rule.DefaultSeverity) ?? DiagnosticSeverity.Hidden,
        // Enabled for the compiler even for a rule shipped switched off: the engine keeps such a rule from running
        // until a severity is set for it, and the compiler would drop its findings when that severity comes from an
        // [*.md] section of .editorconfig, which only the analyzer reads.
        isEnabledByDefault: true,
        description: rule.Description.Length > 0 ? rule.Description : rule.Title,
        helpLinkUri: rule.HelpUri.Length > 0 ? rule.HelpUri : LintLinks.RuleDocsBaseUri + rule.Id + ".md",
        customTags: ["lint", .. rule.Tags]);
}
