namespace Lint.Cli;

/// <summary>
/// Lints files on several threads and hands the results to one consumer in input order, so the report is the
/// same for one job or many. Workers run at most a small window ahead of the consumer: results (and the article
/// texts they carry) are released as soon as they are written, and memory stays flat however many files there are.
/// </summary>
public static class FilePipeline
{
    /// <summary>
    /// Runs <paramref name="produce"/> for 0..count-1 on <paramref name="jobs"/> threads and <paramref name="consume"/>
    /// on the calling thread, in index order. An exception in either stops the run and is rethrown here.
    /// </summary>
    public static void Run<T>(int count, int jobs, Func<int, T> produce, Action<T> consume)
        where T : class
    {
        if (count == 0) return;
        jobs = Math.Max(1, Math.Min(jobs, count));
        var window = Math.Min(count, (jobs * 4) + 4);
        var slots = new T?[window];
        var gate = new object();
        var next = 0;
        var written = 0;
        Exception? failure = null;

        void Work()
        {
            while (true)
            {
                int index;
                lock (gate)
                {
                    // Wait until the slot of this index has been written out (index - window < written).
                    while (failure is null && next < count && next - written >= window) Monitor.Wait(gate);
                    if (failure is not null || next >= count) return;
                    index = next++;
                }

                T result;
                try
                {
                    result = produce(index);
                }
                catch (Exception ex)
                {
                    lock (gate)
                    {
                        failure ??= ex;
                        Monitor.PulseAll(gate);
                    }

                    return;
                }

                lock (gate)
                {
                    slots[index % window] = result;
                    Monitor.PulseAll(gate);
                }
            }
        }

        var threads = new Thread[jobs];
        for (var t = 0; t < jobs; t++)
        {
            threads[t] = new Thread(Work) { IsBackground = true, Name = "lint-" + t };
            threads[t].Start();
        }

        try
        {
            for (var i = 0; i < count; i++)
            {
                T item;
                lock (gate)
                {
                    while (failure is null && slots[i % window] is null) Monitor.Wait(gate);
                    if (failure is not null) break;
                    item = slots[i % window]!;
                }

                consume(item);
                lock (gate)
                {
                    slots[i % window] = null;
                    written = i + 1;
                    Monitor.PulseAll(gate);
                }
            }
        }
        catch (Exception ex)
        {
            lock (gate)
            {
                failure ??= ex;
                Monitor.PulseAll(gate);
            }
        }

        foreach (var thread in threads) thread.Join();
        if (failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
    }
}
