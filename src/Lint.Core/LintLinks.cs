namespace Lint;

/// <summary>Where Lint's documentation is published; every help URI in every host (CLI, SARIF, analyzer) comes from these.</summary>
public static class LintLinks
{
    /// <summary>The project's home page.</summary>
    public const string InformationUri = "https://github.com/lint-news/lint";

    /// <summary>The folder of the rule pages (docs/rules/ID.md in the repository).</summary>
    public const string RuleDocsBaseUri = InformationUri + "/blob/main/docs/rules/";

    /// <summary>The page on running Lint inside the compiler.</summary>
    public const string AnalyzerDocsUri = InformationUri + "/blob/main/docs/analyzer.md";
}
