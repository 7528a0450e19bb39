using RusToK.Domain.Capabilities.Search;
using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Modules.Commerce.Catalog;
using RusToK.Domain.Modules.Commerce.Events;

namespace RusToK.Domain.Modules.Commerce.Search;

/// <summary>Every change to a product queues it for search; <see cref="ProductSearchDocuments"/> then says what to write.</summary>
public sealed class ProductSearchProjection(SearchQueue queue) :
    IDomainEventHandler<ProductCreated>, IDomainEventHandler<ProductUpdated>, IDomainEventHandler<ProductDeleted>
{
    public Task HandleAsync(ProductCreated e, EventContext context, CancellationToken ct) => QueueAsync(e.ProductId, context, ct);

    public Task HandleAsync(ProductUpdated e, EventContext context, CancellationToken ct) => QueueAsync(e.ProductId, context, ct);

    public Task HandleAsync(ProductDeleted e, EventContext context, CancellationToken ct) => QueueAsync(e.ProductId, context, ct);

    private Task QueueAsync(Guid productId, EventContext context, CancellationToken ct) =>
        context.TenantId is { } tenant ? queue.EnqueueAsync(tenant, ProductEditingService.Ref(productId), ct) : Task.CompletedTask;
}
