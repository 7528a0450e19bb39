using RusToK.Domain.Kernel.Live;

namespace RusToK.Domain.Capabilities.Analytics;

/// <summary>
/// Writes what the tally counted since the last flush and tells each tenant's open dashboards. Counts that could not
/// be written go back to the tally for the next flush.
/// </summary>
public sealed class AnalyticsFlush(ViewTally tally, DailyFigureWriter writer, ILiveUpdates live)
{
    /// <returns>How many figures were written.</returns>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var counts = tally.Drain();
        if (counts.Count == 0) return 0;
        var stored = new HashSet<FigureCount>(ReferenceEqualityComparer.Instance);
        try
        {
            await writer.AddAsync(counts, ct, count => stored.Add(count));
        }
        catch
        {
            tally.Return(counts.Where(c => !stored.Contains(c)));
            throw;
        }

        foreach (var tenantId in counts.Select(c => c.TenantId).Distinct()) live.Publish(new LiveMessage(tenantId, AnalyticsTopics.Figures, AnalyticsPermissions.View));
        return counts.Count;
    }
}
