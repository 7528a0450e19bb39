using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Kernel.Tenancy;
using RusToK.Domain.Modules.Announcements;

namespace RusToK.Domain.Kernel.Persistence;

/// <summary>The unit of work use cases write through. Tenant-owned sets are filtered to the context's tenant.</summary>
public interface IAppDbContext : IAsyncDisposable, IDisposable
{
    DbSet<Tenant> Tenants { get; }

    DbSet<TenantHost> TenantHosts { get; }

    DbSet<OutboxMessage> OutboxMessages { get; }

    DbSet<Announcement> Announcements { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
