namespace RusToK.Web.Capabilities.Analytics;

/// <summary>One day (<c>2026-12-03</c>, UTC): pages read and items published.</summary>
public sealed record AnalyticsDayDto(string Day, long Views, long Published);
