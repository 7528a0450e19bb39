using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RusToK.Domain.Kernel.Identity;
using RusToK.Domain.Kernel.Modules;
using RusToK.Domain.Kernel.Results;
using RusToK.Domain.Kernel.Security;
using RusToK.Domain.Kernel.Tenancy;
using RusToK.Infrastructure.Kernel.Persistence;
using RusToK.Infrastructure.Kernel.Tenancy;

namespace RusToK.Infrastructure.Kernel.Identity;

/// <summary>Roles of the current tenant and their permission claims.</summary>
public sealed class RoleDirectory(ITenantContext tenant, TenantScopeFactory scopes, ModuleCatalog catalog, PermissionCache permissions) : IRoleDirectory
{
    public async Task<IReadOnlyList<RoleSummary>> ListAsync(CancellationToken ct = default)
    {
        await using var scope = await OpenAsync(ct);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var roles = await db.Roles.AsNoTracking().OrderBy(r => r.Name).ToListAsync(ct);
        var ids = roles.Select(r => r.Id).ToList();
        var claims = await db.RoleClaims.AsNoTracking().Where(c => ids.Contains(c.RoleId) && c.ClaimType == AppRole.PermissionClaimType).ToListAsync(ct);
        var counts = await db.UserRoles.Where(ur => ids.Contains(ur.RoleId)).GroupBy(ur => ur.RoleId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var order = BuiltInRoles.All.ToList();
        return roles
            .OrderBy(r => order.IndexOf(r.Name!) is var i && i < 0 ? int.MaxValue : i).ThenBy(r => r.Name)
            .Select(r => new RoleSummary(r.Id, r.Name!, r.IsBuiltIn, claims.Where(c => c.RoleId == r.Id).Select(c => c.ClaimValue!).Order().ToList(), counts.GetValueOrDefault(r.Id)))
            .ToList();
    }

    public async Task<OperationResult<RoleSummary>> CreateAsync(string name, IReadOnlyList<string> rolePermissions, CancellationToken ct = default)
    {
        var v = new Validator().Required("name", name, "Name").MaxLength("name", name, 64, "Name");
        ValidatePermissions(v, rolePermissions);
        if (!v.IsValid) return v.ToFailure<RoleSummary>();
        await using var scope = await OpenAsync(ct);
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<AppRole>>();
        if (await roles.RoleExistsAsync(name.Trim())) return OperationResult.Invalid<RoleSummary>("name", $"A role named '{name.Trim()}' already exists.");

        var role = new AppRole { Name = name.Trim() };
        var created = await roles.CreateAsync(role);
        if (!created.Succeeded) return IdentityFailure.ToResult<RoleSummary>(created);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.RoleClaims.AddRange(rolePermissions.Distinct().Select(p => new IdentityRoleClaim<Guid> { RoleId = role.Id, ClaimType = AppRole.PermissionClaimType, ClaimValue = p }));
        await db.SaveChangesAsync(ct);
        return OperationResult.Success(new RoleSummary(role.Id, role.Name, false, rolePermissions.Distinct().Order().ToList(), 0));
    }

    public async Task<OperationResult> SetPermissionsAsync(Guid roleId, IReadOnlyList<string> rolePermissions, CancellationToken ct = default)
    {
        var v = new Validator();
        ValidatePermissions(v, rolePermissions);
        if (!v.IsValid) return v.ToResult();
        await using var scope = await OpenAsync(ct);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var role = await db.Roles.FirstOrDefaultAsync(r => r.Id == roleId, ct);
        if (role is null) return OperationResult.NotFound("Role not found.");
        if (role.Name == BuiltInRoles.Owner) return OperationResult.Invalid("permissions", "The Owner role always holds every permission.");

        var existing = await db.RoleClaims.Where(c => c.RoleId == roleId && c.ClaimType == AppRole.PermissionClaimType).ToListAsync(ct);
        db.RoleClaims.RemoveRange(existing.Where(c => !rolePermissions.Contains(c.ClaimValue!)));
        db.RoleClaims.AddRange(rolePermissions.Distinct().Where(p => existing.All(c => c.ClaimValue != p))
            .Select(p => new IdentityRoleClaim<Guid> { RoleId = roleId, ClaimType = AppRole.PermissionClaimType, ClaimValue = p }));
        await db.SaveChangesAsync(ct);
        permissions.Clear();
        return OperationResult.Success();
    }

    public async Task<OperationResult> DeleteAsync(Guid roleId, CancellationToken ct = default)
    {
        await using var scope = await OpenAsync(ct);
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<AppRole>>();
        var role = await roles.Roles.FirstOrDefaultAsync(r => r.Id == roleId, ct);
        if (role is null) return OperationResult.NotFound("Role not found.");
        if (role.IsBuiltIn) return OperationResult.Conflict($"'{role.Name}' is a built-in role and cannot be deleted.");
        var result = await roles.DeleteAsync(role);
        permissions.Clear();
        return result.Succeeded ? OperationResult.Success() : IdentityFailure.ToResult(result);
    }

    private void ValidatePermissions(Validator v, IReadOnlyList<string> rolePermissions)
    {
        foreach (var p in rolePermissions.Where(p => catalog.OwnerOf(p) is null || p.StartsWith("platform.", StringComparison.Ordinal)))
        {
            v.Add("permissions", $"'{p}' is not a permission a tenant role can hold.");
        }
    }

    private Task<AsyncServiceScope> OpenAsync(CancellationToken ct) => scopes.CreateForCurrentAsync(tenant, ct);
}
