using System.Text;
using Lint.Cli;

Console.OutputEncoding = new UTF8Encoding(false);

// Reports can be long: buffer standard output (Console.Out flushes on every write) and flush once at the end.
using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
try
{
    return CliApp.Run(args, CliEnvironment.FromProcess() with { Out = stdout });
}
finally
{
    stdout.Flush();
}
