namespace Lint.Loading;

/// <summary>
/// A pack's shared vocabulary, as copy desks keep it: <c>vocabulary/accept.txt</c> (terms the house accepts, left
/// alone by existence, substitution and capitalization rules: a product name, a newsroom's own spelling) and
/// <c>vocabulary/reject.txt</c> (terms the house bans, flagged by a rule of kind <c>vocabulary</c>). One term a line;
/// lines starting with '#' are comments. Both files are optional.
/// </summary>
public sealed record Vocabulary(IReadOnlyList<string> Accept, IReadOnlyList<string> Reject)
{
    /// <summary>The path of the accept list inside a pack.</summary>
    public const string AcceptPath = "vocabulary/accept.txt";

    /// <summary>The path of the reject list inside a pack.</summary>
    public const string RejectPath = "vocabulary/reject.txt";

    /// <summary>Reads both lists through the pack's data provider.</summary>
    public static Vocabulary Read(IRuleDataProvider data) => new(Terms(data.Read(AcceptPath)), Terms(data.Read(RejectPath)));

    private static IReadOnlyList<string> Terms(string? text) =>
        text is null
            ? []
            : [.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#').Distinct(StringComparer.Ordinal)];
}
