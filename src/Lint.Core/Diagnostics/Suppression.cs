using Lint.Text;

namespace Lint.Diagnostics;

/// <summary>Why a finding is not counted: an in-text directive such as <c>&lt;!-- lint-disable ED2002 --&gt;</c> at <see cref="Directive"/>.</summary>
public sealed record Suppression(string Justification, TextSpan Directive);
