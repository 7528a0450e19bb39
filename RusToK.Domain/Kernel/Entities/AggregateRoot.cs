using RusToK.Domain.Kernel.Events;

namespace RusToK.Domain.Kernel.Entities;

/// <summary>An entity that guards its own consistency, carries a concurrency stamp and raises domain events.</summary>
public abstract class AggregateRoot : Entity
{
    private readonly List<IDomainEvent> _events = [];

    /// <summary>Changes on every save; a save holding a stale stamp is refused (optimistic concurrency).</summary>
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public DateTime CreatedAt { get; protected set; } = DateTime.UtcNow;

    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;

    public IReadOnlyList<IDomainEvent> DomainEvents => _events;

    protected void Raise(IDomainEvent domainEvent) => _events.Add(domainEvent);

    /// <summary>Called by persistence once the events are written to the outbox.</summary>
    public void ClearDomainEvents() => _events.Clear();
}
