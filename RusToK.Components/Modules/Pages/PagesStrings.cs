namespace RusToK.Components.Modules.Pages;

/// <summary>Marker for the Pages module's own UI strings. Keys are the English text; <c>PagesStrings.ru.resx</c> translates them.</summary>
public sealed class PagesStrings
{
}
