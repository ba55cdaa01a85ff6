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
            "articles/council-vote.txt(5,1): warning ED1001: Dateline city \"SPRINGFEILD\" is not a known place; did you mean SPRINGFIELD?",
            "articles/council-vote.txt(11,97): warning ED2002: Paragraph ends without terminal punctuation after \"cost\"",
            "articles/harbour-reopens.md(13,132): warning ED2001: Quotation “The bigger trawlers will have to… is never closed",
            "articles/harbour-reopens.md(23,3): warning ED3001: Copyright year 2024 is out of date (the current year is 2026)",
        ];
        // The built-in pack grows; these are the core rules' findings, which must all be there, and nothing from the
        // opinion folder's ED2002.
        var findings = Findings(first.Output, site);
        Assert.All(expected, line => Assert.Contains(line, findings));
        Assert.Equal(expected.Order(StringComparer.Ordinal), findings.Where(IsCoreRule).Order(StringComparer.Ordinal));
        AssertNoLoadProblems(first.Output);

        using (var log = JsonDocument.Parse(File.ReadAllText(sarif)))
        {
            Assert.Equal("2.1.0", log.RootElement.GetProperty("version").GetString());
            var results = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                .Where(r => r.GetProperty("ruleId").GetString()!.StartsWith("ED", StringComparison.Ordinal)
                    && r.GetProperty("level").GetString() is "warning" or "error").ToList();
            Assert.Equal(findings.Count, results.Count);
            var region = results.Single(r => r.GetProperty("ruleId").GetString() == "ED2002")
                .GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
            Assert.Equal((11, 97), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32()));
        }

        // 2. A rule set to error in .globalconfig fails the build.
        File.AppendAllText(Path.Combine(site, ".globalconfig"), "dotnet_diagnostic.ED2002.severity = error\n");
        var failing = Build(site, env, restore: false);
        Assert.NotEqual(0, failing.Code);
        Assert.Contains("articles/council-vote.txt(11,97): error ED2002: Paragraph ends without terminal punctuation after \"cost\"", Findings(failing.Output, site));
        AssertNoLoadProblems(failing.Output);

        // 3. Clean articles (and the opinion column whose finding is switched off) build without findings.
        File.Delete(Path.Combine(site, "articles", "council-vote.txt"));
        File.Delete(Path.Combine(site, "articles", "harbour-reopens.md"));
        var clean = Build(site, env, restore: false);
        Assert.True(clean.Code == 0, clean.Output);
        Assert.DoesNotContain(Findings(clean.Output, site), l => l.Contains(": error ", StringComparison.Ordinal) || IsCoreRule(l));
        AssertNoLoadProblems(clean.Output);
    }

    private static bool IsCoreRule(string line) =>
        new[] { " ED1001: ", " ED2001: ", " ED2002: ", " ED3001: " }.Any(id => line.Contains(id, StringComparison.Ordinal));

    private static void AssertNoLoadProblems(string output)
    {
        Assert.DoesNotContain("AD0001", output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8032", output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS9057", output, StringComparison.Ordinal);
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
