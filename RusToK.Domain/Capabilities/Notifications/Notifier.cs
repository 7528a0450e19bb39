using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Kernel.Live;
using RusToK.Domain.Kernel.Persistence;

namespace RusToK.Domain.Capabilities.Notifications;

/// <summary>
/// Where a module's event handler puts a message in people's inboxes. Nobody is told about what they did
/// themselves; a redelivered event finds its notifications and writes nothing new. Open inboxes hear of it live.
/// </summary>
public sealed class Notifier(IAppDbContextFactory dbFactory, ILiveUpdates live, TimeProvider clock)
{
    public async Task NotifyAsync(EventContext context, IReadOnlyCollection<Guid> recipients, NotificationDraft draft, CancellationToken ct)
    {
        if (context.TenantId is not { } tenantId) return;
        var to = recipients.Where(r => r != context.ActorId).Distinct().ToList();
        if (to.Count == 0) return;
        await using var db = dbFactory.CreateContextFor(tenantId);
        var told = await db.Notifications.Where(n => n.SourceEventId == context.OutboxMessageId && to.Contains(n.UserId)).Select(n => n.UserId).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var userId in to.Except(told)) db.Notifications.Add(Notification.For(tenantId, userId, context.OutboxMessageId, draft, context.ActorId, now));
        await db.SaveChangesAsync(ct);
        foreach (var userId in to) live.Publish(new LiveMessage(tenantId, NotificationTopics.Inbox, UserId: userId));
    }
}
