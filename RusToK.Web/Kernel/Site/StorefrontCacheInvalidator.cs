using Microsoft.AspNetCore.OutputCaching;
using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Kernel.Site;

namespace RusToK.Web.Kernel.Site;

/// <summary>
/// Evicts a tenant's cached storefront pages and site reads when something readers see changes: any event that
/// declares <see cref="IReaderVisibleChange"/>, whatever module raised it. Coarse on purpose: one tag per tenant keeps
/// the rule obviously right, and a tenant's pages re-render in milliseconds.
/// </summary>
public sealed class StorefrontCacheInvalidator(IOutputCacheStore store, ISiteReadCache reads) : IDomainEventHandler<IReaderVisibleChange>
{
    public async Task HandleAsync(IReaderVisibleChange domainEvent, EventContext context, CancellationToken ct)
    {
        if (!domainEvent.ReadersSeeIt || context.TenantId is not { } tenantId) return;
        reads.Evict(tenantId);
        await store.EvictByTagAsync(StorefrontCachePolicy.TagOf(tenantId), ct);
    }
}
