using System.Diagnostics;
using Lint.Fuzz;
using SharpFuzz;

const string Usage = """
    Usage:
      Lint.Fuzz TARGET                     Run TARGET under afl-fuzz (tools/fuzz.sh starts it); alone, run one input from standard input
      Lint.Fuzz replay TARGET FILE...      Run saved inputs; exit 1 if any breaks an invariant or throws
    Targets: parser, rules, config, baseline; selftest (fails on any '#': proves that crashes are seen)
    """;

if (args.Length >= 3 && args[0] == "replay" && FuzzTargets.All.TryGetValue(args[1], out var replayed))
{
    var failed = 0;
    foreach (var path in args.Skip(2))
    {
        var input = FuzzTargets.Decode(File.ReadAllBytes(path));
        var clock = Stopwatch.StartNew();
        try
        {
            replayed(input);
            Console.WriteLine($"ok {path} ({clock.ElapsedMilliseconds} ms)");
        }
        catch (Exception ex)
        {
            failed++;
            Console.WriteLine($"FAIL {path} ({clock.ElapsedMilliseconds} ms): {ex}");
        }
    }

    return failed == 0 ? 0 : 1;
}

if (args.Length == 1 && FuzzTargets.All.TryGetValue(args[0], out var target))
{
    // Instrumented code may run only inside Run, once the coverage map is shared: the built-in pack loads with the
    // first input.
    Fuzzer.OutOfProcess.Run(stream =>
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        target(FuzzTargets.Decode(buffer.ToArray()));
    });
    return 0;
}

Console.Error.WriteLine(Usage);
return 2;
