using Microsoft.Extensions.DependencyInjection;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Infrastructure.Kernel.Tenancy;

/// <summary>Opens a DI scope that acts for an explicit tenant: used by background jobs and event handlers.</summary>
public sealed class TenantScopeFactory(IServiceScopeFactory scopes, TenantStore tenants)
{
    public async Task<AsyncServiceScope> CreateAsync(Guid? tenantId, CancellationToken ct = default)
    {
        var scope = scopes.CreateAsyncScope();
        if (tenantId is { } id && await tenants.FindByIdAsync(id, ct) is { } tenant)
        {
            scope.ServiceProvider.GetRequiredService<ITenantContext>().Use(tenant);
        }

        return scope;
    }

    /// <summary>A fresh scope for the tenant of the caller's scope: one unit of work per operation in a long-lived circuit.</summary>
    public Task<AsyncServiceScope> CreateForCurrentAsync(ITenantContext tenant, CancellationToken ct = default) =>
        CreateAsync(tenant.Current?.Id ?? throw new InvalidOperationException("No tenant is resolved for this scope."), ct);
}
