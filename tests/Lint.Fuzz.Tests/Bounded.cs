using System.Runtime.ExceptionServices;

namespace Lint.Fuzz.Tests;

/// <summary>Runs one input on a thread of its own and fails when it takes longer than a generous bound: a hang is a failure, not a stuck test run.</summary>
public static class Bounded
{
    /// <summary>How long one input may take: ample for any generated input on a loaded two-core machine.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    /// <summary>Runs <paramref name="action"/>; rethrows what it throws, and throws <see cref="TimeoutException"/> past <see cref="Limit"/>.</summary>
    public static void Run(Action action, string what)
    {
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                action();
            }
            catch (Exception ex)
            {
                failure = ex;
            }
        }) { IsBackground = true, Name = "bounded " + what };
        thread.Start();
        if (!thread.Join(Limit)) throw new TimeoutException($"{what} did not finish within {Limit.TotalSeconds:0} s");
        if (failure is not null) ExceptionDispatchInfo.Capture(failure).Throw();
    }
}
