using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using Lint.Testing;

namespace Lint.Analyzer.Tests;

/// <summary>
/// End to end: pack Lint.Analyzer, restore samples/Site from that package (one PackageReference), and build it with
/// the real compiler: findings next to code problems, severities from .globalconfig and .editorconfig, a failing
/// build when a rule is an error, a clean build for clean articles, and the compiler's SARIF 2.1 ErrorLog.
/// </summary>
public sealed class SiteBuildTests
{
    private static readonly string Configuration =
        typeof(SiteBuildTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Configuration").Value!;

    [Fact]
    public void Sample_site_builds_with_the_packed_analyzer()
    {
        using var temp = new TempFolder();
        var packages = Path.Combine(temp.Path, "packages");
        var pack = Run(Repository.Root, "pack", Repository.PathOf("src", "Lint.Analyzer", "Lint.Analyzer.csproj"), "--no-build", "-c", Configuration,
            "-o", packages, "-nologo", "-p:NuspecOutputPath=" + Path.Combine(temp.Path, "nuspec") + "/");
        Assert.True(pack.Code == 0, pack.Output);
        // The code fixes ship beside the analyzer, where the IDE looks for them; the build must ignore them.
        using (var package = System.IO.Compression.ZipFile.OpenRead(Directory.GetFiles(packages, "Lint.Analyzer.*.nupkg").Single()))
            Assert.Contains(package.Entries, e => e.FullName == "analyzers/dotnet/cs/Lint.Analyzer.CodeFixes.dll");

        var site = Path.Combine(temp.Path, "site");
        CopyFolder(Repository.PathOf("samples", "Site"), site);
        File.WriteAllText(Path.Combine(site, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources><clear /><add key="lint-local" value="{packages}" /></packageSources>
            </configuration>
            """);
        var env = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(temp.Path, "nuget-cache") };

        // 1. The sample as shipped: warnings (its .globalconfig), the opinion folder's ED2002 off (its .editorconfig).
        var sarif = Path.Combine(temp.Path, "site.sarif");
        var first = Build(site, env, restore: true, "-p:ErrorLog=" + sarif + "%2Cversion=2.1");
        Assert.True(first.Code == 0, first.Output);
        string[] expected =
        [
            "articles/council-vote.txt warning ED1001 \"⟦SPRINGFEILD⟧, Ill. (AP) — The city…\" Dateline city \"SPRINGFEILD\" is not a known place; did you mean SPRINGFIELD?",
            "articles/council-vote.txt warning ED2002 \"…have covered half the ⟦cost⟧\" Paragraph ends without terminal punctuation after \"cost\"",
            "articles/harbour-reopens.md warning ED2001 \"…come home,” she said. ⟦“⟧The bigger trawlers…\" Quotation “The bigger trawlers will have to… is never closed",
            "articles/harbour-reopens.md warning ED3001 \"© ⟦2024⟧ Coastal News Service\" Copyright year 2024 is out of date (the current year is 2026)",
        ];
        // The built-in pack grows; these are the core rules' findings, which must all be there, and nothing from the
        // opinion folder's ED2002. The build prints where each finding starts, the ErrorLog where it starts and ends:
        // the two agree, and the text between is what the finding flags.
        var findings = Located(Findings(first.Output, site), sarif, site);
        Assert.All(expected, line => Assert.Contains(line, findings));
        Assert.Equal(expected.Order(StringComparer.Ordinal), findings.Where(IsCoreRule).Order(StringComparer.Ordinal));
        AssertNoLoadProblems(first.Output);

        // 2. A rule set to error in .globalconfig fails the build.
        File.AppendAllText(Path.Combine(site, ".globalconfig"), "dotnet_diagnostic.ED2002.severity = error\n");
        var failing = Build(site, env, restore: false, "-p:ErrorLog=" + sarif + "%2Cversion=2.1");
        Assert.NotEqual(0, failing.Code);
        Assert.Contains(
            "articles/council-vote.txt error ED2002 \"…have covered half the ⟦cost⟧\" Paragraph ends without terminal punctuation after \"cost\"",
            Located(Findings(failing.Output, site), sarif, site));
        AssertNoLoadProblems(failing.Output);

        // 3. Clean articles (and the opinion column whose finding is switched off) build without findings.
        File.Delete(Path.Combine(site, "articles", "council-vote.txt"));
        File.Delete(Path.Combine(site, "articles", "harbour-reopens.md"));
        var clean = Build(site, env, restore: false);
        Assert.True(clean.Code == 0, clean.Output);
        Assert.DoesNotContain(Findings(clean.Output, site), l => l.Contains(": error ", StringComparison.Ordinal) || IsCoreRule(l));
        AssertNoLoadProblems(clean.Output);
    }

    /// <summary>Whether a line of the build output (<c>ID:</c>) or of <see cref="Located"/> (<c>ID "</c>) is a core rule's finding.</summary>
    private static bool IsCoreRule(string line) =>
        System.Text.RegularExpressions.Regex.IsMatch(line, @"^\S+(\(\d+,\d+\):)? (warning|error) ED(1001|2001|2002|3001)[: ]");

    private static void AssertNoLoadProblems(string output)
    {
        Assert.DoesNotContain("AD0001", output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8032", output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS9057", output, StringComparison.Ordinal);
    }

    /// <summary>
    /// The findings of the build's ErrorLog (SARIF 2.1), after checking that they are the lines the build printed
    /// (<paramref name="printed"/>, from <see cref="Findings"/>): each as its article, level, rule, the text it flags
    /// with a few words around it, and its message.
    /// </summary>
    private static List<string> Located(List<string> printed, string sarif, string site)
    {
        using var log = JsonDocument.Parse(File.ReadAllText(sarif));
        Assert.Equal("2.1.0", log.RootElement.GetProperty("version").GetString());
        var results = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("ruleId").GetString()!.StartsWith("ED", StringComparison.Ordinal)
                && r.GetProperty("level").GetString() is "warning" or "error")
            .Select(r =>
            {
                var location = r.GetProperty("locations")[0].GetProperty("physicalLocation");
                var region = location.GetProperty("region");
                var path = Path.GetRelativePath(site, new Uri(location.GetProperty("artifactLocation").GetProperty("uri").GetString()!).LocalPath).Replace('\\', '/');
                return (Path: path, Level: r.GetProperty("level").GetString()!, Id: r.GetProperty("ruleId").GetString()!,
                    Message: r.GetProperty("message").GetProperty("text").GetString()!,
                    Start: (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32()),
                    End: (region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));
            }).ToList();
        Assert.Equal(
            printed.Order(StringComparer.Ordinal),
            results.Select(r => $"{r.Path}({r.Start.Item1},{r.Start.Item2}): {r.Level} {r.Id}: {r.Message}").Order(StringComparer.Ordinal));

        return [.. results.Select(r =>
        {
            var text = new Lint.Text.SourceText(File.ReadAllText(Path.Combine(site, r.Path)));
            int Offset((int Line, int Column) at) => text.Lines.GetLineStart(at.Line - 1) + at.Column - 1;
            var span = Lint.Text.TextSpan.FromBounds(Offset(r.Start), Offset(r.End));
            return $"{r.Path} {r.Level} {FindingText.Line(text.Text, r.Id, span, r.Message)}";
        })];
    }

    /// <summary>The distinct ED lines of the build output, paths relative to the site, without the help link and project suffix.</summary>
    private static List<string> Findings(string output, string site) =>
        [.. output.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Contains(": warning ED", StringComparison.Ordinal) || l.Contains(": error ED", StringComparison.Ordinal))
            .Select(l => l.Replace(site + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal).Replace('\\', '/'))
            .Select(l => System.Text.RegularExpressions.Regex.Replace(l, @" \(https://[^)]*\)| \[[^\]]*\.csproj\]", string.Empty))
            .Distinct(StringComparer.Ordinal)];

    private static (int Code, string Output) Build(string site, Dictionary<string, string> env, bool restore, params string[] extra)
    {
        string[] args = ["build", Path.Combine(site, "Site.csproj"), "--no-incremental", "-nologo", "-p:UseSharedCompilation=false", .. extra];
        return Run(site, env, restore ? args : [.. args, "--no-restore"]);
    }

    private static (int Code, string Output) Run(string directory, params string[] args) => Run(directory, new Dictionary<string, string>(), args);

    private static (int Code, string Output) Run(string directory, Dictionary<string, string> env, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (key, value) in env) start.Environment[key] = value;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // The test's own build may run under a parent MSBuild; the child must start fresh.
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        start.Environment.Remove("MSBuildSDKsPath");
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "dotnet " + string.Join(' ', args) + " timed out");
        return (process.ExitCode, stdout + stderr.Result);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            var first = relative.Split(Path.DirectorySeparatorChar)[0];
            if (first is "bin" or "obj") continue;
            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
