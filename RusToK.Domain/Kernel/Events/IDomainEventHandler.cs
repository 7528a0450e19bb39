namespace RusToK.Domain.Kernel.Events;

/// <summary>Reacts to an event relayed from the outbox. Delivery is at least once; the relay skips handlers that already succeeded.</summary>
public interface IDomainEventHandler<in TEvent>
    where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, EventContext context, CancellationToken cancellationToken);
}
