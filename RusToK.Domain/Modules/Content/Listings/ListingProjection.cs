using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Capabilities.Tags.Events;
using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Kernel.Persistence;
using RusToK.Domain.Modules.Content.Events;

namespace RusToK.Domain.Modules.Content.Listings;

/// <summary>
/// Keeps the listing counts current from the outbox: every event that can move an item into, out of or across a
/// listing recounts the addresses it touched. A category is never deleted while items use it and moving it changes
/// none of its items, and a renamed tag keeps its id, so those events change no count.
/// </summary>
public sealed class ListingProjection(IAppDbContextFactory dbFactory, ListingBuilder builder) :
    IDomainEventHandler<ContentPublished>, IDomainEventHandler<ContentUnpublished>, IDomainEventHandler<ContentUpdated>,
    IDomainEventHandler<ContentDeleted>, IDomainEventHandler<TagDeleted>, IDomainEventHandler<TagsMerged>
{
    public Task HandleAsync(ContentPublished e, EventContext context, CancellationToken ct) => ItemAsync(e.ItemId, e.Type, e.Slug, ct);

    public Task HandleAsync(ContentUnpublished e, EventContext context, CancellationToken ct) => ItemAsync(e.ItemId, e.Type, e.Slug, ct);

    /// <summary>A live item's category, tags, language or address may have changed; a draft's save changes nothing.</summary>
    public Task HandleAsync(ContentUpdated e, EventContext context, CancellationToken ct) => ItemAsync(e.ItemId, e.Type, e.Slug, ct);

    public Task HandleAsync(ContentDeleted e, EventContext context, CancellationToken ct) => ItemAsync(e.ItemId, e.Type, e.Slug, ct);

    /// <summary>The assignments are gone by now: the addresses that counted under the tag say who carried it.</summary>
    public Task HandleAsync(TagDeleted e, EventContext context, CancellationToken ct) => TagAsync(e.TagId, ct);

    public Task HandleAsync(TagsMerged e, EventContext context, CancellationToken ct) => TagAsync(e.TagId, ct);

    // The event names the item's address now; the version's membership names where it was counted before (its slug
    // may have changed since), and both are recounted.
    private async Task ItemAsync(Guid itemId, string type, string slug, CancellationToken ct)
    {
        await using var db = dbFactory.CreateContext();
        var key = ListingKey.Of(itemId);
        var before = await db.ListingMemberships.Where(m => m.ContentType == type && m.Dimension == ListingDimension.Version && m.Key == key)
            .Select(m => m.Slug).ToListAsync(ct);
        await builder.RefreshAsync(type, [.. before.Append(slug).Distinct()], ct);
    }

    private async Task TagAsync(Guid tagId, CancellationToken ct)
    {
        await using var db = dbFactory.CreateContext();
        var key = ListingKey.Of(tagId);
        var addresses = await db.ListingMemberships.Where(m => m.Dimension == ListingDimension.Tag && m.Key == key && m.Scope == ListingScope.Addresses)
            .Select(m => new { m.ContentType, m.Slug }).ToListAsync(ct);
        foreach (var type in addresses.GroupBy(a => a.ContentType))
        {
            await builder.RefreshAsync(type.Key, type.Select(a => a.Slug).ToList(), ct);
        }
    }
}
