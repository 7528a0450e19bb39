namespace RusToK.Components.Capabilities.Activity;

/// <summary>Marker for the activity feed's own UI strings. Keys are the English text; <c>ActivityStrings.ru.resx</c> translates them.</summary>
public sealed class ActivityStrings
{
}
