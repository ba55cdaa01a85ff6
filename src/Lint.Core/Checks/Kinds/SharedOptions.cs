using Lint.Loading;

namespace Lint.Checks.Kinds;

/// <summary>Options several kinds take with the same meaning.</summary>
internal static class SharedOptions
{
    /// <summary><c>ignorecase</c>, off unless the rule says so.</summary>
    public static readonly CheckOption IgnoreCase = new("ignorecase", CheckOptionType.Boolean, "Match regardless of case.") { Default = "false" };

    /// <summary><c>ignorecase</c>, on unless the rule says so.</summary>
    public static readonly CheckOption IgnoreCaseByDefault = IgnoreCase with { Default = "true" };

    /// <summary><c>exceptions</c> the pack's accepted vocabulary adds to.</summary>
    public static readonly CheckOption ExceptionsAndVocabulary = new("exceptions", CheckOptionType.TextList,
        "Matches to leave alone; the terms of the pack's vocabulary/accept.txt are added to them.");

    /// <summary>The tokens of a kind that searches for words.</summary>
    public static CheckOption Tokens(string verb) =>
        new("tokens", CheckOptionType.TextList, $"Words or phrases to {verb}, matched as written and on word boundaries.");

    /// <summary>The patterns of a kind that searches for words.</summary>
    public static CheckOption Patterns(string verb) =>
        new("patterns", CheckOptionType.TextList, $"Regular expressions to {verb}, run in linear time (no backreferences or lookarounds); a group named match marks the part to flag.");
}
