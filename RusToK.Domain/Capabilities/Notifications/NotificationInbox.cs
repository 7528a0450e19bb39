using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Kernel.Identity;
using RusToK.Domain.Kernel.Live;
using RusToK.Domain.Kernel.Paging;
using RusToK.Domain.Kernel.Persistence;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Domain.Capabilities.Notifications;

/// <summary>One person's inbox in the current tenant: newest first, the unread count, marking read.</summary>
public sealed class NotificationInbox(IAppDbContextFactory dbFactory, ITenantContext tenant, IProfileDirectory profiles, ILiveUpdates live, TimeProvider clock)
{
    public async Task<int> UnreadCountAsync(Guid userId, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreateContext();
        return await db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, ct);
    }

    public async Task<Page<NotificationItem>> ListAsync(Guid userId, PageRequest page, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreateContext();
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == userId);
        var total = await mine.CountAsync(ct);
        var rows = await mine.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Skip(page.Skip).Take(page.Size).ToListAsync(ct);
        var people = await profiles.FindManyAsync([.. rows.Where(r => r.ActorId is not null).Select(r => r.ActorId!.Value).Distinct()], ct);
        var items = rows.Select(r => new NotificationItem(r.Id, r.Sentence, r.Subject, r.Path,
            r.ActorId is { } actor ? people.GetValueOrDefault(actor)?.DisplayName : null, r.CreatedAt, r.ReadAt is not null)).ToList();
        return new Page<NotificationItem>(items, page.Number, page.Size, total);
    }

    /// <summary>Marks one notification read (false when it is not this person's) or, with no id, all of them.</summary>
    public async Task<bool> MarkReadAsync(Guid userId, Guid? id, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreateContext();
        var unread = db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null);
        if (id is { } one)
        {
            if (!await db.Notifications.AnyAsync(n => n.UserId == userId && n.Id == one, ct)) return false;
            unread = unread.Where(n => n.Id == one);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var notification in await unread.ToListAsync(ct)) notification.MarkRead(now);
        await db.SaveChangesAsync(ct);
        // The person's other tabs (and other nodes) bring their bell down too.
        live.Publish(new LiveMessage(tenant.Current?.Id, NotificationTopics.Inbox, UserId: userId));
        return true;
    }
}
