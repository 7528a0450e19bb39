using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Kernel.Persistence;
using RusToK.Domain.Kernel.Results;
using RusToK.Domain.Modules.Content.Revisions;

namespace RusToK.Domain.Modules.Content;

/// <summary>Moves items through their lifecycle: publish now, schedule, unpublish, archive; and publishes what is due.</summary>
public sealed class ContentPublishingService(IAppDbContextFactory dbFactory, IPublishingScheduler scheduler, TimeProvider clock, ContentEditingService editing)
{
    private const string PastTimeMessage = "Choose a time in the future to schedule publication.";

    /// <summary>Publishes now; <paramref name="backdate"/> sets an earlier publication date on the first publication.</summary>
    public Task<OperationResult<ContentItem>> PublishAsync(Guid id, CancellationToken ct = default, DateTime? backdate = null) =>
        ChangeAsync(id, (db, item) => PublishNow(db, item, backdate), ct);

    /// <summary>
    /// The editor's "Publish now": saves its input to a new item (<paramref name="id"/> null) or a stored one and
    /// publishes it in one unit of work, so the edit and the publication (rows, revision, outbox events) commit together or not at all.
    /// </summary>
    public Task<OperationResult<ContentItem>> SaveAndPublishAsync(Guid? id, ContentInput input, Guid? expectedStamp, ContentAuthor author, CancellationToken ct = default) =>
        SaveThenAsync(id, input, expectedStamp, author, (db, item) => PublishNow(db, item, null), ct);

    /// <summary>The editor's "Schedule": saves its input and schedules it at <paramref name="publishAt"/> (in the future) in one unit of work.</summary>
    public async Task<OperationResult<ContentItem>> SaveAndScheduleAsync(Guid? id, ContentInput input, Guid? expectedStamp, ContentAuthor author, DateTime publishAt, CancellationToken ct = default)
    {
        if (FutureUtc(publishAt) is not { } at) return OperationResult.Invalid<ContentItem>("publishAt", PastTimeMessage);
        var result = await SaveThenAsync(id, input, expectedStamp, author, (_, item) => Schedule(item, at), ct);
        if (result.Succeeded) scheduler.WakeAt(at);
        return result;
    }

    /// <summary>Publishes at <paramref name="publishAt"/>, which must lie in the future; a live item must be unpublished first.</summary>
    public async Task<OperationResult<ContentItem>> ScheduleAsync(Guid id, DateTime publishAt, CancellationToken ct = default)
    {
        if (FutureUtc(publishAt) is not { } at) return OperationResult.Invalid<ContentItem>("publishAt", PastTimeMessage);
        var result = await ChangeAsync(id, (_, item) => Schedule(item, at), ct);
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

    private string? PublishNow(IAppDbContext db, ContentItem item, DateTime? backdate)
    {
        var number = item.Publish(clock.GetUtcNow().UtcDateTime, backdate);
        db.ContentRevisions.Add(ContentRevision.Of(item, number, "Published"));
        return null;
    }

    private static string? Schedule(ContentItem item, DateTime at)
    {
        if (item.Status == ContentStatus.Published) return "This item is already live. Unpublish it first to schedule it again.";
        item.Schedule(at);
        return null;
    }

    // The time in UTC (a time without a kind is taken as UTC), or null when it is not in the future.
    private DateTime? FutureUtc(DateTime publishAt)
    {
        var at = publishAt.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(publishAt, DateTimeKind.Utc) : publishAt.ToUniversalTime();
        return at > clock.GetUtcNow().UtcDateTime ? at : null;
    }

    // Stages the editor's input, applies one transition to the result and saves both with one SaveChanges.
    private async Task<OperationResult<ContentItem>> SaveThenAsync(Guid? id, ContentInput input, Guid? expectedStamp, ContentAuthor author, Func<IAppDbContext, ContentItem, string?> transition, CancellationToken ct)
    {
        await using var db = dbFactory.CreateContext();
        var staged = await editing.StageAsync(db, id, input, expectedStamp, author, autosave: false, ct);
        if (!staged.Succeeded) return staged;
        return await SaveAsync(db, staged.Value!, transition, ct);
    }

    // Loads, applies one transition (which may refuse with a message) and saves; a concurrent save becomes a conflict.
    private async Task<OperationResult<ContentItem>> ChangeAsync(Guid id, Func<IAppDbContext, ContentItem, string?> transition, CancellationToken ct)
    {
        await using var db = dbFactory.CreateContext();
        var item = await db.ContentItems.FirstOrDefaultAsync(i => i.Id == id, ct);
        if (item is null) return OperationResult.NotFound<ContentItem>("Content not found.");
        return await SaveAsync(db, item, transition, ct);
    }

    // Applies the transition (which may refuse with a message) to a tracked item and saves everything staged with it.
    private static async Task<OperationResult<ContentItem>> SaveAsync(IAppDbContext db, ContentItem item, Func<IAppDbContext, ContentItem, string?> transition, CancellationToken ct)
    {
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
