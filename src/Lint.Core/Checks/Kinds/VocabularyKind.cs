using Lint.Loading;
using Lint.Rules;

namespace Lint.Checks.Kinds;

/// <summary><c>vocabulary</c>: the terms of the pack's vocabulary/reject.txt (an <see cref="ExistenceCheck"/>).</summary>
internal sealed class VocabularyKind() : CheckKind(
    "vocabulary",
    messageArguments: ["match"],
    defaultScope: ["paragraph", "list-item", "blockquote", "headline", "deck", "subhead", "caption"])
{
    private static readonly CheckOption IgnoreCase = SharedOptions.IgnoreCaseByDefault;

    /// <inheritdoc />
    public override IReadOnlyList<CheckOption> Options { get; } = [IgnoreCase];

    /// <inheritdoc />
    public override ICheck? Create(CheckOptions options)
    {
        var ignoreCase = options.GetBool(IgnoreCase);
        var combined = ExistenceCheck.Combine(options.Vocabulary.Reject, []);
        if (combined is null)
        {
            options.Fail("kind", $"a vocabulary rule needs the pack's {Vocabulary.RejectPath}: one banned term a line");
            return null;
        }

        var regex = options.CompileRegex("kind", combined, ignoreCase);
        return regex is null ? null : new ExistenceCheck(regex, options.Vocabulary.Accept, ignoreCase);
    }
}
