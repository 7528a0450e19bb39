using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Domain.Capabilities.Activity;

/// <summary>
/// One line of a tenant's activity feed, written once per event (its id is the event's, so a redelivered event
/// writes nothing new). The sentence is a template in English that the UI translates and fills with the person's
/// current name and the subject; only people holding <see cref="Permission"/> see the entry.
/// </summary>
public sealed class ActivityEntry : ITenantOwned
{
    public const int MaxSubjectLength = 300;

    private ActivityEntry()
    {
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; set; }

    public string Module { get; private set; } = "";

    public string EntityType { get; private set; } = "";

    public Guid EntityId { get; private set; }

    /// <summary>"{0} published “{1}”": {0} is the person, {1} the subject.</summary>
    public string Sentence { get; private set; } = "";

    public string Subject { get; private set; } = "";

    /// <summary>Where the admin opens the entity, or null when it is gone.</summary>
    public string? Path { get; private set; }

    public string Permission { get; private set; } = "";

    public Guid? ActorId { get; private set; }

    public DateTime OccurredAt { get; private set; }

    public static ActivityEntry From(Guid eventId, Guid tenantId, ActivityDraft draft, Guid? actorId, DateTime occurredAt) => new()
    {
        Id = eventId,
        TenantId = tenantId,
        Module = draft.Module,
        EntityType = draft.Entity.Type,
        EntityId = draft.Entity.Id,
        Sentence = draft.Sentence,
        Subject = draft.Subject.Length > MaxSubjectLength ? draft.Subject[..MaxSubjectLength] : draft.Subject,
        Path = draft.Path,
        Permission = draft.Permission,
        ActorId = actorId,
        OccurredAt = occurredAt,
    };
}
