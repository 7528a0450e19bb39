namespace RusToK.Infrastructure.Capabilities.Analytics;

/// <summary>The <c>Analytics</c> section: how often counted page views are written.</summary>
public sealed class AnalyticsOptions
{
    public const string Section = "Analytics";

    /// <summary>Seconds between flushes: views wait at most this long in memory, and a dashboard sees them this late.</summary>
    public int FlushSeconds { get; set; } = 15;
}
