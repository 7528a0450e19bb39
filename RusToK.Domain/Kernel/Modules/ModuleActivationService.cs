using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Kernel.Persistence;
using RusToK.Domain.Kernel.Results;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Domain.Kernel.Modules;

/// <summary>Turns modules on and off for one tenant, respecting dependencies. Data of a disabled module stays.</summary>
public sealed class ModuleActivationService(IAppDbContextFactory dbFactory, ModuleCatalog catalog, ITenantCacheInvalidator cache)
{
    public async Task<OperationResult<IReadOnlyList<string>>> EnableAsync(Guid tenantId, string module, CancellationToken ct = default)
    {
        if (catalog.Find(module) is null) return OperationResult.NotFound<IReadOnlyList<string>>($"Module '{module}' is not offered by this installation.");
        await using var db = dbFactory.CreatePlatformContext();
        var tenant = await db.Tenants.FirstOrDefaultAsync(t => t.Id == tenantId, ct);
        if (tenant is null) return OperationResult.NotFound<IReadOnlyList<string>>("Tenant not found.");

        var enabled = catalog.WithDependencies(tenant.EnabledModules.Append(module));
        var added = enabled.Except(tenant.EnabledModules).Order(StringComparer.Ordinal).ToList();
        tenant.SetModules(enabled);
        await db.SaveChangesAsync(ct);
        cache.Invalidate(tenantId);
        return OperationResult.Success<IReadOnlyList<string>>(added);
    }

    public async Task<OperationResult> DisableAsync(Guid tenantId, string module, CancellationToken ct = default)
    {
        var descriptor = catalog.Find(module);
        if (descriptor is null) return OperationResult.NotFound($"Module '{module}' is not offered by this installation.");
        if (descriptor.IsKernel) return OperationResult.Invalid("module", $"'{descriptor.DisplayName}' is part of the platform kernel and cannot be disabled.");
        await using var db = dbFactory.CreatePlatformContext();
        var tenant = await db.Tenants.FirstOrDefaultAsync(t => t.Id == tenantId, ct);
        if (tenant is null) return OperationResult.NotFound("Tenant not found.");

        var dependents = catalog.Dependents(module, tenant.EnabledModules).Select(m => m.DisplayName).ToList();
        if (dependents.Count > 0)
        {
            return OperationResult.Conflict(
                $"'{descriptor.DisplayName}' cannot be disabled while {string.Join(", ", dependents)} depend on it. Disable those first.");
        }

        tenant.SetModules(tenant.EnabledModules.Where(m => m != module));
        await db.SaveChangesAsync(ct);
        cache.Invalidate(tenantId);
        return OperationResult.Success();
    }
}
