using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Capabilities.Activity;
using RusToK.Domain.Kernel.Entities;
using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Kernel.Persistence;
using RusToK.Domain.Modules.Content.Events;

namespace RusToK.Domain.Modules.Content.Activity;

/// <summary>
/// What the feed says about content: drafts started, publications, schedules, withdrawals and deletions (saves are
/// left out: an editor saving every minute would drown the rest). The item's author is named when a job acted.
/// </summary>
public sealed class ContentActivity(IAppDbContextFactory dbFactory, ActivityLog log) :
    IDomainEventHandler<ContentCreated>, IDomainEventHandler<ContentPublished>, IDomainEventHandler<ContentScheduled>,
    IDomainEventHandler<ContentUnpublished>, IDomainEventHandler<ContentDeleted>
{
    public const string Started = "{0} started a draft “{1}”";
    public const string Published = "{0} published “{1}”";
    public const string Scheduled = "{0} scheduled “{1}”";
    public const string Unpublished = "{0} unpublished “{1}”";
    public const string Deleted = "{0} deleted “{1}”";

    public Task HandleAsync(ContentCreated e, EventContext context, CancellationToken ct) => RecordAsync(e, context, e.ItemId, Started, ct, draftsOnly: true);

    public Task HandleAsync(ContentPublished e, EventContext context, CancellationToken ct) => RecordAsync(e, context, e.ItemId, Published, ct);

    public Task HandleAsync(ContentScheduled e, EventContext context, CancellationToken ct) => RecordAsync(e, context, e.ItemId, Scheduled, ct);

    public Task HandleAsync(ContentUnpublished e, EventContext context, CancellationToken ct) => RecordAsync(e, context, e.ItemId, Unpublished, ct);

    public Task HandleAsync(ContentDeleted e, EventContext context, CancellationToken ct) =>
        log.RecordAsync(e, context, Draft(e.ItemId, Deleted, e.Slug) with { Path = null }, ct);

    /// <param name="draftsOnly">An item published in the same save as its creation ("Publish now" on a new post) says
    /// so once: its creation is left out when it is no longer a draft by the time the event is handled.</param>
    private async Task RecordAsync(IDomainEvent e, EventContext context, Guid itemId, string sentence, CancellationToken ct, bool draftsOnly = false)
    {
        await using var db = dbFactory.CreateContext();
        var item = await db.ContentItems.AsNoTracking().Where(i => i.Id == itemId).Select(i => new { i.Title, i.Slug, i.AuthorId, i.Status }).FirstOrDefaultAsync(ct);
        if (item is null) return; // deleted before the event reached the feed: its deletion says so
        if (draftsOnly && item.Status != ContentStatus.Draft) return;
        await log.RecordAsync(e, context, Draft(itemId, sentence, item.Title.Length > 0 ? item.Title : item.Slug) with { FallbackActorId = item.AuthorId }, ct);
    }

    private static ActivityDraft Draft(Guid itemId, string sentence, string subject) =>
        new(ContentModule.ModuleName, new EntityRef(ContentTypes.EntityType, itemId), sentence, subject, ContentPermissions.Edit) { Path = $"admin/content/{itemId}" };
}
