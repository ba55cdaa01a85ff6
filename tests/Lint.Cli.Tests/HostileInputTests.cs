using System.Diagnostics;
using Lint.Testing;
using Xunit;

namespace Lint.Cli.Tests;

/// <summary>
/// A gate is only as good as its worst day: each hostile input (configuration that would switch every rule off, a
/// file system with pipes, devices, link cycles and unlistable folders, output that cannot be written) gives the exit
/// code and one clear message, never a stack trace or a hang, and a control article in the same run keeps its finding.
/// These tests use Unix file systems (pipes, devices, permissions, another user).
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class HostileInputTests
{
    // The control article: one missing final period, ED2002 at (3,45).
    private const string Control = "Headline Here\n\nThe council met on Tuesday and voted on the plan\n";
    private const string ControlFinding = "control.txt(3,45): error ED2002:";
    private static readonly string[] AsOf = ["--as-of", "2026-11-22", "--no-frames"];

    private const string HouseRule = "id: HS0001\nname: no-teh\ntitle: Teh\nmessage: \"Write the, not {match}\"\nseverity: warning\ncheck:\n  kind: existence\n  tokens: [teh]\n";

    private static CliRun Check(TempFolder folder, params string[] args) => CliRun.Invoke(folder.Path, ["check", .. args, .. AsOf]);

    private static void AssertClean(CliRun run)
    {
        Assert.DoesNotContain("   at ", run.Out + run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Out + run.Error, StringComparison.Ordinal);
    }

    // Silent passes

    [Theory]
    [InlineData("nwes", "pack 'nwes' is not loaded")]
    [InlineData("", "names no pack, so no rule would run")]
    [InlineData(",,,", "names no pack, so no rule would run")]
    [InlineData("news, house", "pack 'house' is not loaded")]
    public void Lint_packs_naming_no_loaded_pack_is_an_error_at_its_line(string packs, string message)
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", $"root = true\n\n[*.txt]\nlint.packs = {packs}\n");
        folder.Write("control.txt", Control);
        var run = Check(folder, ".");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($".editorconfig(4,1): error ED0012: lint.packs = {packs}: {message}", run.Out, StringComparison.Ordinal);
        AssertClean(run);
    }

    [Fact]
    public void Lint_packs_naming_a_loaded_house_pack_switches_the_built_in_rules_off()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", "root = true\n\n[*.txt]\nlint.packs = house\n");
        folder.Write("house/HS0001-no-teh.yaml", HouseRule);
        folder.Write("control.txt", Control.Replace("the plan", "teh plan", StringComparison.Ordinal));
        var run = Check(folder, "control.txt", "--rules", "house", "--fail-level", "warning");
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("control.txt(3,41): warning HS0001: Write the, not teh\n1 file checked", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void No_default_rules_without_rules_is_a_usage_error()
    {
        using var folder = new TempFolder();
        folder.Write("control.txt", Control);
        var run = Check(folder, ".", "--no-default-rules");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("lint: '--no-default-rules' without '--rules DIR' leaves no rule to run", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Fact]
    public void A_rule_folder_without_rule_files_is_reported_and_a_rule_file_is_not_taken_for_a_missing_folder()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "house"));
        folder.Write("rules/HS0001-no-teh.yaml", HouseRule);
        folder.Write("control.txt", Control);
        var empty = Check(folder, "control.txt", "--rules", "house");
        Assert.Equal(2, empty.ExitCode);
        Assert.Contains("house(1,1): error ED0009: the rule folder holds no rule files (.yaml, .yml), so it adds no rules", empty.Out, StringComparison.Ordinal);
        Assert.Contains(ControlFinding, empty.Out, StringComparison.Ordinal);

        var file = Check(folder, "control.txt", "--rules", "rules/HS0001-no-teh.yaml");
        Assert.Equal(2, file.ExitCode);
        Assert.Contains("rules/HS0001-no-teh.yaml(1,1): error ED0009: is a file; --rules takes the folder of a rule pack", file.Out, StringComparison.Ordinal);
        Assert.Contains(ControlFinding, file.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("doubled-word", false)]
    [InlineData("missing-terminal-punctuation", true)]
    [InlineData("ed2002", true)]
    [InlineData("ED2002, doubled-word", true)]
    [InlineData("ED2002 -- the quote runs on", true)]
    public void Lint_disable_accepts_rule_ids_and_names(string names, bool suppressed)
    {
        using var folder = new TempFolder();
        folder.Write("control.txt", $"Headline Here\n\n<!-- lint-disable {names} -->\nThe council met on Tuesday and voted on the plan\n");
        var run = Check(folder, "control.txt", "--format", "sarif");
        Assert.Equal(suppressed ? 0 : 1, run.ExitCode);
        Assert.Contains("\"ruleId\": \"ED2002\"", run.Out, StringComparison.Ordinal);
        Assert.Equal(suppressed, run.Out.Contains("\"kind\": \"inSource\"", StringComparison.Ordinal));
        Assert.DoesNotContain("ED0012", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!-- lint-disable doubled-wrod -->", "doubled-wrod", 19)]
    [InlineData("<!-- lint-disable EDX -->", "EDX", 19)]
    [InlineData("<!-- lint-disable ED202 -->", "ED202", 19)]
    [InlineData("<!-- lint-disable-next-line ED202 -->", "ED202", 29)]
    public void Lint_disable_naming_no_loaded_rule_is_reported_and_disables_nothing(string directive, string name, int column)
    {
        using var folder = new TempFolder();
        folder.Write("control.txt", $"Headline Here\n\n{directive}\nThe council met on Tuesday and voted on the plan\n");
        var run = Check(folder, "control.txt");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"control.txt(3,{column}): error ED0012: '{name}' in this lint directive is not the id or name of a loaded rule", run.Out, StringComparison.Ordinal);
        Assert.Contains("control.txt(4,45): error ED2002:", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bare_lint_disable_still_disables_every_rule()
    {
        using var folder = new TempFolder();
        folder.Write("control.txt", "Headline Here\n\n<!-- lint-disable -->\nThe council met on Tuesday and voted on the plan\n");
        var run = Check(folder, "control.txt");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("1 file checked: 0 errors", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lint.ED2004.colour = red", "lint.ED2004.colour: rule ED2004 has no option 'colour'; its options: style")]
    [InlineData("lint.ED2004.style = wavy", "lint.ED2004.style = wavy: allowed values are majority, first, spaced, closed")]
    [InlineData("lint.ED2002.style = closed", "lint.ED2002.style: rule ED2002 takes no options from configuration")]
    [InlineData("lint.ED2040.style = closed", "lint.ED2040.style: no rule ED2040 is loaded, so the option does nothing")]
    public void Rule_options_the_kind_does_not_have_or_values_it_does_not_take_are_errors(string line, string message)
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", $"root = true\n[*]\n{line}\n");
        folder.Write("control.txt", Control);
        var run = Check(folder, ".");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($".editorconfig(3,1): error ED0012: {message}", run.Out, StringComparison.Ordinal);
        Assert.Contains(ControlFinding, run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_with_no_rule_id_between_prefix_and_suffix_never_crash()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.severity = none\nlint.severity = none\n");
        folder.Write("control.txt", Control);
        var run = Check(folder, ".");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(".editorconfig(4,1): error ED0012: lint.severity: unknown Lint key", run.Out, StringComparison.Ordinal);
        Assert.Contains(ControlFinding, run.Out, StringComparison.Ordinal);
        AssertClean(run);
    }

    [Fact]
    public void A_valid_rule_option_is_accepted()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", "root = true\n[*]\nlint.ED2004.style = closed\n");
        folder.Write("control.txt", Control);
        var run = Check(folder, ".");
        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("ED0012", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void No_article_found_is_an_error_not_a_pass()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "empty"));
        folder.Write("empty/README.md", "# Not an article\n");
        var run = Check(folder, "empty");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("lint: no article found in empty", run.Error, StringComparison.Ordinal);

        var glob = Check(folder, "news/**/*.md");
        Assert.Equal(2, glob.ExitCode);
        Assert.Contains("news/**/*.md(1,1): error ED0009: no such file or directory, and no file matches it", glob.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_that_cannot_be_listed_is_reported_with_its_path()
    {
        using var folder = new TempFolder();
        folder.Write("control.txt", Control);
        folder.Write("locked/story.txt", Control);
        folder.Write("house/HS0001-no-teh.yaml", HouseRule);
        folder.Write("house/locked/HS0002-x.yaml", HouseRule.Replace("HS0001", "HS0002", StringComparison.Ordinal));
        var run = Unprivileged.Run(folder, [Path.Combine(folder.Path, "locked"), Path.Combine(folder.Path, "house", "locked")], ["check", ".", "--rules", "house", .. AsOf]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("locked(1,1): error ED0009: folder cannot be listed (permission denied); its articles are not linted", run.Out, StringComparison.Ordinal);
        Assert.Contains("house/locked(1,1): error ED0009: folder cannot be listed (permission denied)", run.Out, StringComparison.Ordinal);
        Assert.Contains(ControlFinding, run.Out, StringComparison.Ordinal);
        AssertClean(run);
    }

    // Data loss

    [Fact]
    public void Output_naming_an_article_of_the_run_is_refused_before_anything_is_opened()
    {
        using var folder = new TempFolder();
        folder.Write("control.txt", Control);
        var victim = folder.Write("victim.txt", Control);
        var run = Check(folder, ".", "--output", "victim.txt");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("lint: option '--output' names 'victim.txt', an article of this run; writing the report there would destroy it", run.Error, StringComparison.Ordinal);
        Assert.Equal(Control, File.ReadAllText(victim));

        // Through a link to it as well.
        File.CreateSymbolicLink(Path.Combine(folder.Path, "report.txt.lnk"), victim);
        Assert.Equal(2, Check(folder, "control.txt", "victim.txt", "--output", "report.txt.lnk").ExitCode);
        Assert.Equal(Control, File.ReadAllText(victim));
    }

    [Fact]
    public void A_report_is_renamed_into_place_when_complete_and_nothing_is_left_beside_it()
    {
        using var folder = new TempFolder();
        folder.Write("control.txt", Control);
        var run = Check(folder, "control.txt", "--format", "sarif", "--output", "out/report.sarif");
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("{", File.ReadAllText(Path.Combine(folder.Path, "out", "report.sarif")), StringComparison.Ordinal);
        Assert.Equal(["report.sarif"], Directory.GetFiles(Path.Combine(folder.Path, "out")).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("/dev/full", "lint: cannot write the report to '/dev/full': No space left on device")]
    [InlineData("out", "lint: option '--output' names the folder 'out'")]
    public void A_report_that_cannot_be_written_is_one_line_and_exit_2(string output, string message)
    {
        using var folder = new TempFolder();
        folder.Write("control.txt", Control);
        Directory.CreateDirectory(Path.Combine(folder.Path, "out"));
        var run = Check(folder, "control.txt", "--output", output);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(message, run.Error, StringComparison.Ordinal);
        AssertClean(run);
    }

    [Fact]
    public void A_read_only_report_is_left_as_it_was()
    {
        using var folder = new TempFolder();
        folder.Write("control.txt", Control);
        var report = folder.Write("report.sarif", "old\n");
        File.SetUnixFileMode(report, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var run = Unprivileged.Run(folder, [], ["check", "control.txt", "--output", "report.sarif", .. AsOf]);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("lint: cannot write 'report.sarif': permission denied\n", run.Error);
        Assert.Equal("old\n", File.ReadAllText(report));
    }

    [Fact]
    public void Standard_output_on_a_full_disk_or_a_closed_pipe_fails_the_run_with_one_line()
    {
        using var folder = new TempFolder();
        folder.Write("control.txt", Control);
        var full = Unprivileged.Shell(folder, "\"$LINT\" check control.txt > /dev/full");
        Assert.Equal(2, full.ExitCode);
        Assert.Equal("lint: cannot write the report to standard output: No space left on device\n", full.Error);

        // A report many times longer than the pipe's buffer, to a reader that stops after one line.
        folder.Write("many.txt", "Headline Here\n\n" + string.Concat(Enumerable.Range(0, 5000).Select(i => $"The council met on day {i} and voted on the the plan.\n\n")));
        var closed = Unprivileged.Shell(folder, "\"$LINT\" check many.txt | head -n 1 > /dev/null; exit ${PIPESTATUS[0]}");
        Assert.Equal(2, closed.ExitCode);
        Assert.Equal("lint: cannot write the report to standard output: Broken pipe\n", closed.Error);
    }

    [Fact]
    public void Standard_output_to_a_file_is_written_where_the_shell_stands()
    {
        // The shell's file offset is shared by every writer: the report must move it, so that what follows lands after
        // the report and not over it, and ">>" must append.
        using var folder = new TempFolder();
        folder.Write("control.txt", Control);
        var run = Unprivileged.Shell(folder, "{ echo first; \"$LINT\" check control.txt --no-frames; echo after; } > out.txt; echo before > log.txt; \"$LINT\" check control.txt --no-frames >> log.txt; exit 0");
        Assert.Equal(0, run.ExitCode);
        var lines = File.ReadAllLines(Path.Combine(folder.Path, "out.txt"));
        Assert.Equal("first", lines[0]);
        Assert.Contains(ControlFinding, lines[1], StringComparison.Ordinal);
        Assert.Equal("after", lines[^1]);
        var log = File.ReadAllLines(Path.Combine(folder.Path, "log.txt"));
        Assert.Equal("before", log[0]);
        Assert.Contains(ControlFinding, log[1], StringComparison.Ordinal);
    }

    // Hangs

    [Fact]
    public void Pipes_and_devices_are_refused_without_being_opened()
    {
        using var folder = new TempFolder();
        folder.Write("control.txt", Control);
        Directory.CreateDirectory(Path.Combine(folder.Path, "house"));
        folder.Write("house/HS0001-no-teh.yaml", HouseRule);
        foreach (var fifo in new[] { "news/pipe.txt", ".editorconfig", "house/HS0002-pipe.yaml", "baseline.sarif", "out.sarif" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder.Path, fifo))!);
            Unprivileged.MakeFifo(Path.Combine(folder.Path, fifo));
        }

        var run = Bounded(() => Check(folder, ".", "--rules", "house"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("news/pipe.txt(1,1): error ED0009: not a regular file (a pipe)", run.Out, StringComparison.Ordinal);
        Assert.Contains(".editorconfig(1,1): error ED0009: not a regular file (a pipe)", run.Out, StringComparison.Ordinal);
        Assert.Contains("house/HS0002-pipe.yaml(1,1): error ED0009: not a regular file (a pipe)", run.Out, StringComparison.Ordinal);
        Assert.Contains(ControlFinding, run.Out, StringComparison.Ordinal);

        var baseline = Bounded(() => Check(folder, "control.txt", "--baseline", "baseline.sarif"));
        Assert.Equal(2, baseline.ExitCode);
        Assert.StartsWith("lint: cannot read the baseline 'baseline.sarif': not a regular file (a pipe)", baseline.Error, StringComparison.Ordinal);

        var output = Bounded(() => Check(folder, "control.txt", "--output", "out.sarif"));
        Assert.Equal(2, output.ExitCode);
        Assert.StartsWith("lint: option '--output' names 'out.sarif', which is not a regular file", output.Error, StringComparison.Ordinal);

        var zero = Bounded(() => Check(folder, "/dev/zero", "control.txt"));
        Assert.Equal(2, zero.ExitCode);
        Assert.Contains("error ED0009: not a regular file (a character device)", zero.Out, StringComparison.Ordinal);
        Assert.Contains(ControlFinding, zero.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_is_read_only_with_a_dash_and_named_by_stdin_filename()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", "root = true\n[news/*.md]\ndotnet_diagnostic.ED2002.severity = warning\n");
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var environment = new CliEnvironment(folder.Path, Repository.Root, output, error)
        {
            OpenInput = () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Control)),
            GetVariable = _ => null,
        };
        var code = CliApp.Run(["check", "-", "--stdin-filename", "news/story.md", .. AsOf], environment);
        Assert.Equal(0, code);
        Assert.StartsWith("news/story.md(3,45): warning ED2002:", output.ToString(), StringComparison.Ordinal);

        var unnamed = new StringWriter { NewLine = "\n" };
        Assert.Equal(1, CliApp.Run(["check", "-", .. AsOf], environment with { Out = unnamed }));
        Assert.StartsWith("<stdin>(3,45): error ED2002:", unnamed.ToString(), StringComparison.Ordinal);

        // Never read because nothing was named, and never mixed with paths.
        var opened = false;
        using var folder2 = new TempFolder();
        folder2.Write("control.txt", Control);
        var quiet = environment with { CurrentDirectory = folder2.Path, Out = new StringWriter(), OpenInput = () => { opened = true; return Stream.Null; } };
        Assert.Equal(1, CliApp.Run(["check", .. AsOf], quiet));
        Assert.False(opened);
        var errors = new StringWriter { NewLine = "\n" };
        Assert.Equal(2, CliApp.Run(["check", "-", "control.txt", .. AsOf], quiet with { Error = errors }));
        Assert.StartsWith("lint: '-' (standard input) is linted alone", errors.ToString(), StringComparison.Ordinal);
        errors.GetStringBuilder().Clear();
        Assert.Equal(2, CliApp.Run(["check", "control.txt", "--stdin-filename", "a.md", .. AsOf], quiet with { Error = errors }));
        Assert.StartsWith("lint: '--stdin-filename' names standard input", errors.ToString(), StringComparison.Ordinal);
        Assert.False(opened);
    }

    [Fact]
    public void Link_cycles_are_walked_once_and_a_file_reached_twice_is_linted_once()
    {
        using var folder = new TempFolder();
        folder.Write("news/control.txt", Control);
        folder.Write("house/HS0001-no-teh.yaml", HouseRule);
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "news", "loop1"), ".");
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "news", "loop2"), ".");
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "house", "again"), ".");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "news", "alias.txt"), Path.Combine(folder.Path, "news", "control.txt"));
        var run = Bounded(() => Check(folder, "news", "--rules", "house"));
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("news/alias.txt(3,45): error ED2002: Paragraph ends without terminal punctuation after \"plan\"\n1 file checked: 1 error, 0 warnings, 0 suggestions\n", run.Out);
    }

    [Fact]
    public void A_file_given_twice_or_inside_a_folder_of_the_run_is_linted_once()
    {
        using var folder = new TempFolder();
        folder.Write("news/control.txt", Control);
        var run = Check(folder, "news", "news/control.txt", "./news/control.txt", "news/*.txt");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("news/control.txt(3,45): error ED2002: Paragraph ends without terminal punctuation after \"plan\"\n1 file checked: 1 error, 0 warnings, 0 suggestions\n", run.Out);
    }

    // Crashes and misleading messages

    [Theory]
    [InlineData("news/{1..99999999999}.txt")]
    [InlineData("news/{٣..٥}.txt")]
    [InlineData("news/{1..9999}.txt")]
    public void Numeric_brace_ranges_never_crash(string glob)
    {
        using var folder = new TempFolder();
        folder.Write("control.txt", Control);
        folder.Write(".editorconfig", $"root = true\n[{glob}]\ndotnet_diagnostic.ED2002.severity = none\n");
        var run = Check(folder, "control.txt", glob);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(ControlFinding, run.Out, StringComparison.Ordinal);
        AssertClean(run);
    }

    [Fact]
    public void A_glob_with_many_stars_in_a_segment_matches_in_linear_time()
    {
        using var folder = new TempFolder();
        folder.Write("control.txt", Control);
        var name = new string('a', 40) + ".txt";
        folder.Write("deep/" + name, Control);
        var stars = string.Concat(Enumerable.Repeat("*a", 24));
        folder.Write(".editorconfig", $"root = true\n[**/{stars}*c*a.txt]\ndotnet_diagnostic.ED2002.severity = none\n[**/{stars}.txt]\ndotnet_diagnostic.ED2002.severity = warning\n");
        var run = Bounded(() => Check(folder, "control.txt", $"deep/**/{stars}*c*a.txt", $"deep/**/{stars}.txt"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"deep/{name}(3,45): warning ED2002:", run.Out, StringComparison.Ordinal);
        Assert.Contains($"deep/**/{stars}*c*a.txt(1,1): error ED0009: no such file or directory, and no file matches it", run.Out, StringComparison.Ordinal);
        Assert.Contains(ControlFinding, run.Out, StringComparison.Ordinal);
        AssertClean(run);
    }

    [Fact]
    public void Directives_left_open_on_a_long_line_are_read_in_linear_time()
    {
        using var folder = new TempFolder();
        folder.Write("control.txt", Control);
        folder.Write("open.txt", "Headline Here\n\n" + string.Concat(Enumerable.Repeat("a <!-- lint-disable ", 60_000)) + "\n\n<!-- lint-disable-next-line ED2002 -->\nThe council met on Tuesday and voted on the plan\n");
        var run = Bounded(() => Check(folder, ".", "--format", "sarif"));
        Assert.Contains("\"kind\": \"inSource\"", run.Out, StringComparison.Ordinal);
        Assert.Contains("\"uri\": \"control.txt\"", run.Out, StringComparison.Ordinal);
        AssertClean(run);
    }

    [Theory]
    [InlineData(100_000, "(", "1", ")", "the formula nests more than 64 levels deep")]
    [InlineData(100_000, "-", "1", "", "the formula nests more than 64 levels deep")]
    [InlineData(100_000, "1+", "1", "", "the formula has more than 512 operations")]
    public void A_formula_nested_or_long_beyond_reason_is_refused_at_load(int count, string open, string middle, string close, string message)
    {
        using var folder = new TempFolder();
        folder.Write("control.txt", Control);
        var formula = string.Concat(Enumerable.Repeat(open, count)) + middle + string.Concat(Enumerable.Repeat(close, count));
        folder.Write("house/HS0001-metric.yaml", $"id: HS0001\nname: metric\ntitle: Metric\nmessage: \"{{value}}\"\nseverity: warning\ncheck:\n  kind: metric\n  formula: \"{formula}\"\n  max: 3\n");
        var run = Bounded(() => Check(folder, "control.txt", "--rules", "house"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Out, StringComparison.Ordinal);
        Assert.Contains(ControlFinding, run.Out, StringComparison.Ordinal);
        AssertClean(run);
    }

    [Fact]
    public void A_bad_byte_far_into_a_long_file_is_reported_at_its_offset()
    {
        using var folder = new TempFolder();
        folder.Write("control.txt", Control);
        var bytes = new byte[2_000_000];
        for (var i = 0; i < bytes.Length; i++) bytes[i] = (byte)(i % 80 == 79 ? '\n' : 'a' + (i % 26));
        bytes[1_500_000] = 0xFF;
        folder.WriteBytes("long.txt", bytes);
        var run = Check(folder, ".");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("long.txt(1,1): error ED0009: not valid UTF-8 (at byte offset 1500000)", run.Out, StringComparison.Ordinal);
        Assert.Contains(ControlFinding, run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_name_that_is_not_UTF8_is_reported_as_such()
    {
        using var folder = new TempFolder();
        folder.Write("control.txt", Control);
        Unprivileged.Shell(folder, "printf 'Headline\\n\\nText\\n' > \"$(printf 'caf\\351.txt')\"");
        var run = Check(folder, ".");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error ED0009: the file name is not valid UTF-8, so the file cannot be opened by name; rename it", run.Out, StringComparison.Ordinal);
        Assert.Contains(ControlFinding, run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deleted_working_folder_is_one_line_and_exit_2()
    {
        using var folder = new TempFolder();
        var run = Unprivileged.Shell(folder, "mkdir gone && cd gone && rmdir ../gone && \"$LINT\" check .");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("lint: the current folder cannot be read (was it deleted?); run lint from an existing folder\n", run.Error);
    }

    /// <summary>Runs a CLI call on a thread and fails if it has not finished in a minute (the fixed code takes milliseconds).</summary>
    private static CliRun Bounded(Func<CliRun> run)
    {
        var task = Task.Run(run);
        Assert.True(task.Wait(TimeSpan.FromMinutes(1)), "the run did not finish: something blocked");
        return task.Result;
    }

    /// <summary>
    /// Runs the real lint process, as an ordinary user when the tests run as root (root reads any folder, so a
    /// folder that cannot be listed needs another user), with the given paths made unreadable for the run.
    /// </summary>
    private static class Unprivileged
    {
        private static readonly string Lint = Path.Combine(AppContext.BaseDirectory, "lint.dll");

        public static CliRun Run(TempFolder folder, IReadOnlyList<string> locked, string[] args)
        {
            var command = "\"$LINT\" " + string.Join(" ", args.Select(Quote));
            return Shell(folder, command, locked);
        }

        public static CliRun Shell(TempFolder folder, string command, IReadOnlyList<string>? locked = null)
        {
            foreach (var path in locked ?? []) File.SetUnixFileMode(path, UnixFileMode.None);
            try
            {
                var asUser = Environment.UserName == "root" ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : string.Empty;
                if (asUser.Length > 0) OpenUp(folder.Path);
                var info = new ProcessStartInfo("bash", ["-c", $"export LINT_DLL={Quote(Lint)}; LINT=lint_run; lint_run() {{ dotnet \"$LINT_DLL\" \"$@\"; }}; export -f lint_run; {asUser}bash -c {Quote(command.Replace("\"$LINT\"", "lint_run", StringComparison.Ordinal))}"])
                {
                    WorkingDirectory = folder.Path,
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                };
                info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
                info.Environment["DOTNET_NOLOGO"] = "1";
                info.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
                using var process = Process.Start(info)!;
                var stdout = process.StandardOutput.ReadToEndAsync();
                var stderr = process.StandardError.ReadToEndAsync();
                Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "lint did not finish");
                return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
            }
            finally
            {
                foreach (var path in locked ?? []) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        public static void MakeFifo(string path)
        {
            using var process = Process.Start(new ProcessStartInfo("mkfifo", [path]))!;
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
        }

        // The other user must reach the scratch folder and write in it.
        private static void OpenUp(string path)
        {
            const UnixFileMode all = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead
                | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;
            File.SetUnixFileMode(path, all);
        }

        private static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }
}
