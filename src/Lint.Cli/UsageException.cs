namespace Lint.Cli;

/// <summary>A mistake on the command line; its message is shown as it is, followed by a pointer to --help.</summary>
public sealed class UsageException(string message) : Exception(message);
