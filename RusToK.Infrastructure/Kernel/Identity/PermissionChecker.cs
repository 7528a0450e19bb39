using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Kernel.Modules;
using RusToK.Domain.Kernel.Security;
using RusToK.Domain.Kernel.Tenancy;
using RusToK.Infrastructure.Kernel.Persistence;

namespace RusToK.Infrastructure.Kernel.Identity;

/// <summary>
/// Grants a permission when the user belongs to the current tenant (or is a platform administrator), one of
/// their roles holds it, and the module that declares it is enabled for the tenant.
/// </summary>
public sealed class PermissionChecker(ITenantContext tenant, ModuleCatalog catalog, AppDbContextFactory dbFactory, PermissionCache cache) : IPermissionChecker
{
    public async Task<bool> HasAsync(ClaimsPrincipal user, string permission, CancellationToken cancellationToken = default) =>
        (await GrantedAsync(user, cancellationToken)).Contains(permission);

    public async Task<IReadOnlySet<string>> GrantedAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (user.Identity?.IsAuthenticated != true || RusToKClaims.UserId(user) is not { } userId)
        {
            return Empty;
        }

        if (RusToKClaims.IsPlatformAdmin(user))
        {
            return catalog.AllPermissions.Select(p => p.Name).Where(IsModuleOn).ToHashSet(StringComparer.Ordinal);
        }

        if (tenant.Current is not { } current || RusToKClaims.TenantOf(user) != current.Id)
        {
            return Empty;
        }

        var held = await cache.GetOrLoadAsync((userId, current.Id), () => LoadAsync(userId, current.Id, cancellationToken));
        return held.Where(p => IsModuleOn(p) && !p.StartsWith("platform.", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
    }

    private static readonly IReadOnlySet<string> Empty = new HashSet<string>();

    private bool IsModuleOn(string permission)
    {
        var owner = catalog.OwnerOf(permission);
        if (owner is null) return false;
        if (owner.IsKernel) return true;
        return tenant.Current?.HasModule(owner.Name) == true;
    }

    private async Task<IReadOnlyList<string>> LoadAsync(Guid userId, Guid tenantId, CancellationToken ct)
    {
        await using var db = dbFactory.CreateFor(tenantId);
        var isOwner = await (from ur in db.UserRoles
                             join r in db.Roles on ur.RoleId equals r.Id
                             where ur.UserId == userId && r.Name == BuiltInRoles.Owner
                             select r.Id).AnyAsync(ct);
        if (isOwner) return catalog.AllPermissions.Select(p => p.Name).ToList();

        return await (from ur in db.UserRoles
                      join r in db.Roles on ur.RoleId equals r.Id
                      join rc in db.RoleClaims on r.Id equals rc.RoleId
                      where ur.UserId == userId && rc.ClaimType == AppRole.PermissionClaimType
                      select rc.ClaimValue!).Distinct().ToListAsync(ct);
    }
}
