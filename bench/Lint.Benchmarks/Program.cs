using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using Lint.Articles;
using Lint.Checks;
using Lint.Diagnostics;
using Lint.Loading;
using Lint.Reporting;
using Lint.Text;

namespace Lint.Benchmarks;

/// <summary>
/// BenchmarkDotNet micro-benchmarks (any arguments BenchmarkSwitcher takes, e.g. --filter '*'), or
/// <c>profile FOLDER [BIGFILE]</c>: a single-threaded Stopwatch and allocation breakdown of what <c>lint check</c> does.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "profile") return Profile(args[1], args.Length > 2 ? args[2] : null);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    private static void Row(string what, double ms, long bytes, string extra = "") =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {what} | {ms:F1} | {bytes / 1048576.0:F1} | {extra} |"));

    private static (double Ms, long Bytes, T Result) Time<T>(Func<T> action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var sw = Stopwatch.StartNew();
        var result = action();
        return (sw.Elapsed.TotalMilliseconds, GC.GetAllocatedBytesForCurrentThread() - before, result);
    }

    private static int Profile(string folder, string? big)
    {
        var sinceStart = (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds;
        Console.WriteLine("| phase | ms | MB allocated | note |");
        Console.WriteLine("| --- | ---: | ---: | --- |");
        Row("runtime start → Main", sinceStart, 0);
        var cold = Time(Fixtures.LoadBuiltIn);
        Row("load built-in pack, first time (JIT cold)", cold.Ms, cold.Bytes, $"{cold.Result.Rules.Count} rules");
        var warm = Time(Fixtures.LoadBuiltIn);
        Row("load built-in pack, again (warm)", warm.Ms, warm.Bytes);
        var places = File.ReadAllText(Path.Combine(Fixtures.BuiltInRoot, "data", "places.txt"));
        var cities = File.ReadAllText(Path.Combine(Fixtures.BuiltInRoot, "data", "dateline-cities.tsv"));
        var gaz = Time(() => Gazetteer.Parse(places, cities));
        Row("  of which Gazetteer.Parse (warm)", gaz.Ms, gaz.Bytes, "candidates parsed; the 300,000-name set is built on the first unknown city");
        var readData = Time(() => File.ReadAllText(Path.Combine(Fixtures.BuiltInRoot, "data", "places.txt")).Length);
        Row("  of which reading places.txt", readData.Ms, readData.Bytes, $"{readData.Result:N0} chars");

        foreach (var path in Directory.EnumerateFiles(Fixtures.BuiltInRoot, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var file = new RuleFile(Path.GetFileName(path), File.ReadAllText(path));
            var one = Time(() => RulePackLoader.Load([file], new Lint.Cli.FileSystemRuleData([Fixtures.BuiltInRoot])));
            Row("  load " + file.Path + " alone (warm)", one.Ms, one.Bytes);
        }

        var catalog = cold.Result;
        var linter = new Linter(catalog);
        var single = catalog.Rules.ToDictionary(r => r.Id, r => new Linter(new RuleCatalog([r], [])));
        var files = Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

        // Pass 1 warms the JIT on the first 20 files; pass 2 measures every file, one phase at a time.
        foreach (var f in files.Take(20)) linter.Lint(new SourceText(File.ReadAllText(f), f), Fixtures.Configuration);
        double read = 0, parse = 0, whole = 0;
        long readB = 0, parseB = 0, wholeB = 0, chars = 0;
        var perRule = catalog.Rules.ToDictionary(r => r.Id, _ => (Ms: 0.0, Bytes: 0L));
        var reports = new List<FileReport>();
        foreach (var f in files)
        {
            var r = Time(() => File.ReadAllText(f));
            read += r.Ms; readB += r.Bytes; chars += r.Result.Length;
            var source = new SourceText(r.Result, f);
            var format = ArticleParser.FormatFromPath(f);
            var p = Time(() => ArticleParser.Parse(source, format));
            parse += p.Ms; parseB += p.Bytes;
            foreach (var (id, l) in single)
            {
                var c = Time(() => l.Lint(p.Result, Fixtures.Configuration));
                perRule[id] = (perRule[id].Ms + c.Ms, perRule[id].Bytes + c.Bytes);
            }

            var w = Time(() => linter.Lint(source, Fixtures.Configuration, format));
            whole += w.Ms; wholeB += w.Bytes;
            reports.Add(new FileReport(f, source, w.Result));
        }

        Row($"read {files.Count} files", read, readB, $"{chars / 1e6:F1} M chars");
        Row("ArticleParser.Parse, all files", parse, parseB, $"{chars / 1e6 / (parse / 1000):F1} M chars/s");
        foreach (var (id, v) in perRule) Row($"  rule {id} ({catalog.Rules.Single(r => r.Id == id).Descriptor.Name}), all files", v.Ms, v.Bytes);
        Row("Linter.Lint (parse + all rules + suppressions + sort), all files", whole, wholeB, $"{chars / 1e6 / (whole / 1000):F1} M chars/s single-threaded");
        var options = new ReportOptions([.. catalog.Rules.Select(r => r.Descriptor)], Fixtures.Configuration.ReferenceDate);
        var text = Time(() =>
        {
            var output = new StringWriter();
            ReportWriter.Create("text", output, options).WriteAll(reports, []);
            return output.ToString();
        });
        Row("text report, all files", text.Ms, text.Bytes, $"{text.Result.Length:N0} chars");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\nGC: gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}; heap now {GC.GetTotalMemory(false) / 1048576.0:F0} MB; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB"));

        if (big is not null)
        {
            var all = File.ReadAllText(big);
            Console.WriteLine("\n| big file prefix | chars | parse ms | " + string.Join(" | ", catalog.Rules.Select(r => r.Id + " ms")) + " | M chars/s (parse+rules) |");
            Console.WriteLine("| --- | ---: | ---: | " + string.Join(" | ", catalog.Rules.Select(_ => "---:")) + " | ---: |");
            foreach (var fraction in new[] { 0.01, 0.1, 1.0 })
            {
                var cut = all.IndexOf("\n\n", (int)(all.Length * fraction * 0.999), StringComparison.Ordinal);
                var text2 = cut < 0 || fraction >= 1.0 ? all : all[..cut];
                var source = new SourceText(text2, big);
                var p = Time(() => ArticleParser.Parse(source, ArticleFormat.PlainText));
                var ms = catalog.Rules.Select(r => Time(() => single[r.Id].Lint(p.Result, Fixtures.Configuration)).Ms).ToList();
                var total = p.Ms + ms.Sum();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {fraction:P0} | {text2.Length:N0} | {p.Ms:F0} | {string.Join(" | ", ms.Select(m => m.ToString("F0", CultureInfo.InvariantCulture)))} | {text2.Length / 1e6 / (total / 1000):F2} |"));
            }
        }

        return 0;
    }
}
