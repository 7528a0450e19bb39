using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Kernel.Entities;
using RusToK.Domain.Kernel.Persistence;

namespace RusToK.Domain.Capabilities.Search;

/// <summary>
/// Where a module says "this entity changed" (from its event handlers): the entity is queued for the projection,
/// which writes its document later, in a batch. Writers never wait for the engine.
/// </summary>
public sealed class SearchQueue(IAppDbContextFactory dbFactory, ISearchSignal signal, TimeProvider clock)
{
    public async Task EnqueueAsync(Guid tenantId, EntityRef entity, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreatePlatformContext();
        var now = clock.GetUtcNow().UtcDateTime;
        var queued = await db.SearchWork.FirstOrDefaultAsync(w => w.TenantId == tenantId && w.EntityType == entity.Type && w.EntityId == entity.Id, ct);
        if (queued is null) db.SearchWork.Add(Search.SearchWork.For(tenantId, entity.Type, entity.Id, now));
        else queued.ChangedAgain(now);
        // Two handlers queuing one entity at once: one insert loses to the unique index and its event is retried.
        await db.SaveChangesAsync(ct);
        signal.Notify();
    }
}
