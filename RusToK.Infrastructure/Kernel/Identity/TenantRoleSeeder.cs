using Microsoft.AspNetCore.Identity;
using RusToK.Domain.Kernel.Modules;
using RusToK.Domain.Kernel.Persistence;
using RusToK.Domain.Kernel.Security;
using RusToK.Domain.Kernel.Tenancy;
using RusToK.Infrastructure.Kernel.Persistence;

namespace RusToK.Infrastructure.Kernel.Identity;

/// <summary>Adds Owner, Admin, Editor, Moderator and Customer with their default permissions to a new tenant.</summary>
public sealed class TenantRoleSeeder(ModuleCatalog catalog) : ITenantRoleSeeder
{
    public void AddDefaultRoles(IAppDbContext db, Guid tenantId)
    {
        var context = (AppDbContext)db;
        foreach (var name in BuiltInRoles.All)
        {
            var role = new AppRole { Name = name, NormalizedName = name.ToUpperInvariant(), TenantId = tenantId, IsBuiltIn = true };
            context.Roles.Add(role);
            foreach (var permission in BuiltInRoles.DefaultPermissions(name, catalog))
            {
                context.RoleClaims.Add(new IdentityRoleClaim<Guid> { RoleId = role.Id, ClaimType = AppRole.PermissionClaimType, ClaimValue = permission });
            }
        }
    }
}
