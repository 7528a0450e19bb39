using Microsoft.AspNetCore.Identity;
using RusToK.Infrastructure.Kernel.Identity;

namespace RusToK.Web.Kernel.Auth;

/// <summary>
/// One password check for the sign-in page and the token endpoint: a user of the current tenant, else a platform
/// administrator with that e-mail. Failed attempts count towards lockout.
/// </summary>
public sealed class PasswordCheck(UserManager<AppUser> users, SignInManager<AppUser> signIn, TenantUserStore store)
{
    /// <summary>The account that signs in with this e-mail here: the tenant's user, else a platform administrator.</summary>
    public async Task<AppUser?> FindAsync(string email, CancellationToken ct = default) =>
        await users.FindByEmailAsync(email.Trim()) ?? await store.FindPlatformAdminByEmailAsync(users.NormalizeEmail(email.Trim()), ct);

    public async Task<(SignInResult Result, AppUser? User)> CheckAsync(string email, string password, CancellationToken ct = default)
    {
        var user = await FindAsync(email, ct);
        if (user is null) return (SignInResult.Failed, null);
        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        return (result, user);
    }
}
