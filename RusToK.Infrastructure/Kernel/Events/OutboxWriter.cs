using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using RusToK.Domain.Kernel.Entities;
using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Kernel.Tenancy;
using RusToK.Infrastructure.Kernel.Persistence;

namespace RusToK.Infrastructure.Kernel.Events;

/// <summary>
/// Turns the domain events of changed aggregates into outbox rows inside the same SaveChanges (one transaction),
/// then wakes the relay once the commit succeeded.
/// </summary>
public sealed class OutboxWriter(EventTypeRegistry registry, IOutboxSignal signal) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Committed(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Collect(DbContext? context)
    {
        if (context is not AppDbContext db) return;
        var aggregates = db.ChangeTracker.Entries<AggregateRoot>().Select(e => e.Entity).Where(a => a.DomainEvents.Count > 0).ToList();
        if (aggregates.Count == 0) return;
        var actorId = db.Actor?.UserId;
        foreach (var aggregate in aggregates)
        {
            var tenantId = aggregate switch
            {
                ITenantOwned owned => owned.TenantId == Guid.Empty ? db.TenantId : owned.TenantId,
                Tenant tenant => tenant.Id,
                _ => db.TenantId,
            };
            foreach (var domainEvent in aggregate.DomainEvents)
            {
                db.OutboxMessages.Add(registry.ToMessage(domainEvent, tenantId, actorId));
            }

            aggregate.ClearDomainEvents();
        }
    }

    private void Committed(DbContext? context)
    {
        if (context is AppDbContext db && db.ChangeTracker.Entries<OutboxMessage>().Any()) signal.Notify();
    }
}
