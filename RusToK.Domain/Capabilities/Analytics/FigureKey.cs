namespace RusToK.Domain.Capabilities.Analytics;

/// <summary>Which figure: tenant, day, metric and key.</summary>
public readonly record struct FigureKey(Guid TenantId, DateOnly Day, string Metric, string Key);
