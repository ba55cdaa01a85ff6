namespace Lint.Cli;

/// <summary>What the CLI takes from the process: folders, variables, the clock and the output streams. Tests pass their own.</summary>
public sealed record CliEnvironment(string CurrentDirectory, string ToolDirectory, TextWriter Out, TextWriter Error)
{
    /// <summary>Reads an environment variable.</summary>
    public Func<string, string?> GetVariable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>The clock, used only when neither --as-of nor SOURCE_DATE_EPOCH gives the reference date.</summary>
    public Func<DateTime> UtcNow { get; init; } = () => DateTime.UtcNow;

    /// <summary>Whether standard output is a terminal (colour is then on unless NO_COLOR or --color never says otherwise).</summary>
    public Func<bool> OutputIsTerminal { get; init; } = () => !Console.IsOutputRedirected;

    /// <summary>Opens standard input, read only for <c>lint check -</c>.</summary>
    public Func<Stream> OpenInput { get; init; } = Console.OpenStandardInput;
}
