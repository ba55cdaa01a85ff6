using System.Diagnostics;
using System.Text;
using Lint.Configuration;
using Lint.Rules;
using Lint.Testing;

namespace Lint.Cli.Tests;

/// <summary><c>lint fix</c> on files: what it writes, byte for byte, and what it reports.</summary>
public sealed class FixCommandTests
{
    /// <summary>How an article's text is laid out in bytes.</summary>
    public sealed record Layout(string Name, string Extension, bool Crlf, TextEncoding Encoding, bool FinalNewline)
    {
        public override string ToString() => Name;
    }

    public static readonly TheoryData<Layout> Layouts =
    [
        new Layout("text", ".txt", false, TextEncoding.Utf8, true),
        new Layout("text without a final newline", ".txt", false, TextEncoding.Utf8, false),
        new Layout("text with CRLF", ".txt", true, TextEncoding.Utf8, true),
        new Layout("text with a UTF-8 BOM", ".txt", false, TextEncoding.Utf8WithBom, true),
        new Layout("Markdown with front matter", ".md", false, TextEncoding.Utf8, true),
        new Layout("Markdown with front matter, CRLF and UTF-16", ".md", true, TextEncoding.Utf16LittleEndian, true),
    ];

    private const string FrontMatter = "---\ntitle: \"A story: fixed\"\ntags: [news,  city]\n---\n\n";

    /// <summary>The article an example stands in: a one-line example is a paragraph under a headline; a longer one is the whole article.</summary>
    private static string Article(string example, Layout layout)
    {
        var body = example.Contains('\n', StringComparison.Ordinal)
            ? example.TrimEnd('\n') + "\n"
            : (layout.Extension == ".md" ? "# Story for the desk\n\n" : "Story for the desk\n\n") + example + "\n\nThe desk will review it again on Friday.\n";
        if (layout.Extension == ".md") body = FrontMatter + body;
        if (!layout.FinalNewline) body = body.TrimEnd('\n');
        return layout.Crlf ? body.Replace("\n", "\r\n", StringComparison.Ordinal) : body;
    }

