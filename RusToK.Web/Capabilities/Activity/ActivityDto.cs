using RusToK.Domain.Capabilities.Activity;

namespace RusToK.Web.Capabilities.Activity;

/// <summary>One entry of the feed; <see cref="Text"/> is the sentence in the caller's language ("Anna published “Pour-over”").</summary>
public sealed record ActivityDto(Guid Id, string Module, string Text, string Subject, string? Path, Guid? PersonId, string? PersonName, DateTime OccurredAt)
{
    [global::GraphQL.Ignore] // a mapping helper, not a field
    public static ActivityDto From(ActivityItem item, Func<ActivityItem, string> text) =>
        new(item.Id, item.Module, text(item), item.Subject, item.Path, item.ActorId, item.ActorName, item.OccurredAt);
}
