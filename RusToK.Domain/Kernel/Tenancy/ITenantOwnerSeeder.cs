using RusToK.Domain.Kernel.Persistence;
using RusToK.Domain.Kernel.Results;

namespace RusToK.Domain.Kernel.Tenancy;

/// <summary>
/// Adds a new tenant's owner to the same unit of work as the tenant and its roles, so the site and its owner are saved
/// together or not at all; the invitation e-mail goes out once both are.
/// </summary>
public interface ITenantOwnerSeeder
{
    /// <summary>Checks the owner as an account would be checked (address, name, the password rules) before anything is written.</summary>
    Task CheckAsync(TenantOwner owner, Validator validator, CancellationToken ct = default);

    /// <summary>Adds the account holding the tenant's Owner role (added by <see cref="ITenantRoleSeeder"/> just before).</summary>
    void AddOwner(IAppDbContext db, Guid tenantId, TenantOwner owner);

    /// <summary>E-mails an owner without a password the link to choose one, under the site's own address.</summary>
    Task InviteAsync(Guid tenantId, TenantOwner owner, string siteAddress, CancellationToken ct = default);
}
