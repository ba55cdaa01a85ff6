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

        // Threads are woken in batches, not for every file: a wake-up is a system call and a context switch, which on
        // a virtual machine costs as much as linting a short article.
        var batch = Math.Max(1, window / 2);
        var slots = new T?[window];
        var gate = new object();
        var next = 0;
        var written = 0;
        var awaited = -1; // the index whose result wakes the consumer
        var workersWaiting = 0;
        Exception? failure = null;

        void Work()
        {
            while (true)
            {
                int index;
                lock (gate)
                {
                    // Wait until the slot of this index has been written out (index - window < written).
                    while (failure is null && next < count && next - written >= window)
                    {
                        workersWaiting++;
                        Monitor.Wait(gate);
                        workersWaiting--;
                    }

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
                    if (index == awaited) Monitor.PulseAll(gate);
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
                    if (failure is null && slots[i % window] is null)
                    {
                        if (workersWaiting > 0) Monitor.PulseAll(gate);

                        // Sleep until a batch is done (its last index is within the window, so it is always claimed),
                        // then until this one is, in the rare case that it finished later.
                        awaited = Math.Min(count - 1, i + batch - 1);
                        while (failure is null && slots[awaited % window] is null) Monitor.Wait(gate);
                        awaited = i;
                        while (failure is null && slots[i % window] is null) Monitor.Wait(gate);
                        awaited = -1;
                    }

                    if (failure is not null) break;
                    item = slots[i % window]!;
                }

                consume(item);
                lock (gate)
                {
                    slots[i % window] = null;
                    written = i + 1;
                    if (workersWaiting > 0 && next - written <= window - batch) Monitor.PulseAll(gate);
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
