using Lint.Loading;
using Lint.Rules;

namespace Lint.Checks.Kinds;

/// <summary><c>paired-quotes</c>: a quotation mark opened and never closed (<see cref="PairedQuotesCheck"/>).</summary>
internal sealed class PairedQuotesKind() : CheckKind(
    "paired-quotes",
    messageArguments: ["mark", "start"],
    defaultScope: ["paragraph", "blockquote", "list-item", "headline", "deck", "subhead", "caption"])
{
    /// <inheritdoc />
    public override ICheck? Create(CheckOptions options) => new PairedQuotesCheck();
}
