namespace RusToK.Domain.Kernel.Events;

/// <summary>Convenience base for event records: id and time are filled in when raised.</summary>
public abstract record DomainEvent(Guid AggregateId) : IDomainEvent
{
    public Guid EventId { get; init; } = Guid.CreateVersion7();

    public DateTime OccurredAt { get; init; } = DateTime.UtcNow;
}
