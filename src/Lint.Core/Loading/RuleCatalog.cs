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

    /// <summary>The names of the packs loaded (<c>lint.packs</c> may name only these); empty when not known.</summary>
    public IReadOnlyCollection<string> PackNames { get; init; } = [];

    /// <summary>The valid rules, sorted by id.</summary>
    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>ED0xxx errors from rule files, in file and line order.</summary>
    public IReadOnlyList<FileDiagnostic> Errors { get; }

    /// <summary>The rule with <paramref name="id"/>, or null.</summary>
    public Rule? Find(string id) => Rules.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>The rule whose id or name is <paramref name="idOrName"/> (either case), or null.</summary>
    public Rule? FindByIdOrName(string idOrName) =>
        Find(idOrName) ?? Rules.FirstOrDefault(r => string.Equals(r.Descriptor.Name, idOrName, StringComparison.OrdinalIgnoreCase));

    /// <summary>Every descriptor: engine rules first, then the loaded rules.</summary>
    public IEnumerable<RuleDescriptor> AllDescriptors => EngineRules.All.Concat(Rules.Select(r => r.Descriptor));
}
