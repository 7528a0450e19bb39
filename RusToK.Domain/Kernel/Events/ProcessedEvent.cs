namespace RusToK.Domain.Kernel.Events;

/// <summary>Records that one handler finished one event, so a redelivery does not repeat its work.</summary>
public sealed class ProcessedEvent
{
    public Guid OutboxMessageId { get; set; }

    public string Handler { get; set; } = "";

    public DateTime ProcessedAt { get; set; }
}
