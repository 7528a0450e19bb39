using RusToK.Domain.Capabilities.Search;
using RusToK.Domain.Kernel.Entities;
using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Modules.Content.Events;

namespace RusToK.Domain.Modules.Content.Search;

/// <summary>Every change to an item queues it for search; the projection then asks <see cref="ContentSearchDocuments"/> what to write.</summary>
public sealed class ContentSearchProjection(SearchQueue queue) :
    IDomainEventHandler<ContentCreated>, IDomainEventHandler<ContentUpdated>, IDomainEventHandler<ContentPublished>,
    IDomainEventHandler<ContentUnpublished>, IDomainEventHandler<ContentScheduled>, IDomainEventHandler<ContentDeleted>
{
    public Task HandleAsync(ContentCreated e, EventContext context, CancellationToken ct) => QueueAsync(e.ItemId, context, ct);

    public Task HandleAsync(ContentUpdated e, EventContext context, CancellationToken ct) => QueueAsync(e.ItemId, context, ct);

    public Task HandleAsync(ContentPublished e, EventContext context, CancellationToken ct) => QueueAsync(e.ItemId, context, ct);

    public Task HandleAsync(ContentUnpublished e, EventContext context, CancellationToken ct) => QueueAsync(e.ItemId, context, ct);

    public Task HandleAsync(ContentScheduled e, EventContext context, CancellationToken ct) => QueueAsync(e.ItemId, context, ct);

    public Task HandleAsync(ContentDeleted e, EventContext context, CancellationToken ct) => QueueAsync(e.ItemId, context, ct);

    private Task QueueAsync(Guid itemId, EventContext context, CancellationToken ct) =>
        context.TenantId is { } tenant ? queue.EnqueueAsync(tenant, new EntityRef(ContentTypes.EntityType, itemId), ct) : Task.CompletedTask;
}
