using RusToK.Domain.Kernel.Paging;

namespace RusToK.Domain.Kernel.Events;

/// <summary>The admin's view of a tenant's events: what was delivered, what waits, what is dead-lettered.</summary>
public interface IOutboxAdministration
{
    Task<Page<OutboxMessage>> ListAsync(Guid? tenantId, OutboxState? state, PageRequest page, CancellationToken ct = default);

    /// <summary>Sends a dead-lettered event back to the queue; false when there is no such dead letter in that tenant.</summary>
    Task<bool> RetryAsync(Guid? tenantId, Guid messageId, CancellationToken ct = default);
}
