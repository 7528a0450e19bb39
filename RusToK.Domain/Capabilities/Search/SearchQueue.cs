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

    /// <summary>Queues many entities of one type at once (a rebuild): one query for those already queued, one save.</summary>
    public async Task EnqueueManyAsync(Guid tenantId, string entityType, IReadOnlyCollection<Guid> ids, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreatePlatformContext();
        var now = clock.GetUtcNow().UtcDateTime;
        var queued = await db.SearchWork.Where(w => w.TenantId == tenantId && w.EntityType == entityType && ids.Contains(w.EntityId)).ToDictionaryAsync(w => w.EntityId, ct);
        foreach (var id in ids)
        {
            if (queued.TryGetValue(id, out var work)) work.ChangedAgain(now);
            else db.SearchWork.Add(Search.SearchWork.For(tenantId, entityType, id, now));
        }

        await db.SaveChangesAsync(ct);
        signal.Notify();
    }
}
