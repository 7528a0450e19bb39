namespace RusToK.Domain.Capabilities.Search;

/// <summary>
/// An entity whose document must be written again (or removed): the projection's ledger. One row per entity however
/// often it changes, so the queue is bounded by what exists; a row stays until its document is in the index.
/// Not tenant-filtered: the projection drains every tenant's work in one pass, and each row names its tenant.
/// </summary>
public sealed class SearchWork
{
    private SearchWork()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public string EntityType { get; private set; } = "";

    public Guid EntityId { get; private set; }

    /// <summary>When it last changed: a change during a pass keeps the row for the next one.</summary>
    public DateTime EnqueuedAt { get; private set; }

    /// <summary>The pass working on it (a lease until <see cref="ClaimedUntil"/>), so several nodes share the queue.</summary>
    public Guid? ClaimToken { get; private set; }

    public DateTime? ClaimedUntil { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    public static SearchWork For(Guid tenantId, string entityType, Guid entityId, DateTime now) =>
        new() { TenantId = tenantId, EntityType = entityType, EntityId = entityId, EnqueuedAt = now };

    public void ChangedAgain(DateTime now) => EnqueuedAt = now;
}
