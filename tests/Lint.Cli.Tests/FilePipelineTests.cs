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
        Assert.InRange(maxLive, 1, (jobs * 4) + 4 + jobs);
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
