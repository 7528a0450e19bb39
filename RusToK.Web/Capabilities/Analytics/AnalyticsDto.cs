using RusToK.Domain.Capabilities.Analytics;

namespace RusToK.Web.Capabilities.Analytics;

/// <summary>A period's figures: totals, the change in views against the period before (percent), one entry per day, top pages and referrers.</summary>
public sealed record AnalyticsDto(int Days, long Views, long PreviousViews, int? ViewsChange, long Published,
    IReadOnlyList<AnalyticsDayDto> Series, IReadOnlyList<RankedFigureDto> TopPages, IReadOnlyList<RankedFigureDto> TopReferrers)
{
    [global::GraphQL.Ignore] // a mapping helper, not a field
    public static AnalyticsDto From(AnalyticsSummary s) => new(s.Days, s.Views, s.PreviousViews, s.ViewsChange, s.Published,
        s.Series.Select(d => new AnalyticsDayDto(d.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), d.Views, d.Published)).ToList(),
        s.TopPages.Select(RankedFigureDto.From).ToList(), s.TopReferrers.Select(RankedFigureDto.From).ToList());
}
