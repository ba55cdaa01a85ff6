using System.Text;
using Lint.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
return CliApp.Run(args, CliEnvironment.FromProcess());
