namespace Lint.Cli;

/// <summary>A report that could not be written (a full disk, a closed pipe, a file that cannot be written): one line on standard error and exit code 2.</summary>
public sealed class OutputException(string message) : Exception(message)
{
    /// <summary>The system's reason for a failed write, without the path .NET appends to it.</summary>
    public static string Reason(Exception ex)
    {
        var message = ex is UnauthorizedAccessException ? "permission denied" : ex.Message;
        var path = message.LastIndexOf(" : '", StringComparison.Ordinal);
        return path > 0 && message.EndsWith("'", StringComparison.Ordinal) ? message.Substring(0, path) : message;
    }
}
