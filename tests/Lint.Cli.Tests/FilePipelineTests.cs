namespace Lint.Cli.Tests;

/// <summary>The ordered worker pipeline behind `lint check`: input order, bounded memory, failures surfaced.</summary>
public sealed class FilePipelineTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    public void Results_reach_the_consumer_in_input_order_and_never_more_than_a_window_at_once(int jobs)
    {
        const int count = 500;
        var live = 0;
        var maxLive = 0;
        var seen = new List<int>();
        FilePipeline.Run(count, jobs, i =>
        {
            // Uneven work, so that later items often finish first.
            Thread.SpinWait((i * 7919 % 13) * 2000);
            var now = Interlocked.Increment(ref live);
            InterlockedMax(ref maxLive, now);
            return new Box(i);
        }, box =>
        {
            seen.Add(box.Value);
            Interlocked.Decrement(ref live);
        });
        Assert.Equal(Enumerable.Range(0, count), seen);

        // Results waiting for the consumer are bounded by the window, not by the number of files.
        Assert.InRange(maxLive, 1, FilePipeline.WindowFor(jobs) + jobs);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void Results_waiting_for_the_consumer_stay_within_the_budget_of_their_weights(int jobs)
    {
        // Files of 1,000 "characters" and a budget of 3,500: at most 3 wait, plus one being made by each worker.
        const int count = 300;
        var live = 0;
        var maxLive = 0;
        var seen = new List<int>();
        FilePipeline.Run(count, jobs, i =>
        {
            Thread.SpinWait((i * 7919 % 13) * 500);
            InterlockedMax(ref maxLive, Interlocked.Increment(ref live));
            return new Box(i);
        }, box =>
        {
            if (box.Value % 50 == 0) Thread.Sleep(5); // a slow writer now and then, so that the workers run ahead
            seen.Add(box.Value);
            Interlocked.Decrement(ref live);
        }, _ => 1000, 3500);
        Assert.Equal(Enumerable.Range(0, count), seen);
        Assert.InRange(maxLive, 1, 4 + jobs);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void One_result_heavier_than_the_whole_budget_still_goes_through(int jobs)
    {
        var seen = new List<int>();
        FilePipeline.Run(40, jobs, i => new Box(i), box => seen.Add(box.Value), box => box.Value % 7 == 0 ? 1_000_000 : 1, 10);
        Assert.Equal(Enumerable.Range(0, 40), seen);
    }

    [Theory]
    [InlineData(1, 1, false)]
    [InlineData(2, 3, false)]
    [InlineData(3, 2, true)]
    [InlineData(9, 1, true)]
    [InlineData(13, 2, true)]
    [InlineData(61, 3, false)]
    [InlineData(61, 2, true)]
    public void Every_count_completes_in_order_whether_the_workers_or_the_consumer_are_slower(int count, int jobs, bool slowConsumer)
    {
        // Threads are woken in batches: neither side may sleep through the last files, a full window or a short run.
        var seen = new List<int>();
        FilePipeline.Run(count, jobs, i =>
        {
            if (!slowConsumer) Thread.SpinWait((i * 31 % 7) * 5000);
            return new Box(i);
        }, box =>
        {
            if (slowConsumer) Thread.SpinWait((box.Value * 31 % 7) * 5000);
            seen.Add(box.Value);
        });
        Assert.Equal(Enumerable.Range(0, count), seen);
    }

    [Fact]
    public void A_failure_in_a_worker_stops_the_run_and_is_rethrown()
    {
        var consumed = 0;
        var ex = Assert.Throws<InvalidOperationException>(() => FilePipeline.Run(1000, 3, i =>
        {
            if (i == 40) throw new InvalidOperationException("boom");
            return new Box(i);
        }, _ => consumed++));
        Assert.Equal("boom", ex.Message);
        Assert.True(consumed <= 40);
    }

    [Fact]
    public void A_failure_in_the_consumer_is_rethrown_and_the_workers_stop()
    {
        var produced = 0;
        Assert.Throws<IOException>(() => FilePipeline.Run(100_000, 2, i =>
        {
            Interlocked.Increment(ref produced);
            return new Box(i);
        }, box =>
        {
            if (box.Value == 10) throw new IOException("disk full");
        }));
        Assert.True(produced < 1000, $"{produced} produced");
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    private sealed record Box(int Value);
}
