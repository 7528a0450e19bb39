using RusToK.Domain.Capabilities.Activity;
using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Modules.Commerce.Catalog;
using RusToK.Domain.Modules.Commerce.Events;

namespace RusToK.Domain.Modules.Commerce.Activity;

/// <summary>What the feed says about the catalog: a product went on sale, or was removed.</summary>
public sealed class ProductActivity(ActivityLog log) : IDomainEventHandler<ProductCreated>, IDomainEventHandler<ProductUpdated>, IDomainEventHandler<ProductDeleted>
{
    public const string PutOnSale = "{0} put “{1}” on sale";
    public const string Removed = "{0} removed the product “{1}”";

    public Task HandleAsync(ProductCreated e, EventContext context, CancellationToken ct) =>
        e.IsOnSale ? RecordAsync(e, e.ProductId, PutOnSale, e.Title, context, ct) : Task.CompletedTask;

    public Task HandleAsync(ProductUpdated e, EventContext context, CancellationToken ct) =>
        e.WentOnSale ? RecordAsync(e, e.ProductId, PutOnSale, e.Title, context, ct) : Task.CompletedTask;

    public Task HandleAsync(ProductDeleted e, EventContext context, CancellationToken ct) => RecordAsync(e, e.ProductId, Removed, e.Title, context, ct);

    private Task RecordAsync(IDomainEvent e, Guid productId, string sentence, string title, EventContext context, CancellationToken ct) =>
        log.RecordAsync(e, context, new ActivityDraft(CommerceModule.ModuleName, ProductEditingService.Ref(productId), sentence, title, CommercePermissions.CatalogManage)
        {
            Path = $"admin/shop/products/{productId}",
        }, ct);
}
