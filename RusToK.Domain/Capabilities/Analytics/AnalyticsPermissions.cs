namespace RusToK.Domain.Capabilities.Analytics;

public static class AnalyticsPermissions
{
    /// <summary>See views, top pages, referrers and publications.</summary>
    public const string View = "analytics.view";
}
