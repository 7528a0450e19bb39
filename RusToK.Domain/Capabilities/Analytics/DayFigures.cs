namespace RusToK.Domain.Capabilities.Analytics;

/// <summary>One day of the chart: pages read and items published.</summary>
public sealed record DayFigures(DateOnly Day, long Views, long Published);
