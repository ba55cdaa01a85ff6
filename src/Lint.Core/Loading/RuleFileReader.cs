using Lint.Diagnostics;
using Lint.Rules;
using Lint.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Lint.Loading;

/// <summary>Collects ED0xxx errors for one rule file, positioned at the YAML node they concern.</summary>
internal sealed class RuleFileReader(RuleFile file)
{
    public RuleFile File { get; } = file;

    public List<FileDiagnostic> Errors { get; } = [];

    public void Error(RuleDescriptor rule, YamlNode node, string message) => Error(rule, node.Start, node.End, message);

    public void Error(RuleDescriptor rule, Mark start, Mark end, string message)
    {
        var startIndex = (int)Math.Min(start.Index, File.Text.Length);
        var endIndex = (int)Math.Max(startIndex, Math.Min(end.Index, File.Text.Length));
        var first = new LinePosition((int)Math.Max(1, start.Line), (int)Math.Max(1, start.Column));
        var last = new LinePosition((int)Math.Max(1, end.Line), (int)Math.Max(1, end.Column));

        // YamlDotNet can end an empty node that carries an anchor before it starts ("a: &b" before a line ": x");
        // a region must not end before it starts (SARIF requires it), so such an error is reported at its start.
        var location = new LinePositionSpan(first, last.CompareTo(first) < 0 ? first : last);
        Errors.Add(new FileDiagnostic(File.Path, new LintDiagnostic(rule.Id, Severity.Error, message, TextSpan.FromBounds(startIndex, endIndex), location)));
    }

    public void Error(RuleDescriptor rule, string message) =>
        Errors.Add(new FileDiagnostic(File.Path, LintDiagnostic.AtFileStart(rule, message)));
}