    private static byte[] Encode(string text, TextEncoding encoding) => encoding switch
    {
        TextEncoding.Utf8WithBom => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
        TextEncoding.Utf16LittleEndian => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        TextEncoding.Utf16BigEndian => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
        _ => Encoding.UTF8.GetBytes(text),
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Every_rule_s_fixed_examples_come_out_of_lint_fix_as_stated_with_every_other_byte_kept(Layout layout)
    {
        var cases = BuiltInRules.Catalog.Rules
            .SelectMany(r => r.Examples.Where(e => e.Fixed is not null).Select(e => (Rule: r, Example: e)))
            .Where(c => layout.Extension == ".txt" || !c.Example.Text.Contains('\n', StringComparison.Ordinal))
            .ToList();
        Assert.True(cases.Count >= 20, $"{cases.Count} examples with a fixed text");
        var failures = new List<string>();
        using var folder = new TempFolder();

        // Rules shipped switched off are switched on, as their examples are run.
        folder.Write(".editorconfig", "root = true\n[*]\n" + string.Concat(BuiltInRules.Catalog.Rules.Where(r => !r.Descriptor.EnabledByDefault)
            .Select(r => $"dotnet_diagnostic.{r.Id}.severity = {r.Descriptor.DefaultSeverity.ToName()}\n")));
        var n = 0;
        var fixedCount = 0;
        foreach (var (rule, example) in cases)
        {
            var (text, _) = SpanMarkup.Parse(example.Text);
            var name = $"case-{n++}{layout.Extension}";
            var path = folder.WriteBytes(name, Encode(Article(text, layout), layout.Encoding));
            var asOf = (rule.ExamplesAsOf ?? RuleExampleRunner.DefaultAsOf).ToString();

            // Two spaces are one in Markdown as published, so the double-space rule reads plain text only.
            if (layout.Extension == ".md" && !CliRun.Invoke(folder.Path, "check", name, "--as-of", asOf, "--format", "json").Out.Contains($"\"{rule.Id}\"", StringComparison.Ordinal))
            {
                Assert.Equal("ED2006", rule.Id);
                continue;
            }

            fixedCount++;
            var run = CliRun.Invoke(folder.Path, "fix", name, "--select", rule.Id, "--unsafe-fixes", "--as-of", asOf, "--no-frames");
            var expected = Encode(Article(example.Fixed!, layout), layout.Encoding);
            var actual = File.ReadAllBytes(path);
            if (run.ExitCode == 2 || !actual.AsSpan().SequenceEqual(expected))
                failures.Add($"{rule.Id} line {example.Line}: exit {run.ExitCode}\n  expected {Show(expected, layout)}\n  actual   {Show(actual, layout)}\n{run.Error}");

            // A second run finds nothing more to fix.
            var again = CliRun.Invoke(folder.Path, "fix", name, "--select", rule.Id, "--unsafe-fixes", "--as-of", asOf, "--no-frames");
            if (!again.Error.Contains("lint: 0 fixes made in 0 of 1 file;", StringComparison.Ordinal) || !File.ReadAllBytes(path).AsSpan().SequenceEqual(actual))
                failures.Add($"{rule.Id} line {example.Line}: a second run changed it again: {again.Error}");
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(fixedCount >= 15, $"{fixedCount} examples fixed");

        static string Show(byte[] bytes, Layout layout)
        {
            var start = layout.Encoding switch { TextEncoding.Utf8WithBom => 3, TextEncoding.Utf16LittleEndian => 2, _ => 0 };
            var text = layout.Encoding == TextEncoding.Utf16LittleEndian ? Encoding.Unicode.GetString(bytes, start, bytes.Length - start) : Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
            return text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
        }
    }

    private const string Council = "Council Approves Flood Barrier\n\nBy Maria Keane\n\nSPRINGFEILD, Ill. (AP) — The council voted on Tuesday to build a flood barrier.\n\nOpponents said the city should have waited\n\n“We waited long enough,” said Denise Holt.\n";

    private const string Quote = "Mayor Speaks at the Harbour\n\nThe mayor said it was “a good day for the harbour.\n\nShe left before the vote...\n";

    [Fact]
    public void Fix_writes_the_safe_fixes_reports_what_it_changed_and_what_it_left_and_exits_as_check_would()
    {
        using var folder = new TempFolder();
        folder.Write("news/council.txt", Council);
        folder.Write("news/quote.txt", Quote);
        folder.Write("news/clean.txt", "Harbour Reopens\n\nThe harbour reopened on Monday.\n");

        var run = CliRun.Invoke(folder.Path, "fix", "news", "--no-frames", "--as-of", "2026-11-22");
        Assert.Equal(
            Council.Replace("SPRINGFEILD", "SPRINGFIELD", StringComparison.Ordinal).Replace("have waited\n", "have waited.\n", StringComparison.Ordinal),
            File.ReadAllText(Path.Combine(folder.Path, "news", "council.txt")));
        Assert.Equal(Quote.Replace("vote...", "vote…", StringComparison.Ordinal), File.ReadAllText(Path.Combine(folder.Path, "news", "quote.txt")));

        // The quotation left open has no fix: it is what is left, an error, so the run fails as check would.
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("news/quote.txt(3,23): error ED2001: Quotation “a good day for the harbour. is never closed\n3 files checked: 1 error, 0 warnings, 0 suggestions\n", run.Out);
        Assert.Equal(
            "lint: fixed news/council.txt: 2 fixes (ED1001, ED2002)\n" +
            "lint: fixed news/quote.txt: 1 fix (ED2007)\n" +
            "lint: 3 fixes made in 2 of 3 files (ED1001 ×1, ED2002 ×1, ED2007 ×1); 1 finding left\n", run.Error);

        // Nothing more to do: the files are as the first run left them, and so is the report.
        var again = CliRun.Invoke(folder.Path, "check", "--fix", "news", "--no-frames", "--as-of", "2026-11-22");
        Assert.Equal((1, run.Out), (again.ExitCode, again.Out));
        Assert.Equal("lint: 0 fixes made in 0 of 3 files; 1 finding left\n", again.Error);

        // Once the quotation is closed by hand, nothing is left and the run passes.
        folder.Write("news/quote.txt", Quote.Replace("harbour.\n", "harbour.”\n", StringComparison.Ordinal));
        Assert.Equal(0, CliRun.Invoke(folder.Path, "fix", "news", "--as-of", "2026-11-22").ExitCode);
    }

    [Fact]
    public void Unsafe_fixes_wait_for_unsafe_fixes_and_select_limits_the_rules()
    {
        using var folder = new TempFolder();
        const string text = "Officials Meet\n\nThe the officials met on Tuesday in the the capital.\n\nThey said the talks went well\n";
        folder.Write("a.txt", text);

        var safe = CliRun.Invoke(folder.Path, "fix", "a.txt", "--select", "ED4003", "--as-of", "2026-11-22");
        Assert.Equal(text, File.ReadAllText(Path.Combine(folder.Path, "a.txt")));
        Assert.EndsWith("lint: 0 fixes made in 0 of 1 file; 2 findings left, 2 with a fix that is not certain (--unsafe-fixes applies it)\n", safe.Error, StringComparison.Ordinal);

        var selected = CliRun.Invoke(folder.Path, "fix", "a.txt", "--select", "doubled-word", "--unsafe-fixes", "--as-of", "2026-11-22");
        Assert.Equal("Officials Meet\n\nThe officials met on Tuesday in the capital.\n\nThey said the talks went well\n", File.ReadAllText(Path.Combine(folder.Path, "a.txt")));
        Assert.Contains("lint: fixed a.txt: 2 fixes (ED4003 ×2)", selected.Error, StringComparison.Ordinal);

        // The period ED2002 would add was not selected: it is still reported, and fails the run.
        Assert.Equal(1, selected.ExitCode);
        Assert.Contains("error ED2002", selected.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_prints_a_patch_that_git_applies_to_give_what_fix_writes_and_changes_nothing()
    {
        using var folder = new TempFolder();
        folder.Write("news/council.txt", Council.Replace("\n", "\r\n", StringComparison.Ordinal));
        folder.Write("news/quote.md", FrontMatter + Quote);
        var before = Snapshot(folder.Path);

        var diff = CliRun.Invoke(folder.Path, "fix", "news", "--diff", "--as-of", "2026-11-22");
        Assert.Equal(1, diff.ExitCode);
        Assert.Equal(before, Snapshot(folder.Path));
        Assert.StartsWith("--- a/news/council.txt\n+++ b/news/council.txt\n@@ -2,8 +2,8 @@\n", diff.Out, StringComparison.Ordinal);
        Assert.Contains("-SPRINGFEILD, Ill. (AP) — The council voted on Tuesday to build a flood barrier.\r\n+SPRINGFIELD, Ill.", diff.Out, StringComparison.Ordinal);
        Assert.Contains("lint: would fix news/council.txt: 2 fixes (ED1001, ED2002)", diff.Error, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(folder.Path, "fix.patch"), diff.Out);
        Git.Run(folder.Path, "apply", "--unsafe-paths", "fix.patch");
        File.Delete(Path.Combine(folder.Path, "fix.patch"));
        var patched = Snapshot(folder.Path);

        foreach (var (path, bytes) in before) File.WriteAllBytes(Path.Combine(folder.Path, path), bytes);
        CliRun.Invoke(folder.Path, "fix", "news", "--as-of", "2026-11-22");
        Assert.Equal(patched, Snapshot(folder.Path));

        // Nothing left to change: an empty diff, and --diff passes.
        var none = CliRun.Invoke(folder.Path, "fix", "news", "--diff", "--as-of", "2026-11-22");
        Assert.Equal((0, string.Empty), (none.ExitCode, none.Out));
    }

    private static SortedDictionary<string, byte[]> Snapshot(string root) =>
        new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(p => Path.GetRelativePath(root, p), File.ReadAllBytes), StringComparer.Ordinal);

    [Fact]
    public void An_article_changed_on_disk_while_it_was_fixed_is_not_written_over()
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.txt", "Old text\n");
        var file = ArticleFile.Read(path, out var error) ?? throw new InvalidOperationException(error);
        File.WriteAllText(path, "An editor saved this\n");
        Assert.Equal("it changed on disk while it was being fixed; run lint fix again", file.Replace(file.Encode("Fixed text\n")!));
        Assert.Equal("An editor saved this\n", File.ReadAllText(path));
        Assert.Equal(["a.txt"], Directory.EnumerateFiles(folder.Path).Select(Path.GetFileName));

        // Read again, it is written, and nothing is left beside it.
        file = ArticleFile.Read(path, out error) ?? throw new InvalidOperationException(error);
        Assert.Null(file.Replace(file.Encode("Fixed text\n")!));
        Assert.Equal("Fixed text\n", File.ReadAllText(path));
        Assert.Equal(["a.txt"], Directory.EnumerateFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void An_article_whose_name_is_as_long_as_the_system_allows_is_fixed()
    {
        using var folder = new TempFolder();
        var name = new string('a', 251) + ".txt";
        var path = folder.Write(name, Council);
        var run = CliRun.Invoke(folder.Path, "fix", name, "--as-of", "2026-11-22");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("SPRINGFIELD", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal([name], Directory.EnumerateFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void UTF_16_whose_bytes_would_not_come_back_from_its_text_is_not_rewritten()
    {
        using var folder = new TempFolder();
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Story\n\nA lone "), 0x00, 0xD8, .. Encoding.Unicode.GetBytes(" surrogate...\n")];
        var path = folder.WriteBytes("a.txt", bytes);
        var run = CliRun.Invoke(folder.Path, "fix", "a.txt", "--as-of", "2026-11-22", "--no-frames");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("a.txt(1,1): error ED0014: the fixes were not written: its bytes would not come back unchanged from its text", run.Out, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_link_stays_a_link_and_the_article_keeps_its_permissions()
    {
        if (OperatingSystem.IsWindows()) return;
        using var folder = new TempFolder();
        var target = folder.Write("archive/story.txt", Council);
        File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        Directory.CreateDirectory(Path.Combine(folder.Path, "news"));
        var link = Path.Combine(folder.Path, "news", "story.txt");
        File.CreateSymbolicLink(link, Path.Combine("..", "archive", "story.txt"));

        CliRun.Invoke(folder.Path, "fix", "news/story.txt", "--as-of", "2026-11-22");
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Contains("SPRINGFIELD", File.ReadAllText(target), StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(target));
    }

    [Fact]
    public void A_file_that_cannot_be_written_is_reported_and_left_and_the_others_are_still_fixed()
    {
        if (OperatingSystem.IsWindows()) return;
        using var folder = new TempFolder();
        File.SetUnixFileMode(folder.Path, (UnixFileMode)0b111_111_111);
        var locked = folder.Write("news/a-locked.txt", Council);
        var open = folder.Write("news/b-open.txt", Council);
        File.SetUnixFileMode(Path.GetDirectoryName(locked)!, (UnixFileMode)0b111_111_111);
        File.SetUnixFileMode(open, (UnixFileMode)0b110_110_110);
        File.SetUnixFileMode(locked, (UnixFileMode)0b100_100_100);

        var run = Unprivileged(folder.Path, "fix", "news", "--as-of", "2026-11-22", "--no-frames");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("news/a-locked.txt(1,1): error ED0014: the fixes were not written: permission denied", run.Out, StringComparison.Ordinal);
        Assert.Contains("news/a-locked.txt(5,1): error ED1001", run.Out, StringComparison.Ordinal);
        Assert.Equal(Council, File.ReadAllText(locked));
        Assert.Contains("SPRINGFIELD", File.ReadAllText(open), StringComparison.Ordinal);
        Assert.Contains("lint: fixed news/b-open.txt: 2 fixes", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("fixed news/a-locked.txt", run.Error, StringComparison.Ordinal);
    }

    /// <summary>
    /// <c>lint ARGS</c> as a user to whom permissions apply: in-process unless this is root, whom no permission stops; then
    /// the built CLI runs as nobody.
    /// </summary>
    private static CliRun Unprivileged(string directory, params string[] args)
    {
        if (Environment.UserName != "root") return CliRun.Invoke(directory, args);
        var lint = Path.Combine(AppContext.BaseDirectory, "lint.dll");
        var start = new ProcessStartInfo("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "dotnet", lint, .. args])
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["HOME"] = directory;
        start.Environment["DOTNET_CLI_HOME"] = directory;
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new CliRun(process.ExitCode, output, error.Result);
    }

    [Fact]
    public void Standard_input_is_fixed_to_standard_output_with_the_report_on_standard_error()
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var environment = new CliEnvironment(Path.GetTempPath(), Repository.Root, output, error)
        {
            OpenInput = () => new MemoryStream(Encoding.UTF8.GetBytes(Council)),
            OutputIsTerminal = () => false,
        };
        var code = CliApp.Run(["fix", "-", "--stdin-filename", "news/council.txt", "--as-of", "2026-11-22", "--no-frames"], environment);
        Assert.Equal(0, code);
        Assert.Equal(Council.Replace("SPRINGFEILD", "SPRINGFIELD", StringComparison.Ordinal).Replace("have waited\n", "have waited.\n", StringComparison.Ordinal), output.ToString());
        Assert.Contains("lint: fixed news/council.txt: 2 fixes (ED1001, ED2002)", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("1 file checked: 0 errors, 0 warnings, 0 suggestions", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check --diff a.txt", "'--diff' is an option of lint fix (or lint check --fix)")]
    [InlineData("check --unsafe-fixes a.txt", "'--unsafe-fixes' is an option of lint fix (or lint check --fix)")]
    [InlineData("check --select ED1001 a.txt", "'--select' is an option of lint fix (or lint check --fix)")]
    [InlineData("fix --select ED9999 a.txt", "option '--select' names 'ED9999', which is not a rule in effect; 'lint rules' lists them")]
    [InlineData("fix --select , a.txt", "option '--select' needs rule ids or names, such as ED1001,ED2002")]
    [InlineData("fix --fix a.txt", "'--fix' is an option of lint check; lint fix always fixes")]
    [InlineData("fix --diff -o out.txt a.txt", "'--diff' prints the changes to standard output and writes no report; leave out '--output'")]
    public void Fix_options_used_wrongly_are_usage_errors_and_nothing_is_written(string args, string message)
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Council);
        var run = CliRun.Invoke(folder.Path, args.Split(' '));
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"lint: {message}\nRun 'lint --help' for usage.\n", run.Error);
        Assert.Equal(Council, File.ReadAllText(Path.Combine(folder.Path, "a.txt")));
    }

    [Fact]
    public void An_HTML_article_is_fixed_in_its_source_with_a_fix_s_text_written_as_HTML()
    {
        using var folder = new TempFolder();
        const string page = "<!DOCTYPE html>\r\n<html><head><title>Talks &amp; trade</title><script>var a = \"x...\";</script></head>\r\n" +
            "<body><nav>Home | World</nav>\r\n<article><h1>Talks Resume in the Capital</h1>\r\n<p class=\"byline\">By Dana Reyes</p>\r\n" +
            "<p>RYADH (AP) &mdash; Officials from AT and T met on Tuesday...</p>\r\n<p>They said the <em>talks</em> went well</p>\r\n</article></body></html>\r\n";
        var path = folder.Write("news/talks.html", page);
        folder.Write("house/HS101-att.yaml", "id: HS101\nname: att\ntitle: AT&T\nmessage: \"Write {expected}\"\nseverity: warning\nfix: safe\ncheck:\n  kind: substitution\n  swap:\n    AT and T: AT&T\n");

        var run = CliRun.Invoke(folder.Path, "fix", "news", "--rules", "house", "--as-of", "2026-11-22");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(page
            .Replace("RYADH", "RIYADH", StringComparison.Ordinal)
            .Replace("AT and T", "AT&amp;T", StringComparison.Ordinal)
            .Replace("Tuesday...", "Tuesday…", StringComparison.Ordinal)
            .Replace("went well</p>", "went well.</p>", StringComparison.Ordinal), File.ReadAllText(path));
        Assert.Contains("lint: fixed news/talks.html: 4 fixes (ED1001, ED2002, ED2007, HS101)", run.Error, StringComparison.Ordinal);
    }
}
