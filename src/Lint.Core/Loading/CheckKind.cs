using Lint.Rules;

namespace Lint.Loading;

/// <summary>
/// A check kind: its name in rule files, the option keys it reads, the message placeholders it fills, the scope
/// it reads by default, and how to build it from options.
/// </summary>
public sealed record CheckKind(string Name, IReadOnlyList<string> OptionKeys, IReadOnlyList<string> MessageArguments, IReadOnlyList<string> DefaultScope, Func<CheckOptions, ICheck?> Create);
