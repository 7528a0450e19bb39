using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RusToK.Domain.Kernel.Persistence;
using RusToK.Domain.Kernel.Results;
using RusToK.Domain.Kernel.Security;
using RusToK.Domain.Kernel.Tenancy;
using RusToK.Infrastructure.Kernel.Persistence;
using RusToK.Infrastructure.Kernel.Tenancy;

namespace RusToK.Infrastructure.Kernel.Identity;

/// <summary>
/// A new tenant's owner, written by hand into the tenant's unit of work: Identity's user manager saves on its own,
/// which would leave a site without its owner (or an owner without a site) when either part failed.
/// The manager still supplies the rules, the normaliser and the password hasher, so the account is one it would make.
/// </summary>
public sealed class TenantOwnerSeeder(UserManager<AppUser> users, TenantScopeFactory scopes, InvitationMail invitations) : ITenantOwnerSeeder
{
    public async Task CheckAsync(TenantOwner owner, Validator validator, CancellationToken ct = default)
    {
        validator
            .Required("owner.email", owner.Email, "E-mail")
            .MaxLength("owner.email", owner.Email, 256, "E-mail")
            .Required("owner.displayName", owner.DisplayName, "Owner's name")
            .MaxLength("owner.displayName", owner.DisplayName, 100, "Owner's name");
        if (!string.IsNullOrWhiteSpace(owner.Email) && !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(owner.Email.Trim()))
        {
            validator.Add("owner.email", $"'{owner.Email.Trim()}' is not an e-mail address.");
        }

        if (owner.Password is null) return;
        foreach (var rule in users.PasswordValidators)
        {
            var checkedPassword = await rule.ValidateAsync(users, new AppUser(), owner.Password);
            foreach (var error in checkedPassword.Errors) validator.Add("owner.password", error.Description);
        }
    }

    public void AddOwner(IAppDbContext db, Guid tenantId, TenantOwner owner)
    {
        var context = (AppDbContext)db;
        var role = context.Roles.Local.Single(r => r.TenantId == tenantId && r.Name == BuiltInRoles.Owner);
        var address = owner.Email.Trim();
        var user = new AppUser
        {
            TenantId = tenantId,
            UserName = address,
            NormalizedUserName = users.NormalizeName(address),
            Email = address,
            NormalizedEmail = users.NormalizeEmail(address),
            DisplayName = owner.DisplayName.Trim(),
            // A password chosen by the platform administrator vouches for the address; an invitation confirms it by its link.
            EmailConfirmed = owner.Password is not null,
            SecurityStamp = Guid.NewGuid().ToString("N"),
        };
        if (owner.Password is not null) user.PasswordHash = users.PasswordHasher.HashPassword(user, owner.Password);
        context.Users.Add(user);
        context.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = role.Id });
    }

    public async Task InviteAsync(Guid tenantId, TenantOwner owner, string siteAddress, CancellationToken ct = default)
    {
        await using var scope = await scopes.CreateAsync(tenantId, ct);
        var tenantUsers = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var normalized = tenantUsers.NormalizeEmail(owner.Email.Trim());
        var user = await tenantUsers.Users.FirstAsync(u => u.NormalizedEmail == normalized, ct);
        var site = scope.ServiceProvider.GetRequiredService<ITenantContext>().Current!.Name;
        await invitations.SendAsync(tenantUsers, user, site, siteAddress, ct);
    }
}
