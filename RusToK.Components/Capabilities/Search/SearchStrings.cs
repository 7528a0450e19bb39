namespace RusToK.Components.Capabilities.Search;

/// <summary>Marker for the Search capability's own UI strings. Keys are the English text; <c>SearchStrings.ru.resx</c> translates them.</summary>
public sealed class SearchStrings
{
}
