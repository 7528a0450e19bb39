namespace RusToK.Domain.Kernel.Events;

/// <summary>Wakes the outbox relay right after a commit so delivery does not wait for the next poll.</summary>
public interface IOutboxSignal
{
    void Notify();
}
