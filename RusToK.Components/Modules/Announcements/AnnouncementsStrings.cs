namespace RusToK.Components.Modules.Announcements;

/// <summary>Marker for the Announcements module's own UI strings. Keys are the English text; <c>AnnouncementsStrings.ru.resx</c> translates them.</summary>
public sealed class AnnouncementsStrings
{
}
