using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Kernel.Persistence;
using RusToK.Domain.Kernel.Results;
using RusToK.Domain.Modules.Content.Revisions;

namespace RusToK.Domain.Modules.Content;

/// <summary>Moves items through their lifecycle: publish now, schedule, unpublish, archive; and publishes what is due.</summary>
public sealed class ContentPublishingService(IAppDbContextFactory dbFactory, IPublishingScheduler scheduler, TimeProvider clock)
{
    /// <summary>Publishes now; <paramref name="backdate"/> sets an earlier publication date on the first publication.</summary>
    public Task<OperationResult<ContentItem>> PublishAsync(Guid id, CancellationToken ct = default, DateTime? backdate = null) =>
        ChangeAsync(id, (db, item) =>
        {
            var number = item.Publish(clock.GetUtcNow().UtcDateTime, backdate);
            db.ContentRevisions.Add(ContentRevision.Of(item, number, "Published"));
            return null;
        }, ct);

    /// <summary>Publishes at <paramref name="publishAt"/>, which must lie in the future; a live item must be unpublished first.</summary>
    public async Task<OperationResult<ContentItem>> ScheduleAsync(Guid id, DateTime publishAt, CancellationToken ct = default)
    {
        var at = publishAt.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(publishAt, DateTimeKind.Utc) : publishAt.ToUniversalTime();
        if (at <= clock.GetUtcNow().UtcDateTime) return OperationResult.Invalid<ContentItem>("publishAt", "Choose a time in the future to schedule publication.");
        var result = await ChangeAsync(id, (_, item) =>
        {
            if (item.Status == ContentStatus.Published) return "This item is already live. Unpublish it first to schedule it again.";
            item.Schedule(at);
            return null;
        }, ct);
        if (result.Succeeded) scheduler.WakeAt(at);
        return result;
    }

    public Task<OperationResult<ContentItem>> UnpublishAsync(Guid id, CancellationToken ct = default) =>
        ChangeAsync(id, (_, item) =>
        {
            item.Unpublish();
            return null;
        }, ct);

    public Task<OperationResult<ContentItem>> ArchiveAsync(Guid id, CancellationToken ct = default) =>
        ChangeAsync(id, (_, item) =>
        {
            item.Archive();
            return null;
        }, ct);

    /// <summary>
    /// Publishes every scheduled item of the current tenant whose time has come; returns how many. Each item is its own
    /// unit of work: one another worker published first (the minute sweep meeting the wake-up, or a second node) is skipped.
    /// </summary>
    public async Task<int> PublishDueAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        List<Guid> due;
        await using (var db = dbFactory.CreateContext())
        {
            due = await db.ContentItems.Where(i => i.Status == ContentStatus.Scheduled && i.PublishAt <= now).Select(i => i.Id).ToListAsync(ct);
        }

        var published = 0;
        foreach (var id in due)
        {
            var result = await ChangeAsync(id, (db, item) =>
            {
                if (item.Status != ContentStatus.Scheduled) return "Published or rescheduled meanwhile.";
                var number = item.Publish(item.PublishAt ?? now);
                db.ContentRevisions.Add(ContentRevision.Of(item, number, "Published on schedule"));
                return null;
            }, ct);
            if (result.Succeeded) published++;
        }

        return published;
    }

    // Loads, applies one transition (which may refuse with a message) and saves; a concurrent save becomes a conflict.
    private async Task<OperationResult<ContentItem>> ChangeAsync(Guid id, Func<IAppDbContext, ContentItem, string?> transition, CancellationToken ct)
    {
        await using var db = dbFactory.CreateContext();
        var item = await db.ContentItems.FirstOrDefaultAsync(i => i.Id == id, ct);
        if (item is null) return OperationResult.NotFound<ContentItem>("Content not found.");
        if (transition(db, item) is { } refusal) return OperationResult.Conflict<ContentItem>(refusal);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (ConcurrencyConflictException)
        {
            return OperationResult.Conflict<ContentItem>(ContentEditingService.ConflictMessage);
        }

        return OperationResult.Success(item);
    }
}
