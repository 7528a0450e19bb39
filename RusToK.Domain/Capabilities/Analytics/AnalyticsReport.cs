using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Kernel.Persistence;

namespace RusToK.Domain.Capabilities.Analytics;

/// <summary>The current tenant's figures over the last days, as the dashboard's charts and the API show them.</summary>
public sealed class AnalyticsReport(IAppDbContextFactory dbFactory, TimeProvider clock)
{
    public static readonly IReadOnlyList<int> Periods = [7, 30, 90];

    public const int MaxDays = 366;

    public const int TopCount = 8;

    /// <param name="days">How many days up to and including today (UTC), 1 to <see cref="MaxDays"/>.</param>
    public async Task<AnalyticsSummary> SummarizeAsync(int days, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, MaxDays);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var first = today.AddDays(1 - days);
        var previousFirst = first.AddDays(-days);
        await using var db = dbFactory.CreateContext();
        var totals = await db.DailyFigures.AsNoTracking()
            .Where(f => f.Day >= previousFirst && f.Day <= today && (f.Metric == AnalyticsMetrics.Views || f.Metric == AnalyticsMetrics.Published))
            .GroupBy(f => new { f.Day, f.Metric }).Select(g => new { g.Key.Day, g.Key.Metric, Count = g.Sum(f => f.Count) }).ToListAsync(ct);
        var series = Enumerable.Range(0, days).Select(i => first.AddDays(i)).Select(day => new DayFigures(day,
            totals.Where(t => t.Day == day && t.Metric == AnalyticsMetrics.Views).Sum(t => t.Count),
            totals.Where(t => t.Day == day && t.Metric == AnalyticsMetrics.Published).Sum(t => t.Count))).ToList();
        var previousViews = totals.Where(t => t.Day < first && t.Metric == AnalyticsMetrics.Views).Sum(t => t.Count);
        return new AnalyticsSummary(days, series, previousViews,
            await TopAsync(db, AnalyticsMetrics.PageViews, first, today, ct), await TopAsync(db, AnalyticsMetrics.Referrals, first, today, ct));
    }

    private static async Task<IReadOnlyList<RankedFigure>> TopAsync(IAppDbContext db, string metric, DateOnly first, DateOnly last, CancellationToken ct) =>
        (await db.DailyFigures.AsNoTracking().Where(f => f.Metric == metric && f.Day >= first && f.Day <= last)
            .GroupBy(f => f.Key).Select(g => new { g.Key, Count = g.Sum(f => f.Count) })
            .OrderByDescending(r => r.Count).ThenBy(r => r.Key).Take(TopCount).ToListAsync(ct))
        .Select(r => new RankedFigure(r.Key, r.Count)).ToList();
}
