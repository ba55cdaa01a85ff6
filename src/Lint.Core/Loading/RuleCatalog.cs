using Lint.Diagnostics;
using Lint.Rules;

namespace Lint.Loading;

/// <summary>The rules loaded from one or more packs, sorted by id, and the errors met while loading them.</summary>
public sealed class RuleCatalog
{
    /// <summary>A catalog of already validated rules (tests and example runs build small ones).</summary>
    public RuleCatalog(IReadOnlyList<Rule> rules, IReadOnlyList<FileDiagnostic> errors)
    {
        Rules = rules;
        Errors = errors;
    }

    /// <summary>The valid rules, sorted by id.</summary>
    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>ED0xxx errors from rule files, in file and line order.</summary>
    public IReadOnlyList<FileDiagnostic> Errors { get; }

    /// <summary>The rule with <paramref name="id"/>, or null.</summary>
    public Rule? Find(string id) => Rules.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>Every descriptor: engine rules first, then the loaded rules.</summary>
    public IEnumerable<RuleDescriptor> AllDescriptors => EngineRules.All.Concat(Rules.Select(r => r.Descriptor));
}
