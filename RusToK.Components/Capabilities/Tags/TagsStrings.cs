namespace RusToK.Components.Capabilities.Tags;

/// <summary>Marker for the Tags capability's own UI strings. Keys are the English text; <c>TagsStrings.ru.resx</c> translates them.</summary>
public sealed class TagsStrings
{
}
