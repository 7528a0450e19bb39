namespace RusToK.Domain.Capabilities.Analytics;

/// <summary>A period's figures: one entry per day (oldest first), the views of the period before it, and what was read most and who sent readers.</summary>
public sealed record AnalyticsSummary(int Days, IReadOnlyList<DayFigures> Series, long PreviousViews, IReadOnlyList<RankedFigure> TopPages, IReadOnlyList<RankedFigure> TopReferrers)
{
    public long Views => Series.Sum(d => d.Views);

    public long Published => Series.Sum(d => d.Published);

    /// <summary>Change in views against the period before, in percent; null when there was nothing to compare with.</summary>
    public int? ViewsChange => PreviousViews == 0 ? null : (int)Math.Round((Views - PreviousViews) * 100.0 / PreviousViews);

    public bool IsEmpty => Views == 0 && Published == 0;
}
