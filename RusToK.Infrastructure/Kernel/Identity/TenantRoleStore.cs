using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using RusToK.Infrastructure.Kernel.Persistence;

namespace RusToK.Infrastructure.Kernel.Identity;

/// <summary>Identity's role store over the tenant-filtered context; new roles belong to the context's tenant.</summary>
public sealed class TenantRoleStore(AppDbContext context, IdentityErrorDescriber? describer = null)
    : RoleStore<AppRole, AppDbContext, Guid>(context, describer)
{
    public override Task<IdentityResult> CreateAsync(AppRole role, CancellationToken cancellationToken = default)
    {
        if (role.TenantId == Guid.Empty) role.TenantId = Context.TenantId ?? throw new InvalidOperationException("Roles belong to a tenant.");
        return base.CreateAsync(role, cancellationToken);
    }
}
