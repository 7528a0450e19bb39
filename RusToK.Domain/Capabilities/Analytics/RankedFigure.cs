namespace RusToK.Domain.Capabilities.Analytics;

/// <summary>A page or a referring site with its views over the period.</summary>
public sealed record RankedFigure(string Key, long Count);
