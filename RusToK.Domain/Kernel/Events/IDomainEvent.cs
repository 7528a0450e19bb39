namespace RusToK.Domain.Kernel.Events;

/// <summary>Something that happened in the domain; stored in the outbox with the change that caused it.</summary>
public interface IDomainEvent
{
    Guid EventId { get; }

    DateTime OccurredAt { get; }

    /// <summary>The aggregate the event is about; events of one aggregate are delivered in order.</summary>
    Guid AggregateId { get; }
}
