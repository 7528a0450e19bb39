namespace RusToK.Domain.Kernel.Events;

/// <summary>A domain event waiting for (or done with) delivery to its handlers. The outbox is the ledger.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }

    public Guid? TenantId { get; set; }

    public Guid AggregateId { get; set; }

    /// <summary>The signed-in person whose change raised the event; null when a job or an anonymous reader did.</summary>
    public Guid? ActorId { get; set; }

    /// <summary>The event's CLR type name, used to deserialize the payload.</summary>
    public string Type { get; set; } = "";

    public string Payload { get; set; } = "";

    public DateTime OccurredAt { get; set; }

    public DateTime? ProcessedAt { get; set; }

    public int Attempts { get; set; }

    public DateTime NextAttemptAt { get; set; }

    public string? LastError { get; set; }

    /// <summary>Set when retries are exhausted; an admin can send it back to the queue.</summary>
    public DateTime? DeadLetteredAt { get; set; }

    public OutboxState State => ProcessedAt is not null ? OutboxState.Processed
        : DeadLetteredAt is not null ? OutboxState.DeadLettered
        : OutboxState.Pending;

    public void Requeue()
    {
        DeadLetteredAt = null;
        Attempts = 0;
        NextAttemptAt = DateTime.UtcNow;
    }
}
