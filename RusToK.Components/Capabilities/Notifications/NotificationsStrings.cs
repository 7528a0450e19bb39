namespace RusToK.Components.Capabilities.Notifications;

/// <summary>Marker for the inbox's own UI strings. Keys are the English text; <c>NotificationsStrings.ru.resx</c> translates them.</summary>
public sealed class NotificationsStrings
{
}
