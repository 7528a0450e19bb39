namespace RusToK.Domain.Kernel.Events;

/// <summary>Where an event came from: the tenant it belongs to travels with it explicitly, and who caused it (null for a job).</summary>
public sealed record EventContext(Guid? TenantId, Guid OutboxMessageId, int Attempt, Guid? ActorId = null);
