using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Domain.Kernel.Persistence;

/// <summary>
/// The unit of work use cases write through. Tenant-owned sets are filtered to the context's tenant. The kernel
/// names only its own tables; a module reaches its tables through <see cref="Set{TEntity}"/>, usually by an
/// extension property in its own folder (see <c>ContentSets</c>), so adding a module never edits this contract.
/// </summary>
public interface IAppDbContext : IAsyncDisposable, IDisposable
{
    DbSet<Tenant> Tenants { get; }

    DbSet<TenantHost> TenantHosts { get; }

    DbSet<OutboxMessage> OutboxMessages { get; }

    DbSet<TEntity> Set<TEntity>()
        where TEntity : class;

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
