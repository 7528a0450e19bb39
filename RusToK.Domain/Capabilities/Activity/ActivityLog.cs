using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Kernel.Live;
using RusToK.Domain.Kernel.Persistence;

namespace RusToK.Domain.Capabilities.Activity;

/// <summary>
/// Where a module's event handler writes what happened (one <see cref="ActivityDraft"/> per event). At least once
/// in, exactly once out: the entry's id is the event's, so a redelivery finds it and writes nothing.
/// </summary>
public sealed class ActivityLog(IAppDbContextFactory dbFactory, ILiveUpdates live)
{
    public async Task RecordAsync(IDomainEvent domainEvent, EventContext context, ActivityDraft draft, CancellationToken ct)
    {
        if (context.TenantId is not { } tenantId) return;
        await using var db = dbFactory.CreateContextFor(tenantId);
        if (await db.ActivityEntries.AnyAsync(a => a.Id == domainEvent.EventId, ct)) return;
        db.ActivityEntries.Add(ActivityEntry.From(domainEvent.EventId, tenantId, draft, context.ActorId ?? draft.FallbackActorId, domainEvent.OccurredAt));
        await db.SaveChangesAsync(ct);
        live.Publish(new LiveMessage(tenantId, LiveTopics.Activity, draft.Permission));
    }
}
