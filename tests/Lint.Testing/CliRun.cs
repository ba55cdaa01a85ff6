using Lint.Cli;

namespace Lint.Testing;

/// <summary>Runs the CLI in-process with captured output, in a given folder, with the repository's rules as the built-in pack.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>Runs <c>lint ARGS</c> in <paramref name="directory"/>; the clock is fixed and SOURCE_DATE_EPOCH unset unless given.</summary>
    public static CliRun Invoke(string directory, IReadOnlyDictionary<string, string>? variables, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var environment = new CliEnvironment(directory, Repository.Root, output, error)
        {
            GetVariable = name => variables is not null && variables.TryGetValue(name, out var value) ? value : null,
            UtcNow = () => new DateTime(2026, 11, 22, 12, 0, 0, DateTimeKind.Utc),
            OutputIsTerminal = () => false,
        };
        var code = CliApp.Run(args, environment);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs <c>lint ARGS</c> in <paramref name="directory"/>.</summary>
    public static CliRun Invoke(string directory, params string[] args) => Invoke(directory, null, args);
}
