using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using RusToK.Infrastructure.Kernel.Persistence;

namespace RusToK.Infrastructure.Kernel.Identity;

/// <summary>
/// Identity's user store over the tenant-filtered context. Lookups by id also find platform administrators,
/// who carry no tenant but may work in any; lookups by name or e-mail stay inside the tenant.
/// </summary>
public sealed class TenantUserStore(AppDbContext context, IdentityErrorDescriber? describer = null)
    : UserStore<AppUser, AppRole, AppDbContext, Guid>(context, describer)
{
    public override Task<AppUser?> FindByIdAsync(string userId, CancellationToken cancellationToken = default)
    {
        if (!Guid.TryParse(userId, out var id)) return Task.FromResult<AppUser?>(null);
        return Users.IgnoreQueryFilters()
            .FirstOrDefaultAsync(u => u.Id == id && (u.TenantId == Context.TenantId || u.TenantId == null), cancellationToken);
    }

    /// <summary>A platform administrator by e-mail, for signing in on any tenant's site.</summary>
    public Task<AppUser?> FindPlatformAdminByEmailAsync(string normalizedEmail, CancellationToken ct) =>
        Users.IgnoreQueryFilters().FirstOrDefaultAsync(u => u.TenantId == null && u.NormalizedEmail == normalizedEmail, ct);

    public override Task<IdentityResult> CreateAsync(AppUser user, CancellationToken cancellationToken = default)
    {
        // A user created within a tenant belongs to it; platform administrators are created by the platform context.
        user.TenantId ??= Context.TenantId;
        return base.CreateAsync(user, cancellationToken);
    }
}
