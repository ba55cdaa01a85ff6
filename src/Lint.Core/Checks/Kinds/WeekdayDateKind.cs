using Lint.Loading;
using Lint.Rules;

namespace Lint.Checks.Kinds;

/// <summary><c>weekday-date</c>: a weekday that does not fall on the date beside it (<see cref="WeekdayDateCheck"/>). The date carries its year, so "today" is not read.</summary>
internal sealed class WeekdayDateKind() : CheckKind(
    "weekday-date",
    messageArguments: ["weekday", "date", "actual"],
    defaultScope: ["paragraph", "headline", "deck", "subhead", "list-item", "blockquote", "caption", "byline"])
{
    /// <inheritdoc />
    public override ICheck? Create(CheckOptions options) => new WeekdayDateCheck();
}
