using Lint.Testing;

namespace Lint.Cli.Tests;

/// <summary>.editorconfig and .globalconfig, discovered hierarchically like the compilers do.</summary>
public sealed class ConfigurationTests
{
    private const string Story = "Headline Here\n\nThe council met on Tuesday and voted on the plan\n\n© 2025 Example News\n";

    [Fact]
    public void Sections_set_severities_per_folder_and_closer_files_win()
    {
        using var folder = new TempFolder();
        folder.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.ED3001.severity = none\n");
        folder.Write(".editorconfig", "root = true\n[*.txt]\ndotnet_diagnostic.ED2002.severity = warning\n");
        folder.Write("opinion/.editorconfig", "[*.txt]\ndotnet_diagnostic.ED2002.severity = none\n");
        folder.Write("news/a.txt", Story);
        folder.Write("opinion/b.txt", Story);
        var run = CliRun.Invoke(folder.Path, "check", ".", "--as-of", "2026-11-22", "--no-frames");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            "news/a.txt(3,45): warning ED2002: Paragraph ends without terminal punctuation after \"plan\"\n" +
            "2 files checked: 0 errors, 1 warning, 0 suggestions\n",
            run.Out);
    }

    [Fact]
    public void Reference_date_and_packs_come_from_configuration_and_as_of_wins()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", "root = true\n[*]\nlint.reference_date = 2025-06-01\n[quiet/*]\nlint.packs = house\n");
        folder.Write("house/HS0001-no-teh.yaml", "id: HS0001\nname: no-teh\ntitle: Teh\nmessage: \"Write the, not {match}\"\nseverity: warning\ncheck:\n  kind: existence\n  tokens: [teh]\n");
        folder.Write("a.txt", Story.Replace("the plan\n", "the plan.\n"));
        folder.Write("quiet/b.txt", Story);
        var fromConfig = CliRun.Invoke(folder.Path, "check", "a.txt", "quiet", "--rules", "house", "--fail-level", "warning");
        Assert.Equal(0, fromConfig.ExitCode);
        var asOf = CliRun.Invoke(folder.Path, "check", "a.txt", "quiet", "--rules", "house", "--fail-level", "warning", "--as-of", "2026-11-22", "--no-frames");
        Assert.Equal(1, asOf.ExitCode);
        Assert.StartsWith("a.txt(5,3): warning ED3001:", asOf.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_values_are_reported_once_at_their_line_and_the_articles_are_still_linted()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", "root = true\n\n[*.txt]\ndotnet_diagnostic.ED2002.severity = loud\nlint.reference_date = yesterday\n[{broken]\nindent_size = 2\n");
        folder.Write("a.txt", Story);
        folder.Write("b.txt", Story);
        var run = CliRun.Invoke(folder.Path, "check", ".", "--as-of", "2026-11-22", "--no-frames", "--min-level", "error");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            "a.txt(3,45): error ED2002: Paragraph ends without terminal punctuation after \"plan\"\n" +
            "b.txt(3,45): error ED2002: Paragraph ends without terminal punctuation after \"plan\"\n" +
            ".editorconfig(4,1): error ED0012: dotnet_diagnostic.ED2002.severity = loud: allowed values are error, warning, suggestion, silent, none\n" +
            ".editorconfig(5,1): error ED0012: lint.reference_date = yesterday: expected a date, YYYY-MM-DD\n" +
            ".editorconfig(6,1): error ED0012: section [{broken] is not a valid glob; its properties are ignored\n" +
            "2 files checked: 5 errors, 0 warnings, 0 suggestions\n",
            run.Out);
    }

    [Fact]
    public void Rule_options_set_the_pack_style_per_folder()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", "root = true\n[spaced/*]\nlint.ED2004.style = spaced\n");
        const string story = "Headline Here\n\nThe bloc avoided criticism of Trump—despite the tariff, officials said.\n";
        folder.Write("any/a.txt", story);
        folder.Write("spaced/b.txt", story);
        var run = CliRun.Invoke(folder.Path, "check", ".", "--as-of", "2026-11-22", "--no-frames");
        Assert.Equal(
            "spaced/b.txt(3,36): warning ED2004: Em dash \"—\" is set differently from the article's style (\" — \")\n" +
            "2 files checked: 0 errors, 1 warning, 0 suggestions\n",
            run.Out);
    }
}
