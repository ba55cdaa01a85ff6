namespace Lint.Loading;

/// <summary>A rule file's text and the path reports show for it (relative to where the user runs Lint).</summary>
public sealed record RuleFile(string Path, string Text);
