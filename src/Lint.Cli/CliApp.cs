using Lint.Reporting;

namespace Lint.Cli;

/// <summary>Dispatches <c>lint COMMAND</c> and turns every user mistake into a message and exit code 2, never a stack trace.</summary>
public static class CliApp
{
    /// <summary>The usage text for <c>lint --help</c>.</summary>
    public const string Usage = """
        Lint: an editorial linter for news articles.

        Usage:
          lint check [PATH...] [options]   Lint articles (.txt, .md, .markdown, .html, .htm, .docx); PATH is a file,
                                           folder or glob (default: .), or - for standard input
          lint fix [PATH...] [options]     Apply the findings' safe fixes to the articles (as check --fix), then report
                                           what is left as check does
          lint rules [PATH]                List the rules in effect for PATH, with severity, pack and source
          lint rules try RULE [PATH...]    Run one rule file (or pack folder) over articles without enabling it: its
                                           findings grouped by flagged text; --compare: against the rule as committed
                                           in git; --examples N, --format text|html, --output FILE, --as-of
          lint explain ID|NAME             Print the documentation of a rule
          lint test-rules [DIR...]         Run the examples in the rule files of DIR (default: the built-in pack)
          lint schema [-o FILE]            Print the JSON schema of rule files (for the editor, beside your own pack)
          lint merge LOG.sarif... [-o FILE]
                                           Merge the SARIF logs of 'check --shard' (every shard once) into one log
          lint --version                   Print the version
          lint --help                      Print this help

        Options for check:
          -f, --format text|json|sarif|github|html
                                           Output format (default: text); github: workflow commands (annotations);
                                           html: one self-contained page with charts and filters
          -o, --output FILE                Write the report to FILE instead of standard output
          --as-of YYYY-MM-DD               Reference date for time-aware rules (default: SOURCE_DATE_EPOCH, else today)
          --fail-level error|warning|suggestion|none
                                           Lowest severity that makes the exit code 1 (default: error)
          --min-level error|warning|suggestion
                                           Lowest severity that is reported (default: suggestion); independent of --fail-level
          --baseline OLD.sarif             Compare with an earlier SARIF log: results get a baseline state, and only
                                           new ones count towards --fail-level
          --category NAME                  SARIF: run category for GitHub code scanning (automationDetails.id NAME/)
          --rules DIR                      Load the rule pack in DIR as well (repeatable)
          --no-default-rules               Do not load the built-in news pack
          --exclude GLOB                   Leave out of folder walks what GLOB matches (repeatable; .gitignore syntax)
          --no-ignore                      Walk folders without reading .gitignore and .lintignore files
          --jobs N                         Lint N files at a time (default: number of cores); output is the same
          --shard I/N                      Lint only shard I (1 to N) of the files, split by a hash of each path, for N
                                           machines; an empty shard passes; join the logs with 'lint merge'
          --no-frames                      Text format: leave out the code frame under each finding
          --color auto|always|never        Text format on a terminal: colour (default: auto; NO_COLOR switches it off)
          --statistics                     Text format: count the findings by rule instead of listing them
          --stdin-filename PATH            With PATH '-': lint standard input as if it were the file PATH (its name in
                                           findings, its format and configuration)

        Options for fix (and check --fix), with those of check:
          --diff                           Print the changes as a unified diff and change nothing (exit 1 if any)
          --select ID[,ID...]              Apply only these rules' fixes (ids or names; repeatable)
          --unsafe-fixes                   Also apply fixes that are not certain (rules without 'fix: safe', or a fix
                                           the check is unsure of)

        Configuration comes from .editorconfig and .globalconfig files, as for the compilers:
          dotnet_diagnostic.ED2002.severity = error|warning|suggestion|silent|none
          lint.packs = news, house        lint.reference_date = 2026-11-22        lint.ED3001.OPTION = VALUE
        (rules and explain also take --rules DIR and --no-default-rules)

        Exit codes: 0 nothing (new) reached the fail level; 1 something did; 2 bad arguments, rule packs that did
        not load, or files that could not be read (every other file is still linted).
        """;

    /// <summary>Runs the CLI; returns the process exit code.</summary>
    public static int Run(string[] args, CliEnvironment environment)
    {
        try
        {
            // "lint check --help" as well as "lint --help"; after "--" everything is a path.
            if (args.Length == 0 || args[0] is "help" || args.TakeWhile(a => a != "--").Any(a => a is "--help" or "-h"))
            {
                environment.Out.WriteLine(Usage);
                return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Success;
            }

            if (args[0] is "--version")
            {
                environment.Out.WriteLine($"lint {ToolInfo.Default.Version}");
                return ExitCodes.Success;
            }

            return args[0] switch
            {
                "check" => CheckCommand.Run(args.Skip(1), environment),
                "fix" => CheckCommand.Run(args.Skip(1), environment, fix: true),
                "rules" => RuleCommands.Rules(args.Skip(1), environment),
                "explain" => RuleCommands.Explain(args.Skip(1), environment),
                "test-rules" => RuleCommands.TestRules(args.Skip(1), environment),
                "schema" => SchemaCommand.Run(args.Skip(1), environment),
                "merge" => MergeCommand.Run(args.Skip(1), environment),
                _ => throw new UsageException($"unknown command '{args[0]}'; commands: check, fix, rules, explain, test-rules, schema, merge"),
            };
        }
        catch (UsageException ex)
        {
            environment.Error.WriteLine($"lint: {ex.Message}");
            environment.Error.WriteLine("Run 'lint --help' for usage.");
            return ExitCodes.Usage;
        }
        catch (OutputException ex)
        {
            environment.Error.WriteLine($"lint: {ex.Message}");
            return ExitCodes.Usage;
        }
        catch (IOException ex)
        {
            // Every read is checked where it happens (an unreadable file is a finding), so this is output that could not be written.
            environment.Error.WriteLine($"lint: cannot write to standard output: {OutputException.Reason(ex)}");
            return ExitCodes.Usage;
        }
    }
}
