namespace RusToK.Components.Capabilities.Analytics;

/// <summary>Marker for the analytics' own UI strings. Keys are the English text; <c>AnalyticsStrings.ru.resx</c> translates them.</summary>
public sealed class AnalyticsStrings
{
}
