using Lint.Rules;

namespace Lint.Loading;

/// <summary>
/// A check kind: its name in rule files (<c>check.kind</c>), the options it reads, the message placeholders it fills,
/// the scope it reads by default, how costly it is, whether it reads "today", and how to build a configured check
/// from a rule's options. One sealed subclass per kind, listed once in <see cref="Checks.CheckKinds"/>; the loader,
/// the linter, the hosts and the rule schema read these, never a concrete check type.
/// </summary>
/// <param name="name">The kind's name in rule files.</param>
/// <param name="messageArguments">The placeholders its checks fill.</param>
/// <param name="defaultScope">The scope its rules read unless they say otherwise.</param>
public abstract class CheckKind(string name, IReadOnlyList<string> messageArguments, IReadOnlyList<string> defaultScope)
{
    private IReadOnlyList<string>? _optionKeys;

    /// <summary>The kind's name in rule files: kebab-case, such as <c>paired-quotes</c>.</summary>
    public string Name { get; } = name;

    /// <summary>The options a rule of this kind may give under <c>check:</c>, besides <c>kind</c>, in documentation order.</summary>
    public virtual IReadOnlyList<CheckOption> Options => [];

    /// <summary>The names of <see cref="Options"/>.</summary>
    public IReadOnlyList<string> OptionKeys => _optionKeys ??= [.. Options.Select(o => o.Name)];

    /// <summary>The placeholders a rule's message may use (<c>{match}</c> is <c>match</c>).</summary>
    public IReadOnlyList<string> MessageArguments { get; } = messageArguments;

    /// <summary>The scope names a rule of this kind reads when it gives no <c>scope</c>.</summary>
    public IReadOnlyList<string> DefaultScope { get; } = defaultScope;

    /// <summary>How much work the kind does on a long article, compared with the other kinds.</summary>
    public virtual CheckCost Cost => CheckCost.Light;

    /// <summary>
    /// Whether the kind's findings depend on the reference date ("today"): a host that has no date to give (the analyzer
    /// without one configured) switches such rules off rather than read a clock.
    /// </summary>
    public virtual bool NeedsReferenceDate => false;

    /// <summary>
    /// Builds the check from a rule's options. Each mistake is recorded on <paramref name="options"/> (with its key,
    /// position and allowed values); null when the rule cannot run.
    /// </summary>
    public abstract ICheck? Create(CheckOptions options);

    /// <inheritdoc />
    public override string ToString() => Name;
}
