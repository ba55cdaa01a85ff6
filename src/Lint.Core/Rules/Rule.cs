using Lint.Configuration;
using Lint.Loading;

namespace Lint.Rules;

/// <summary>A rule as loaded: its descriptor, configured check, scope and examples.</summary>
public sealed record Rule(RuleDescriptor Descriptor, ICheck Check, RuleScope Scope)
{
    /// <summary>
    /// The kind the check was built by, whose metadata (cost, whether it reads the reference date) hosts read; null for
    /// a rule built in code rather than loaded.
    /// </summary>
    public CheckKind? Kind { get; init; }

    /// <summary>The examples the rule file gives, run as tests.</summary>
    public IReadOnlyList<RuleExample> Examples { get; init; } = [];

    /// <summary>The reference date the examples assume, when the rule is time-aware.</summary>
    public ReferenceDate? ExamplesAsOf { get; init; }

    /// <summary>The rule's id.</summary>
    public string Id => Descriptor.Id;
}
