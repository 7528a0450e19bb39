using RusToK.Domain.Kernel.Persistence;

namespace RusToK.Domain.Kernel.Tenancy;

/// <summary>Adds a new tenant's built-in roles to the same unit of work as the tenant, so both are saved or neither.</summary>
public interface ITenantRoleSeeder
{
    void AddDefaultRoles(IAppDbContext db, Guid tenantId);
}
