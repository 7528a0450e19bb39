namespace RusToK.Domain.Capabilities.Analytics;

/// <summary>What a <see cref="DailyFigure"/> counts; its key says of what (a path, a host, a content type, or nothing for the day's total).</summary>
public static class AnalyticsMetrics
{
    /// <summary>Pages read that day, all paths together (key empty).</summary>
    public const string Views = "views";

    /// <summary>Pages read that day at one path (key: the path).</summary>
    public const string PageViews = "page";

    /// <summary>Pages read that day after following a link from another site (key: its host).</summary>
    public const string Referrals = "referrer";

    /// <summary>Items that went live that day (key: the item's type, such as "post").</summary>
    public const string Published = "published";
}
