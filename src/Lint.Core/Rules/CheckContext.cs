using Lint.Articles;
using Lint.Configuration;
using Lint.Diagnostics;
using Lint.Text;

namespace Lint.Rules;

/// <summary>What a check sees while it runs: the article, its rule, the reference date, and a way to report.</summary>
public sealed class CheckContext
{
    private readonly List<LintDiagnostic> _sink;

    internal CheckContext(Article article, Rule rule, Severity severity, LintConfiguration configuration, List<LintDiagnostic> sink)
    {
        Article = article;
        Rule = rule;
        Severity = severity;
        Configuration = configuration;
        _sink = sink;
    }

    /// <summary>The parsed article.</summary>
    public Article Article { get; }

    /// <summary>The rule being run.</summary>
    public Rule Rule { get; }

    /// <summary>The rule's effective severity for this file.</summary>
    public Severity Severity { get; }

    /// <summary>The configuration for this file.</summary>
    public LintConfiguration Configuration { get; }

    /// <summary>"Today" for time-aware checks.</summary>
    public ReferenceDate ReferenceDate => Configuration.ReferenceDate;

    /// <summary>The segments in the rule's scope, in text order (sentences, quotations … when the scope splits them).</summary>
    public IEnumerable<Segment> Segments => Rule.Scope.Select(Article);

    /// <summary>A rule option set in configuration (<c>lint.ID.name</c>), or null.</summary>
    public string? Option(string name) =>
        Configuration.RuleOptions.TryGetValue(Rule.Id, out var options) && options.TryGetValue(name, out var value) ? value : null;

    /// <summary>
    /// A check's fix as the file takes it: unsafe unless the rule file declares its fixes safe, and in an HTML article
    /// its new text written as HTML (an ampersand as &amp;amp;), since it replaces the page's source.
    /// </summary>
    private Fix ForSource(Fix fix)
    {
        if (Rule.Descriptor.FixSafety != FixSafety.Safe && fix.Safety == FixSafety.Safe) fix = fix with { Safety = FixSafety.Unsafe };
        if (Article.Format == Articles.ArticleFormat.Html && fix.Replacements.Any(r => r.NewText.IndexOfAny(HtmlSpecials) >= 0))
            fix = fix with { Replacements = [.. fix.Replacements.Select(r => r with { NewText = r.NewText.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;") })] };
        return fix;
    }

    private static readonly char[] HtmlSpecials = ['&', '<', '>'];

    /// <summary>
    /// Reports a finding at <paramref name="span"/>; the message is the rule's, filled with <paramref name="arguments"/>.
    /// The <paramref name="fixes"/> keep the safety the check gave them only when the rule file declares <c>fix: safe</c>;
    /// otherwise they are all <see cref="FixSafety.Unsafe"/>.
    /// </summary>
    public void Report(TextSpan span, IReadOnlyDictionary<string, string> arguments, IReadOnlyList<Fix>? fixes = null)
    {
        // The message is written from the rule's format and the arguments when the report reads it.
        _sink.Add(new LintDiagnostic(Rule.Id, Severity, Rule.Descriptor.MessageFormat, ArgumentMap.From(arguments), span, Article.Source.GetLineSpan(span))
        {
            // Copied only when a fix changes: a rule declared safe on a text article keeps the check's list.
            Fixes = fixes is null || fixes.Count == 0 ? []
                : Rule.Descriptor.FixSafety == FixSafety.Safe && Article.Format != Articles.ArticleFormat.Html ? fixes
                : [.. fixes.Select(ForSource)],
        });
    }
}
