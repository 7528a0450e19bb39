namespace RusToK.Components.Modules.Commerce;

/// <summary>Marker for the Commerce module's own UI strings. Keys are the English text; <c>CommerceStrings.ru.resx</c> translates them.</summary>
public sealed class CommerceStrings
{
}
