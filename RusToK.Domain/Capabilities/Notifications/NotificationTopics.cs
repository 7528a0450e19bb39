namespace RusToK.Domain.Capabilities.Notifications;

/// <summary>The live topic an inbox listens to; its messages name their one recipient.</summary>
public static class NotificationTopics
{
    public const string Inbox = "notifications";
}
