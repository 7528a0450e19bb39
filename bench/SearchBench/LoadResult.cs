namespace SearchBench;

/// <summary>What one engine did in its timed window: every request's latency, sorted, and how many found anything.</summary>
internal sealed record LoadResult(string Name, double[] SortedMs, double Seconds, long WithHits)
{
    public double PerSecond => SortedMs.Length / Seconds;

    public double Percentile(double p) => SortedMs.Length == 0 ? double.NaN : SortedMs[Math.Min(SortedMs.Length - 1, (int)Math.Ceiling(p / 100 * SortedMs.Length) - 1)];
}
