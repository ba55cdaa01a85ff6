using Lint.Text;

namespace Lint.Articles;

/// <summary>
/// The dateline at the start of the first body paragraph: "RIYADH/ISTANBUL (Worthy News) –",
/// "SPRINGFIELD, Ill. (AP) —", "LONDON, Feb 18 (Reuters) -".
/// </summary>
public sealed record Dateline(TextSpan Span, IReadOnlyList<TextSpan> Places, TextSpan? Region, TextSpan? Agency, TextSpan Separator);
