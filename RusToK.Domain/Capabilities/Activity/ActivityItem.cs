namespace RusToK.Domain.Capabilities.Activity;

/// <summary>An entry as the feed shows it: the person's name and picture as they are today.</summary>
public sealed record ActivityItem(
    Guid Id, string Module, string Sentence, string Subject, string? Path, Guid? ActorId, string? ActorName, string? ActorAvatarUrl, DateTime OccurredAt);
