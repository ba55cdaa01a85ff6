namespace Lint.Fuzz;

/// <summary>The targets by name, each taking one input as text (UTF-8, bad bytes replaced, as the CLI's readers do).</summary>
public static class FuzzTargets
{
    /// <summary>Every target.</summary>
    public static readonly IReadOnlyDictionary<string, Action<string>> All = new Dictionary<string, Action<string>>(StringComparer.Ordinal)
    {
        ["parser"] = ParserTarget.Run,
        ["rules"] = RulesTarget.Run,
        ["config"] = ConfigTarget.Run,
        ["baseline"] = BaselineTarget.Run,
        ["selftest"] = SelfTestTarget.Run,
    };

    /// <summary>Decodes an input's bytes.</summary>
    public static string Decode(byte[] bytes) => System.Text.Encoding.UTF8.GetString(bytes);
}
