using Lint.Loading;
using Lint.Rules;

namespace Lint.Checks.Kinds;

/// <summary><c>existence</c>: words or phrases that should not appear (<see cref="ExistenceCheck"/>).</summary>
internal sealed class ExistenceKind() : CheckKind(
    "existence",
    messageArguments: ["match"],
    defaultScope: ["paragraph"])
{
    private static readonly CheckOption Tokens = SharedOptions.Tokens("flag");
    private static readonly CheckOption Patterns = SharedOptions.Patterns("flag");
    private static readonly CheckOption IgnoreCase = SharedOptions.IgnoreCase;

    /// <inheritdoc />
    public override IReadOnlyList<CheckOption> Options { get; } = [Tokens, Patterns, SharedOptions.ExceptionsAndVocabulary, IgnoreCase];

    /// <inheritdoc />
    public override ICheck? Create(CheckOptions options)
    {
        var ignoreCase = options.GetBool(IgnoreCase);
        var tokens = options.GetStringList(Tokens.Name);
        var patterns = options.GetPatternList(Patterns.Name, ignoreCase);
        var exceptions = options.GetExceptions();
        var combined = ExistenceCheck.Combine(tokens, patterns);
        if (combined is null)
        {
            options.Fail(Tokens.Name, "an existence check needs 'tokens' or 'patterns'");
            return null;
        }

        if (options.HasErrors) return null;
        var regex = options.CompileRegex(Patterns.Name, combined, ignoreCase);
        return regex is null ? null : new ExistenceCheck(regex, exceptions, ignoreCase);
    }
}
