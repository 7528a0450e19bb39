using RusToK.Domain.Capabilities.Analytics;
using RusToK.Domain.Kernel.Site;

namespace RusToK.Domain.Tests.Capabilities.Analytics;

/// <summary>The in-memory count of page views between flushes: what it hands over, forgets, takes back and refuses to grow past.</summary>
public sealed class ViewTallyTests
{
    private static readonly Guid Tenant = Guid.CreateVersion7();
    private static readonly DateTime Noon = new(2026, 12, 3, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_read_counts_in_the_days_total_its_page_and_its_referrer()
    {
        var tally = new ViewTally();
        tally.Saw(new SiteVisit(Tenant, "/blog/pour-over", "news.example.org", Noon));
        tally.Saw(new SiteVisit(Tenant, "/blog/pour-over", null, Noon));

        var counts = tally.Drain();

        counts.Single(c => c.Metric == AnalyticsMetrics.Views).Count.ShouldBe(2);
        counts.Single(c => c.Metric == AnalyticsMetrics.PageViews).ShouldBe(new FigureCount(Tenant, new DateOnly(2026, 12, 3), AnalyticsMetrics.PageViews, "/blog/pour-over", 2));
        counts.Single(c => c.Metric == AnalyticsMetrics.Referrals).Key.ShouldBe("news.example.org");
    }

    [Fact]
    public void Draining_forgets_and_returning_takes_back_for_the_next_flush()
    {
        var tally = new ViewTally();
        tally.Saw(new SiteVisit(Tenant, "/", null, Noon));
        var first = tally.Drain();
        tally.Drain().ShouldBeEmpty();

        tally.Return(first);
        tally.Saw(new SiteVisit(Tenant, "/", null, Noon));

        tally.Drain().Single(c => c.Metric == AnalyticsMetrics.Views).Count.ShouldBe(2);
    }

    [Fact]
    public void Past_its_bound_a_read_still_counts_in_the_total_but_not_per_page()
    {
        var tally = new ViewTally();
        for (var i = 0; i < ViewTally.MaxFigures + 10; i++) tally.Saw(new SiteVisit(Tenant, $"/page-{i}", null, Noon));

        var counts = tally.Drain();

        counts.Count.ShouldBe(ViewTally.MaxFigures);
        counts.Single(c => c.Metric == AnalyticsMetrics.Views).Count.ShouldBe(ViewTally.MaxFigures + 10);
    }

    [Fact]
    public void Reads_on_two_days_are_two_figures()
    {
        var tally = new ViewTally();
        tally.Saw(new SiteVisit(Tenant, "/", null, Noon));
        tally.Saw(new SiteVisit(Tenant, "/", null, Noon.AddDays(1)));

        tally.Drain().Where(c => c.Metric == AnalyticsMetrics.Views).Select(c => c.Day).ShouldBe([new DateOnly(2026, 12, 3), new DateOnly(2026, 12, 4)], ignoreOrder: true);
    }
}
