using RusToK.Domain.Capabilities.Analytics;
using RusToK.Domain.Kernel.Modules;
using RusToK.Domain.Kernel.Persistence;
using RusToK.Domain.Kernel.Site;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Web.Capabilities.Analytics.Demo;

/// <summary>
/// Ninety days of made-up readers for the demo site, so a newcomer's dashboard shows charts at once: more on
/// weekdays, growing slowly, spread over the site's real pages (from the sitemaps) the way readers favour a few.
/// Today gets the share of the day gone by, and real visits add to it. Only the demo tenant gets this.
/// </summary>
public sealed class DemoTrafficSeeder(IEnumerable<ISitemapSource> sitemaps, IAppDbContextFactory dbFactory, DailyFigureWriter writer, ITenantContext tenant, TimeProvider clock) : IDemoDataSeeder
{
    public const int Days = 90;

    private static readonly (string Host, double Share)[] Referrers =
        [("google.com", 0.22), ("yandex.ru", 0.14), ("t.me", 0.06), ("news.ycombinator.com", 0.03), ("duckduckgo.com", 0.03), ("vk.com", 0.02)];

    public int Order => 900; // after the modules that make the pages

    public async Task SeedAsync(CancellationToken ct)
    {
        var tenantId = tenant.Current?.Id ?? throw new InvalidOperationException("The demo is seeded in its tenant's scope.");
        var paths = new List<string> { "/" };
        foreach (var source in sitemaps) paths.AddRange((await source.EntriesAsync(ct)).Select(e => "/" + e.Path.Split('?')[0].TrimStart('/')).Where(p => p != "/"));
        var random = new Random(20261203); // the same demo every time
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var figures = new List<DailyFigure>();
        for (var ago = Days - 1; ago >= 0; ago--)
        {
            var day = today.AddDays(-ago);
            var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0.65 : 1.0;
            var sofar = ago == 0 ? now.TimeOfDay.TotalHours / 24 : 1.0;
            var views = (long)Math.Round((60 + (Days - ago) * 0.9) * weekend * sofar * (0.8 + random.NextDouble() * 0.4));
            figures.Add(Figure(tenantId, day, AnalyticsMetrics.Views, "", views));
            foreach (var (path, share) in Shares(paths.Distinct().Take(15).ToList()))
            {
                if ((long)Math.Round(views * share) is var n && n > 0) figures.Add(Figure(tenantId, day, AnalyticsMetrics.PageViews, path, n));
            }

            foreach (var (host, share) in Referrers)
            {
                if ((long)Math.Round(views * share * (0.7 + random.NextDouble() * 0.6)) is var n && n > 0) figures.Add(Figure(tenantId, day, AnalyticsMetrics.Referrals, host, n));
            }
        }

        // Past days in one insert; today by addition, as a reader may already have been counted.
        await using var db = dbFactory.CreateContext();
        db.DailyFigures.AddRange(figures.Where(f => f.Day < today));
        await db.SaveChangesAsync(ct);
        await writer.AddAsync(figures.Where(f => f.Day == today).Select(f => new FigureCount(tenantId, f.Day, f.Metric, f.Key, f.Count)).ToList(), ct);
    }

    // Readers favour the first pages (the home page, the newest posts): the n-th gets a share proportional to 1/n.
    private static IEnumerable<(string Path, double Share)> Shares(IReadOnlyList<string> paths)
    {
        var total = Enumerable.Range(1, paths.Count).Sum(n => 1.0 / n);
        return paths.Select((path, i) => (path, 1.0 / (i + 1) / total));
    }

    private static DailyFigure Figure(Guid tenantId, DateOnly day, string metric, string key, long count) =>
        new() { TenantId = tenantId, Day = day, Metric = metric, Key = key, Count = count };
}
