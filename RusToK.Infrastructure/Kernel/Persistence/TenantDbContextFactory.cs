using RusToK.Domain.Kernel.Identity;
using RusToK.Domain.Kernel.Persistence;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Infrastructure.Kernel.Persistence;

/// <summary>The domain's factory port: binds each new context to the tenant of the current scope and to who acts in it.</summary>
public sealed class TenantDbContextFactory(AppDbContextFactory factory, ITenantContext tenant, ICurrentActor actor) : IAppDbContextFactory
{
    public IAppDbContext CreateContext() =>
        factory.Create(new TenantBinding(tenant.Current?.Id ?? throw new InvalidOperationException("No tenant is resolved for this scope."), actor));

    public IAppDbContext CreatePlatformContext() => factory.CreatePlatformContext();

    public IAppDbContext CreateContextFor(Guid tenantId) => factory.CreateFor(tenantId);
}
