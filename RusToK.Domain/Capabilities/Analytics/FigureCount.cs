namespace RusToK.Domain.Capabilities.Analytics;

/// <summary>An amount to add to one tenant's figure of one day.</summary>
public sealed record FigureCount(Guid TenantId, DateOnly Day, string Metric, string Key, long Count)
{
    public FigureKey Figure => new(TenantId, Day, Metric, Key);
}
