using RusToK.Domain.Kernel.Site;

namespace RusToK.Domain.Capabilities.Analytics;

/// <summary>
/// Counts page views in memory between two flushes (<see cref="AnalyticsFlush"/>), so a view costs a dictionary
/// update and never a database write. The number of distinct figures it keeps is bounded: past
/// <see cref="MaxFigures"/> a view still counts in its day's total but not per page or referrer.
/// </summary>
public sealed class ViewTally : ISiteVisitObserver
{
    public const int MaxFigures = 50_000;

    private readonly Lock _gate = new();
    private Dictionary<FigureKey, long> _counts = [];

    public void Saw(SiteVisit visit)
    {
        var day = DateOnly.FromDateTime(visit.At);
        lock (_gate)
        {
            Add(new FigureKey(visit.TenantId, day, AnalyticsMetrics.Views, ""), 1, bounded: false);
            Add(new FigureKey(visit.TenantId, day, AnalyticsMetrics.PageViews, visit.Path), 1, bounded: true);
            if (visit.ReferrerHost is { } host) Add(new FigureKey(visit.TenantId, day, AnalyticsMetrics.Referrals, host), 1, bounded: true);
        }
    }

    /// <summary>Everything counted since the last call, which the tally forgets.</summary>
    public IReadOnlyList<FigureCount> Drain()
    {
        Dictionary<FigureKey, long> drained;
        lock (_gate)
        {
            drained = _counts;
            _counts = [];
        }

        return drained.Select(c => new FigureCount(c.Key.TenantId, c.Key.Day, c.Key.Metric, c.Key.Key, c.Value)).ToList();
    }

    /// <summary>Takes back counts a flush could not write, so an unreachable database delays them rather than loses them.</summary>
    public void Return(IEnumerable<FigureCount> counts)
    {
        lock (_gate)
        {
            foreach (var count in counts) Add(count.Figure, count.Count, bounded: false);
        }
    }

    private void Add(FigureKey key, long amount, bool bounded)
    {
        if (_counts.TryGetValue(key, out var current)) _counts[key] = current + amount;
        else if (!bounded || _counts.Count < MaxFigures) _counts[key] = amount;
    }
}
