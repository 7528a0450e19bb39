using System.Linq.Expressions;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Kernel.Identity;
using RusToK.Domain.Kernel.Persistence;
using RusToK.Domain.Kernel.Tenancy;
using RusToK.Infrastructure.Kernel.Identity;
using RusToK.Infrastructure.Kernel.Leases;

namespace RusToK.Infrastructure.Kernel.Persistence;

/// <summary>
/// The one model for all tenants. Every tenant-owned set is filtered by <see cref="TenantId"/>, a parameter
/// of the query rather than part of the model, so 10,000 tenants share one compiled model and plan cache.
/// </summary>
public abstract class AppDbContext(DbContextOptions options)
    : IdentityDbContext<AppUser, AppRole, Guid>(options), IAppDbContext
{
    /// <summary>
    /// The tenant this unit of work is bound to; null for platform-level work. Contexts are pooled, so
    /// <see cref="AppDbContextFactory"/> binds every context it hands out, and nothing else hands them out.
    /// </summary>
    public Guid? TenantId { get; private set; }

    /// <summary>Who this unit of work acts for, stamped on the outbox rows it writes; null for platform work.</summary>
    internal ICurrentActor? Actor { get; private set; }

    internal AppDbContext BindTo(TenantBinding binding)
    {
        TenantId = binding.TenantId;
        Actor = binding.Actor;
        return this;
    }

    public DbSet<Tenant> Tenants => Set<Tenant>();

    public DbSet<TenantHost> TenantHosts => Set<TenantHost>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<ProcessedEvent> ProcessedEvents => Set<ProcessedEvent>();

    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();

    public DbSet<RevokedSession> RevokedSessions => Set<RevokedSession>();

    public DbSet<Lease> Leases => Set<Lease>();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new ConcurrencyConflictException("The record was changed by someone else.", ex);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly, t => t.Namespace?.StartsWith("RusToK.Infrastructure", StringComparison.Ordinal) == true && !t.IsAbstract);

        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType)))
        {
            builder.Entity(entityType.ClrType).HasQueryFilter(TenantFilterFor(entityType.ClrType));
            builder.Entity(entityType.ClrType).HasIndex(nameof(ITenantOwned.TenantId));
        }

        // Users and roles carry a tenant too (users may carry none: platform administrators).
        builder.Entity<AppUser>().HasQueryFilter(u => u.TenantId == TenantId);
        builder.Entity<AppRole>().HasQueryFilter(r => r.TenantId == TenantId);
    }

    private LambdaExpression TenantFilterFor(Type clrType)
    {
        var entity = Expression.Parameter(clrType, "e");
        var tenantOfRow = Expression.Convert(Expression.Property(entity, nameof(ITenantOwned.TenantId)), typeof(Guid?));
        var tenantOfContext = Expression.Property(Expression.Constant(this), nameof(TenantId));
        return Expression.Lambda(Expression.Equal(tenantOfRow, tenantOfContext), entity);
    }
}
