namespace RusToK.Domain.Capabilities.Analytics;

public static class AnalyticsTopics
{
    /// <summary>A tenant's figures grew: its open dashboards read them again.</summary>
    public const string Figures = "analytics";
}
