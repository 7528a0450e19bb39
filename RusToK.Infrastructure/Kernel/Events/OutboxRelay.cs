using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RusToK.Domain.Kernel.Events;
using RusToK.Infrastructure.Kernel.Leases;
using RusToK.Infrastructure.Kernel.Persistence;
using RusToK.Infrastructure.Kernel.Tenancy;

namespace RusToK.Infrastructure.Kernel.Events;

/// <summary>
/// Delivers outbox rows to their handlers: at least once, in order per aggregate, with exponential
/// backoff, and into the dead-letter list when retries run out. Called by a Hangfire recurring job and
/// by the in-process wake-up after each commit.
/// </summary>
/// <remarks>
/// One node relays at a time, under the <see cref="LeaseName"/> lease; the others return at once. A lease rather
/// than claims on the rows: per-aggregate order stays the simple scan below, with no claims to split between nodes
/// (one relay keeps up with the outbox: a handler's work is small and the queue is short).
/// </remarks>
public sealed class OutboxRelay(
    AppDbContextFactory dbFactory,
    LeaseStore leases,
    EventTypeRegistry registry,
    EventDispatchTable dispatch,
    TenantScopeFactory scopes,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxRelay> logger)
{
    public const string LeaseName = "outbox-relay";

    /// <summary>Long enough to outlast any one delivery; renewed as the pass goes, so only a dead node lets it lapse.</summary>
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(2);

    // The lease is per holder, so two passes in this process would share it: they take turns here first.
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly string _holder = LeaseStore.NewHolder();

    /// <summary>Relays every due message; returns how many were delivered (0 when another node is relaying).</summary>
    public async Task<int> RelayPendingAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var delivered = 0;
            var pass = new RelayPass();
            while (await leases.TryAcquireAsync(LeaseName, _holder, LeaseDuration, ct))
            {
                pass.RenewedAt = clock.GetUtcNow().UtcDateTime;
                try
                {
                    delivered += await RelayUnderLeaseAsync(pass, ct);
                }
                finally
                {
                    await leases.ReleaseAsync(LeaseName, _holder, CancellationToken.None);
                }

                // A node that found the lease taken left its new messages to us; those committed before our
                // release are visible now, so one look after it catches them (and costs one query when none came).
                if (pass.Lost || !await ArrivedSinceLastReadAsync(pass, ct)) break;
            }

            return delivered;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<int> RelayUnderLeaseAsync(RelayPass pass, CancellationToken ct)
    {
        var delivered = 0;
        int batchDelivered;
        do
        {
            batchDelivered = await RelayBatchAsync(pass, ct);
            delivered += batchDelivered;
        }
        while (!pass.Lost && batchDelivered == options.Value.BatchSize);
        return delivered;
    }

    private async Task<bool> ArrivedSinceLastReadAsync(RelayPass pass, CancellationToken ct)
    {
        // After a full batch the rest was never read, so "new" cannot be told apart: the next pass takes it.
        if (pass.LastRead.Count >= options.Value.BatchSize) return false;
        var now = clock.GetUtcNow().UtcDateTime;
        var seen = pass.LastRead;
        await using var db = dbFactory.CreatePlatformContext();
        return await Due(db, now).AnyAsync(m => !seen.Contains(m.Id), ct);
    }

    private static IQueryable<OutboxMessage> Due(AppDbContext db, DateTime now) =>
        db.OutboxMessages.Where(m => m.ProcessedAt == null && m.DeadLetteredAt == null && m.NextAttemptAt <= now);

    /// <summary>Keeps the lease while delivering; a lease gone to another node stops this one before its next message.</summary>
    private async Task<bool> KeepLeaseAsync(RelayPass pass, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (now - pass.RenewedAt < LeaseDuration / 4) return true;
        if (await leases.RenewAsync(LeaseName, _holder, LeaseDuration, ct))
        {
            pass.RenewedAt = now;
            return true;
        }

        logger.LogWarning("Outbox relay lost its lease to another node; stopping this pass");
        pass.Lost = true;
        return false;
    }

    private async Task<int> RelayBatchAsync(RelayPass pass, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = dbFactory.CreatePlatformContext();
        var due = await Due(db, now).OrderBy(m => m.OccurredAt).ThenBy(m => m.Id).Take(options.Value.BatchSize).ToListAsync(ct);
        pass.LastRead = [.. due.Select(m => m.Id)];
        if (due.Count == 0) return 0;

        // An aggregate whose earlier event waits for a retry keeps its later events waiting too.
        var aggregateIds = due.Select(m => m.AggregateId).Distinct().ToList();
        var waiting = await db.OutboxMessages
            .Where(m => aggregateIds.Contains(m.AggregateId) && m.ProcessedAt == null && m.DeadLetteredAt == null && m.NextAttemptAt > now)
            .GroupBy(m => m.AggregateId).Select(g => new { AggregateId = g.Key, Earliest = g.Min(m => m.OccurredAt) })
            .ToDictionaryAsync(x => x.AggregateId, x => x.Earliest, ct);
        var blocked = new HashSet<Guid>();
        var delivered = 0;

        foreach (var message in due)
        {
            if (blocked.Contains(message.AggregateId) || (waiting.TryGetValue(message.AggregateId, out var earliest) && earliest <= message.OccurredAt))
            {
                continue;
            }

            if (!await KeepLeaseAsync(pass, ct)) break;
            if (await DeliverAsync(message, ct))
            {
                message.ProcessedAt = clock.GetUtcNow().UtcDateTime;
                message.LastError = null;
                delivered++;
            }
            else
            {
                blocked.Add(message.AggregateId);
            }

            await db.SaveChangesAsync(ct);
        }

        return delivered;
    }

    private async Task<bool> DeliverAsync(OutboxMessage message, CancellationToken ct)
    {
        message.Attempts++;
        try
        {
            var domainEvent = registry.Deserialize(message.Type, message.Payload);
            var context = new EventContext(message.TenantId, message.Id, message.Attempts, message.ActorId);
            await using var scope = await scopes.CreateAsync(message.TenantId, ct);
            foreach (var route in dispatch.For(domainEvent.GetType()))
            {
                foreach (var handler in scope.ServiceProvider.GetServices(route.HandlerType).OfType<object>())
                {
                    await InvokeOnceAsync(handler, route, domainEvent, context, ct);
                }
            }

            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ScheduleRetry(message, ex);
            return false;
        }
    }

    private async Task InvokeOnceAsync(object handler, EventHandlerRoute route, IDomainEvent domainEvent, EventContext context, CancellationToken ct)
    {
        var handlerName = handler.GetType().FullName ?? handler.GetType().Name;
        await using var db = dbFactory.CreatePlatformContext();
        if (await db.ProcessedEvents.AnyAsync(p => p.OutboxMessageId == context.OutboxMessageId && p.Handler == handlerName, ct)) return;

        await route.Invoke(handler, domainEvent, context, ct);

        db.ProcessedEvents.Add(new ProcessedEvent { OutboxMessageId = context.OutboxMessageId, Handler = handlerName, ProcessedAt = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(ct);
    }

    private void ScheduleRetry(OutboxMessage message, Exception ex)
    {
        var text = $"{ex.GetType().Name}: {ex.Message}";
        message.LastError = text.Length > 2000 ? text[..2000] : text;
        var settings = options.Value;
        if (message.Attempts >= settings.MaxAttempts)
        {
            message.DeadLetteredAt = clock.GetUtcNow().UtcDateTime;
            logger.LogError(ex, "Event {Type} {Id} dead-lettered after {Attempts} attempts", message.Type, message.Id, message.Attempts);
            return;
        }

        var delay = TimeSpan.FromTicks(Math.Min(settings.MaxRetryDelay.Ticks, settings.FirstRetryDelay.Ticks * (1L << Math.Min(message.Attempts - 1, 20))));
        message.NextAttemptAt = clock.GetUtcNow().UtcDateTime + delay;
        logger.LogWarning(ex, "Event {Type} {Id} failed (attempt {Attempts}); retry in {Delay}", message.Type, message.Id, message.Attempts, delay);
    }
}
