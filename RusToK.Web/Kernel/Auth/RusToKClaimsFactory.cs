using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using RusToK.Domain.Kernel.Security;
using RusToK.Infrastructure.Kernel.Identity;

namespace RusToK.Web.Kernel.Auth;

/// <summary>Adds the user's tenant (or platform-administrator mark) and display name to the sign-in cookie.</summary>
public sealed class RusToKClaimsFactory(UserManager<AppUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        foreach (var claim in ClaimsOf(user)) identity.AddClaim(claim);
        return identity;
    }

    public static IEnumerable<Claim> ClaimsOf(AppUser user)
    {
        if (user.TenantId is { } tenantId) yield return new Claim(RusToKClaims.Tenant, tenantId.ToString());
        else yield return new Claim(RusToKClaims.PlatformAdmin, "true");
        yield return new Claim("name", user.DisplayName);
    }
}
