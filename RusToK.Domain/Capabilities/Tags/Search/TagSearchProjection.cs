using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Capabilities.Search;
using RusToK.Domain.Capabilities.Tags.Events;
using RusToK.Domain.Kernel.Entities;
using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Kernel.Persistence;

namespace RusToK.Domain.Capabilities.Tags.Search;

/// <summary>
/// A tag renamed, merged or deleted changes the documents of everything that carries it (their tag facet): those
/// entities are queued again, whatever module owns them, so search never offers a tag that no longer exists.
/// </summary>
public sealed class TagSearchProjection(IAppDbContextFactory dbFactory, SearchQueue queue) :
    IDomainEventHandler<TagRenamed>, IDomainEventHandler<TagsMerged>, IDomainEventHandler<TagDeleted>
{
    public async Task HandleAsync(TagRenamed e, EventContext context, CancellationToken ct) => await QueueAsync(await CarriersAsync(e.TagId, ct), context, ct);

    // The assignments have moved to the target by now: its carriers include every entity the source had.
    public async Task HandleAsync(TagsMerged e, EventContext context, CancellationToken ct) => await QueueAsync(await CarriersAsync(e.MergedIntoTagId, ct), context, ct);

    public Task HandleAsync(TagDeleted e, EventContext context, CancellationToken ct) => QueueAsync(e.Entities ?? [], context, ct);

    private async Task<IReadOnlyList<EntityRef>> CarriersAsync(Guid tagId, CancellationToken ct)
    {
        await using var db = dbFactory.CreateContext();
        return await db.TagAssignments.Where(a => a.TagId == tagId).Select(a => new EntityRef(a.EntityType, a.EntityId)).ToListAsync(ct);
    }

    private async Task QueueAsync(IReadOnlyList<EntityRef> entities, EventContext context, CancellationToken ct)
    {
        if (context.TenantId is not { } tenant) return;
        foreach (var type in entities.GroupBy(e => e.Type)) await queue.EnqueueManyAsync(tenant, type.Key, type.Select(e => e.Id).ToList(), ct);
    }
}
