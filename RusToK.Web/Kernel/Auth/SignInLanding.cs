using Microsoft.AspNetCore.Identity;
using RusToK.Domain.Kernel.Security;
using RusToK.Infrastructure.Kernel.Identity;

namespace RusToK.Web.Kernel.Auth;

/// <summary>
/// Where a person lands after signing in: the page they came from when there is one, else the admin for whoever may
/// open it (an editor comes to work, not to read), else the site's home page.
/// </summary>
public sealed class SignInLanding(SignInManager<AppUser> signIn, IPermissionChecker permissions)
{
    public const string AdminHome = "admin";

    public async Task<string> ResolveAsync(AppUser user, string? returnUrl)
    {
        if (LocalReturnUrl.IsGiven(returnUrl)) return LocalReturnUrl.Resolve(returnUrl);
        // The request still carries the anonymous principal: ask about the one the cookie was just issued for.
        var principal = await signIn.CreateUserPrincipalAsync(user);
        return await permissions.HasAsync(principal, KernelPermissions.AdminAccess) ? AdminHome : LocalReturnUrl.Resolve(null);
    }
}
