using System.Text;
using Lint.Cli;

Console.OutputEncoding = new UTF8Encoding(false);

string currentDirectory;
try
{
    currentDirectory = Directory.GetCurrentDirectory();
}
catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine("lint: the current folder cannot be read (was it deleted?); run lint from an existing folder");
    return ExitCodes.Usage;
}

// Reports can be long: buffer standard output (Console.Out flushes on every write) and flush once at the end. On Unix
// it is written with write(2) (StandardOutputStream says why: a closed pipe must fail the run, and a shell's file must
// be written where it stands).
var stdout = new StreamWriter(OperatingSystem.IsWindows() ? Console.OpenStandardOutput() : new StandardOutputStream(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
var code = CliApp.Run(args, new CliEnvironment(currentDirectory, AppContext.BaseDirectory, stdout, Console.Error));
try
{
    stdout.Flush();
}
catch (IOException ex)
{
    // A full disk or a reader that went away (a closed pipe): one line (unless the command already said so), and the gate fails.
    if (code != ExitCodes.Usage) Console.Error.WriteLine($"lint: cannot write the report to standard output: {OutputException.Reason(ex)}");
    code = ExitCodes.Usage;
}

try
{
    stdout.Dispose();
}
catch (IOException)
{
    // Already reported above, or by the command.
}

return code;
