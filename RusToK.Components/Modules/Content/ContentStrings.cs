namespace RusToK.Components.Modules.Content;

/// <summary>Marker for the Content module's own UI strings. Keys are the English text; <c>ContentStrings.ru.resx</c> translates them.</summary>
public sealed class ContentStrings
{
}
