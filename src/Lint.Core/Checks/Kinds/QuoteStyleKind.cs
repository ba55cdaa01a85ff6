using Lint.Loading;
using Lint.Rules;

namespace Lint.Checks.Kinds;

/// <summary><c>quote-style</c>: straight and typographic quotation marks mixed in one article (<see cref="QuoteStyleCheck"/>).</summary>
internal sealed class QuoteStyleKind() : CheckKind(
    "quote-style",
    messageArguments: ["mark", "style"],
    defaultScope: ["subhead", "paragraph", "list-item", "blockquote"])
{
    /// <inheritdoc />
    public override ICheck? Create(CheckOptions options) => new QuoteStyleCheck();
}
