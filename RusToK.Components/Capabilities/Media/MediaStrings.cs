namespace RusToK.Components.Capabilities.Media;

/// <summary>Marker for the Media capability's own UI strings. Keys are the English text; <c>MediaStrings.ru.resx</c> translates them.</summary>
public sealed class MediaStrings
{
}
