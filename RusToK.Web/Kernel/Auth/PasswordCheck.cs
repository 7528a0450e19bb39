using Microsoft.AspNetCore.Identity;
using RusToK.Infrastructure.Kernel.Identity;

namespace RusToK.Web.Kernel.Auth;

/// <summary>
/// One password check for the sign-in page and the token endpoint: a user of the current tenant, else a platform
/// administrator with that e-mail. Failed attempts count towards lockout.
/// </summary>
public sealed class PasswordCheck(UserManager<AppUser> users, SignInManager<AppUser> signIn, TenantUserStore store)
{
    public async Task<(SignInResult Result, AppUser? User)> CheckAsync(string email, string password, CancellationToken ct = default)
    {
        var user = await users.FindByEmailAsync(email.Trim())
            ?? await store.FindPlatformAdminByEmailAsync(users.NormalizeEmail(email.Trim()), ct);
        if (user is null) return (SignInResult.Failed, null);
        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        return (result, user);
    }
}
