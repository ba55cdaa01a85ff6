using System.Globalization;
using System.Text;
using Lint.Loading;
using Lint.Rules;

namespace Lint.Cli;

/// <summary>The rule authors' commands: <c>lint rules</c>, <c>lint explain</c> and <c>lint test-rules</c>.</summary>
public static class RuleCommands
{
    private static readonly string[] PackOptions = ["--rules"];
    private static readonly string[] PackFlags = ["--no-default-rules"];

    /// <summary><c>lint rules [PATH]</c>: the rules in effect for an article at PATH, with severity and source; <c>lint rules try</c>: <see cref="RuleTryCommand"/>.</summary>
    public static int Rules(IEnumerable<string> args, CliEnvironment environment)
    {
        // "lint rules try RULE PATH...": a rule tried over articles (a folder named try is "lint rules ./try").
        var list = args.ToList();
        if (list.Count > 0 && list[0] == "try") return RuleTryCommand.Run(list.Skip(1), environment);
        var reader = new ArgumentReader(list, [.. PackOptions, "--as-of"], PackFlags);
        var problems = new List<Diagnostics.FileDiagnostic>();
        var catalog = RulePacks.Load(environment, reader.Values("--rules"), !reader.Flag("--no-default-rules"), problems);
        var target = reader.Positional.Count > 0 ? reader.Positional[0] : ".";
        var full = Path.GetFullPath(Path.Combine(environment.CurrentDirectory, target));
        if (Directory.Exists(full)) full = Path.Combine(full, "article.md");
        var date = CheckCommand.ResolveReferenceDate(reader.Value("--as-of"), environment);
        var resolver = new ConfigurationResolver(environment, catalog, date, null);
        var configuration = resolver.For(full);

        var rows = catalog.Rules.Select(r => new[]
        {
            r.Id, SeverityCell(configuration, r.Descriptor), r.Descriptor.Pack, r.Descriptor.Name, r.Descriptor.Source,
        }).ToList();
        var header = new[] { "ID", "SEVERITY", "PACK", "NAME", "SOURCE" };
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        var sb = new StringBuilder();
        foreach (var row in rows.Prepend(header))
            sb.Append(string.Join("  ", row.Select((cell, i) => i == row.Length - 1 ? cell : cell.PadRight(widths[i])))).Append('\n');
        sb.Append(string.Create(CultureInfo.InvariantCulture, $"{rows.Count} rules for {RulePacks.Display(environment, full)} (reference date {configuration.ReferenceDate})\n"));
        environment.Out.Write(sb.ToString());
        return Report(problems.Concat(catalog.Errors).Concat(resolver.Problems), environment);
    }

    /// <summary>The severity in effect; "off" for a rule shipped switched off that no configuration names.</summary>
    private static string SeverityCell(Configuration.LintConfiguration configuration, RuleDescriptor descriptor)
    {
        var severity = configuration.EffectiveSeverity(descriptor);
        return severity == Severity.None && !descriptor.EnabledByDefault && !configuration.Severities.ContainsKey(descriptor.Id)
            ? "off (" + descriptor.DefaultSeverity.ToName() + " when on)"
            : severity.ToName();
    }

