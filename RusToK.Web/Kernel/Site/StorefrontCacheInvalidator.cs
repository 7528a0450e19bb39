using Microsoft.AspNetCore.OutputCaching;
using RusToK.Domain.Capabilities.Tags.Events;
using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Kernel.Site;
using RusToK.Domain.Kernel.Tenancy.Events;
using RusToK.Domain.Modules.Content.Events;
using RusToK.Domain.Modules.Pages.Events;

namespace RusToK.Web.Kernel.Site;

/// <summary>
/// Evicts a tenant's cached storefront pages and site reads when something readers see changes. Coarse on purpose:
/// one tag per tenant keeps the rule obviously right, and a tenant's pages re-render in milliseconds.
/// </summary>
public sealed class StorefrontCacheInvalidator(IOutputCacheStore store, SiteReadCache reads) :
    IDomainEventHandler<ContentPublished>,
    IDomainEventHandler<ContentUpdated>,
    IDomainEventHandler<ContentUnpublished>,
    IDomainEventHandler<ContentDeleted>,
    IDomainEventHandler<CategoryChanged>,
    IDomainEventHandler<TagRenamed>,
    IDomainEventHandler<TagsMerged>,
    IDomainEventHandler<TagDeleted>,
    IDomainEventHandler<TenantAppearanceChanged>,
    IDomainEventHandler<TenantModulesChanged>,
    IDomainEventHandler<MenuChanged>
{
    public static IServiceCollection Register(IServiceCollection services)
    {
        services.AddScoped<StorefrontCacheInvalidator>();
        foreach (var handler in typeof(StorefrontCacheInvalidator).GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDomainEventHandler<>)))
        {
            services.AddScoped(handler, sp => sp.GetRequiredService<StorefrontCacheInvalidator>());
        }

        return services;
    }

    public Task HandleAsync(ContentPublished domainEvent, EventContext context, CancellationToken ct) => EvictAsync(context, ct);

    public Task HandleAsync(ContentUpdated domainEvent, EventContext context, CancellationToken ct) => domainEvent.IsLive ? EvictAsync(context, ct) : Task.CompletedTask;

    public Task HandleAsync(ContentUnpublished domainEvent, EventContext context, CancellationToken ct) => EvictAsync(context, ct);

    public Task HandleAsync(ContentDeleted domainEvent, EventContext context, CancellationToken ct) => domainEvent.WasLive ? EvictAsync(context, ct) : Task.CompletedTask;

    public Task HandleAsync(CategoryChanged domainEvent, EventContext context, CancellationToken ct) => EvictAsync(context, ct);

    public Task HandleAsync(TagRenamed domainEvent, EventContext context, CancellationToken ct) => EvictAsync(context, ct);

    public Task HandleAsync(TagsMerged domainEvent, EventContext context, CancellationToken ct) => EvictAsync(context, ct);

    public Task HandleAsync(TagDeleted domainEvent, EventContext context, CancellationToken ct) => EvictAsync(context, ct);

    public Task HandleAsync(TenantAppearanceChanged domainEvent, EventContext context, CancellationToken ct) => EvictAsync(context, ct);

    public Task HandleAsync(TenantModulesChanged domainEvent, EventContext context, CancellationToken ct) => EvictAsync(context, ct);

    public Task HandleAsync(MenuChanged domainEvent, EventContext context, CancellationToken ct) => EvictAsync(context, ct);

    private async Task EvictAsync(EventContext context, CancellationToken ct)
    {
        if (context.TenantId is not { } tenantId) return;
        reads.Evict(tenantId);
        await store.EvictByTagAsync(StorefrontCachePolicy.TagOf(tenantId), ct);
    }
}
