namespace RusToK.Domain.Kernel.Persistence;

/// <summary>Creates short-lived units of work, so a long-lived Blazor circuit never holds one open.</summary>
public interface IAppDbContextFactory
{
    /// <summary>A context bound to the current tenant of this scope.</summary>
    IAppDbContext CreateContext();

    /// <summary>A context for platform-level work across tenants (tenant administration, the outbox relay).</summary>
    IAppDbContext CreatePlatformContext();

    /// <summary>A context bound to an explicit tenant (background jobs carry their tenant).</summary>
    IAppDbContext CreateContextFor(Guid tenantId);
}
