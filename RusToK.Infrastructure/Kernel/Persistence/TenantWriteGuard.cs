using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using RusToK.Domain.Kernel.Entities;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Infrastructure.Kernel.Persistence;

/// <summary>
/// Stamps new tenant-owned rows with the context's tenant and refuses any write that would touch another
/// tenant's row, whatever the caller did. Also rotates concurrency stamps of changed aggregates.
/// </summary>
public sealed class TenantWriteGuard : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Guard(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Guard(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Guard(DbContext? context)
    {
        if (context is not AppDbContext db) return;
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.Entity is ITenantOwned owned && entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                if (db.TenantId is not { } tenantId)
                {
                    throw new CrossTenantWriteException($"A {entry.Entity.GetType().Name} can only be written within a tenant.");
                }

                if (entry.State == EntityState.Added && owned.TenantId == Guid.Empty) owned.TenantId = tenantId;
                var originalTenant = entry.State == EntityState.Added ? owned.TenantId : (Guid)entry.Property(nameof(ITenantOwned.TenantId)).OriginalValue!;
                if (owned.TenantId != tenantId || originalTenant != tenantId)
                {
                    throw new CrossTenantWriteException($"Refused to write a {entry.Entity.GetType().Name} of another tenant.");
                }
            }

            if (entry.Entity is AggregateRoot aggregate && entry.State == EntityState.Modified)
            {
                aggregate.ConcurrencyStamp = Guid.NewGuid();
                aggregate.UpdatedAt = DateTime.UtcNow;
            }
        }
    }
}
