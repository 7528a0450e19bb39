namespace RusToK.Domain.Kernel.Events;

public enum OutboxState
{
    Pending,
    Processed,
    DeadLettered,
}
