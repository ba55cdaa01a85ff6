namespace Lint.Cli;

/// <summary>
/// Lints files on several threads and hands the results to one consumer in input order, so the report is the
/// same for one job or many. Workers run at most a window ahead of the consumer (a number of files, and a number of
/// characters): results (and the article texts they carry) are released as soon as they are written, and memory
/// stays flat however many files there are.
/// </summary>
public static class FilePipeline
{
    /// <summary>
    /// Runs <paramref name="produce"/> for 0..count-1 on <paramref name="jobs"/> threads and <paramref name="consume"/>
    /// on the calling thread, in index order. An exception in either stops the run and is rethrown here. Results wait
    /// for the consumer in a window of <see cref="WindowFor"/> items; with <paramref name="weight"/>, also only while
    /// their weights add up to less than <paramref name="budget"/> (say, characters of text held), so that a tree of
    /// long files is not held a whole window at a time.
    /// </summary>
    public static void Run<T>(int count, int jobs, Func<int, T> produce, Action<T> consume, Func<T, long>? weight = null, long budget = long.MaxValue)
        where T : class
    {
        if (count == 0) return;
        jobs = Math.Max(1, Math.Min(jobs, count));
        var window = Math.Min(count, WindowFor(jobs));
        budget = Math.Max(1, budget);

        // Threads are woken in batches, not for every file: a wake-up is a system call and a context switch, which on
        // a virtual machine costs as much as linting a short article (see docs/benchmarks.md).
        var batch = Math.Max(1, window / 2);
        var slots = new T?[window];
        var gate = new object();
        var next = 0;
        var written = 0;
        long pending = 0; // the weight of the results in the slots
        var awaited = -1; // the index whose result wakes the consumer
        var consumerWaiting = false;
        var workersWaiting = 0;
        var workersLive = jobs;
        Exception? failure = null;

        bool CanClaim() => next - written < window && pending < budget;

        void Work()
        {
            try
            {
                while (true)
                {
                    int index;
                    lock (gate)
                    {
                        while (failure is null && next < count && !CanClaim())
                        {
                            workersWaiting++;

                            // Every worker asleep: nothing more comes until the consumer writes, so it must not wait for a batch.
                            if (consumerWaiting && workersWaiting == workersLive) Monitor.PulseAll(gate);
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
                        pending += weight?.Invoke(result) ?? 0;
                        if (index == awaited) Monitor.PulseAll(gate);
                    }
                }
            }
            finally
            {
                lock (gate)
                {
                    workersLive--;
                    if (consumerWaiting) Monitor.PulseAll(gate);
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
                        if (workersWaiting > 0 && CanClaim()) Monitor.PulseAll(gate);

                        // Sleep until a batch is done (its last index is within the window, so it is claimed unless the
                        // budget stops the workers first), or this one is done and every worker is asleep.
                        awaited = Math.Min(count - 1, i + batch - 1);
                        consumerWaiting = true;
                        while (failure is null && !(slots[i % window] is not null && (slots[awaited % window] is not null || workersWaiting == workersLive)))
                            Monitor.Wait(gate);
                        consumerWaiting = false;
                        awaited = -1;
                    }

                    if (failure is not null) break;
                    item = slots[i % window]!;
                }

                consume(item);
                lock (gate)
                {
                    slots[i % window] = null;
                    pending -= weight?.Invoke(item) ?? 0;
                    written = i + 1;

                    // Sleeping workers are woken when a batch of room is free (half the window, half the budget).
                    if (workersWaiting > 0 && next - written <= window - batch && pending <= budget / 2) Monitor.PulseAll(gate);
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

    /// <summary>How many results may wait for the consumer with <paramref name="jobs"/> workers.</summary>
    public static int WindowFor(int jobs) => (jobs * 32) + 32;
}
