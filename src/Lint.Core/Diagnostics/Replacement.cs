using Lint.Text;

namespace Lint.Diagnostics;

/// <summary>Replace the text under <see cref="Span"/> (in the unmodified file) with <see cref="NewText"/>.</summary>
public sealed record Replacement(TextSpan Span, string NewText);
