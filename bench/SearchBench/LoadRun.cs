using System.Diagnostics;

namespace SearchBench;

/// <summary>
/// N workers run queries of the mix back to back (a closed loop, like N connections) for a fixed time, after a warm-up
/// whose requests are not counted, each request timed with its own Stopwatch.
/// </summary>
internal static class LoadRun
{
    /// <summary>Runs one query; returns how many hits it gave.</summary>
    public delegate Task<int> Request(BenchQuery query);

    public static async Task<LoadResult> RunAsync(string name, Request request, BenchQuery[] queries, int workers, TimeSpan warmUp, TimeSpan duration)
    {
        await Window(request, queries, workers, warmUp);
        var (timings, withHits, seconds) = await Window(request, queries, workers, duration);
        var all = timings.SelectMany(t => t).ToArray();
        Array.Sort(all);
        return new LoadResult(name, all, seconds, withHits);
    }

    private static async Task<(List<double>[] Timings, long WithHits, double Seconds)> Window(Request request, BenchQuery[] queries, int workers, TimeSpan length)
    {
        var timings = Enumerable.Range(0, workers).Select(_ => new List<double>()).ToArray();
        long withHits = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
        {
            // Each worker starts at its own place in the mix, so the workers do not ask the same query at once.
            for (var i = w * queries.Length / workers; clock.Elapsed < length; i++)
            {
                var watch = Stopwatch.StartNew();
                var hits = await request(queries[i % queries.Length]);
                timings[w].Add(watch.Elapsed.TotalMilliseconds);
                if (hits > 0) Interlocked.Increment(ref withHits);
            }
        })));
        return (timings, withHits, clock.Elapsed.TotalSeconds);
    }
}