    /// <summary><c>lint explain ID</c>: the rule's documentation page, or what its rule file says.</summary>
    public static int Explain(IEnumerable<string> args, CliEnvironment environment)
    {
        var reader = new ArgumentReader(args, PackOptions, PackFlags);
        if (reader.Positional.Count != 1) throw new UsageException("explain takes one rule id or name, such as 'lint explain ED2001' or 'lint explain doubled-word'");
        var problems = new List<Diagnostics.FileDiagnostic>();
        var catalog = RulePacks.Load(environment, reader.Values("--rules"), !reader.Flag("--no-default-rules"), problems);
        var asked = reader.Positional[0];
        var descriptor = catalog.AllDescriptors.FirstOrDefault(d => d.Id.Equals(asked, StringComparison.OrdinalIgnoreCase) || d.Name.Equals(asked, StringComparison.OrdinalIgnoreCase));
        var id = descriptor?.Id ?? asked.ToUpperInvariant();
        if (descriptor is null)
        {
            var near = catalog.AllDescriptors.Select(d => d.Id)
                .OrderBy(d => Text.EditDistance.OptimalStringAlignment(d, id, 3)).ThenBy(d => d, StringComparer.Ordinal).Take(3);
            throw new UsageException($"no rule '{reader.Positional[0]}'; did you mean {string.Join(", ", near)}? 'lint rules' lists them all");
        }

        var page = Path.Combine(environment.ToolDirectory, "docs", "rules", id + ".md");
        if (File.Exists(page))
        {
            environment.Out.Write(File.ReadAllText(page));
            return ExitCodes.Success;
        }

        var rule = catalog.Find(id);
        var sb = new StringBuilder();
        sb.Append("# ").Append(descriptor.Id).Append(": ").Append(descriptor.Title).Append("\n\n");
        sb.Append("Rule name: `").Append(descriptor.Name).Append("` · Default severity: ").Append(descriptor.DefaultSeverity.ToName())
            .Append(descriptor.EnabledByDefault ? string.Empty : " (off until configured)")
            .Append(" · Pack: ").Append(descriptor.Pack).Append(" · Source: ").Append(descriptor.Source).Append("\n\n");
        sb.Append(descriptor.Description).Append('\n');
        if (rule is { Examples.Count: > 0 })
        {
            sb.Append("\nFlagged:\n");
            foreach (var example in rule.Examples.Where(e => e.ShouldFlag)) sb.Append("  ").Append(example.Text.TrimEnd().Replace("\n", "\n  ")).Append('\n');
            sb.Append("\nNot flagged:\n");
            foreach (var example in rule.Examples.Where(e => !e.ShouldFlag)) sb.Append("  ").Append(example.Text.TrimEnd().Replace("\n", "\n  ")).Append('\n');
        }

        environment.Out.Write(sb.ToString());
        return ExitCodes.Success;
    }

    /// <summary><c>lint test-rules [DIR...]</c>: runs every rule's examples and reports like a test runner.</summary>
    public static int TestRules(IEnumerable<string> args, CliEnvironment environment)
    {
        var reader = new ArgumentReader(args, [], []);
        var problems = new List<Diagnostics.FileDiagnostic>();
        var catalog = reader.Positional.Count == 0
            ? RulePacks.Load(environment, [], includeBuiltIn: true, problems)
            : RulePacks.Load(environment, reader.Positional, includeBuiltIn: false, problems);
        var passed = 0;
        var failed = 0;
        var sb = new StringBuilder();
        foreach (var rule in catalog.Rules)
        {
            var outcomes = RuleExampleRunner.Run(rule);
            var failures = outcomes.Where(o => !o.Passed).ToList();
            passed += outcomes.Count - failures.Count;
            failed += failures.Count;
            var verdict = failures.Count > 0 ? "FAIL" : outcomes.Count == 0 ? "NONE" : "PASS";
            sb.Append(verdict).Append(' ').Append(rule.Id).Append(' ').Append(rule.Descriptor.Name)
                .Append(string.Create(CultureInfo.InvariantCulture, $" ({outcomes.Count} examples)\n"));
            foreach (var failure in failures)
                sb.Append("  ").Append(rule.Descriptor.Source).Append(':').Append(failure.Example.Line.ToString(CultureInfo.InvariantCulture))
                    .Append(": ").Append(failure.Example.ShouldFlag ? "flag" : "pass").Append(" example: ").Append(failure.Failure).Append('\n');
        }

        sb.Append(string.Create(CultureInfo.InvariantCulture, $"{passed} passed, {failed} failed\n"));
        environment.Out.Write(sb.ToString());
        var code = Report(problems.Concat(catalog.Errors), environment);
        return code != ExitCodes.Success ? code : failed > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }

    /// <summary>Prints rule-pack and configuration problems to standard error; exit code 2 if there were any.</summary>
    private static int Report(IEnumerable<Diagnostics.FileDiagnostic> problems, CliEnvironment environment)
    {
        var list = problems.ToList();
        foreach (var p in list)
        {
            environment.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{p.Path}({p.Diagnostic.Location.Start.Line},{p.Diagnostic.Location.Start.Column}): error {p.Diagnostic.RuleId}: {p.Diagnostic.Message}"));
        }

        return list.Count > 0 ? ExitCodes.Usage : ExitCodes.Success;
    }
}
