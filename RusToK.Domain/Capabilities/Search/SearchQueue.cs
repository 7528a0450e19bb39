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
        // Set-based, so the projection deleting the row at the same moment is no conflict: the update then finds
        // nothing and the entity is queued afresh. A read-then-save failed here whenever a pass finished the row
        // in between, and every later event of the entity waited for the retry.
        var bumped = await db.SearchWork.Where(w => w.TenantId == tenantId && w.EntityType == entity.Type && w.EntityId == entity.Id)
            .ExecuteUpdateAsync(w => w.SetProperty(x => x.EnqueuedAt, now), ct);
        if (bumped == 0)
        {
            db.SearchWork.Add(Search.SearchWork.For(tenantId, entity.Type, entity.Id, now));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another handler queued the same entity at the same moment: it is queued either way.
            }
        }

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
