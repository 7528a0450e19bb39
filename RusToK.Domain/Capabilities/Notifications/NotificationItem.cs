namespace RusToK.Domain.Capabilities.Notifications;

/// <summary>A notification as the inbox shows it, with the name of who caused it as it is today.</summary>
public sealed record NotificationItem(Guid Id, string Sentence, string Subject, string? Path, string? ActorName, DateTime CreatedAt, bool IsRead);
