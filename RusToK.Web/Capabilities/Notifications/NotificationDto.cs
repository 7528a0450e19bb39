using RusToK.Domain.Capabilities.Notifications;

namespace RusToK.Web.Capabilities.Notifications;

/// <summary>One notification; <see cref="Text"/> is the sentence in the caller's language.</summary>
public sealed record NotificationDto(Guid Id, string Text, string Subject, string? Path, DateTime CreatedAt, bool IsRead)
{
    [global::GraphQL.Ignore] // a mapping helper, not a field
    public static NotificationDto From(NotificationItem item, string text) => new(item.Id, text, item.Subject, item.Path, item.CreatedAt, item.IsRead);
}
