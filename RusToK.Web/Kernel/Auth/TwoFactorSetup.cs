using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using RusToK.Domain.Kernel.Security;
using RusToK.Domain.Kernel.Tenancy;
using RusToK.Infrastructure.Kernel.Identity;

namespace RusToK.Web.Kernel.Auth;

/// <summary>Authenticator-app (TOTP) set-up for a signed-in user; used by the API and the account page alike.</summary>
public sealed class TwoFactorSetup(UserManager<AppUser> users, ITenantContext tenant)
{
    public async Task<AppUser?> UserAsync(ClaimsPrincipal principal) =>
        RusToKClaims.UserId(principal) is { } id ? await users.FindByIdAsync(id.ToString()) : null;

    /// <summary>A fresh key (replacing any earlier one) and the otpauth:// URI an authenticator app scans.</summary>
    public async Task<TwoFactorEndpoints.SetupDto> BeginAsync(AppUser user)
    {
        await users.ResetAuthenticatorKeyAsync(user);
        var key = (await users.GetAuthenticatorKeyAsync(user))!;
        var issuer = Uri.EscapeDataString(tenant.Current?.Name ?? "RusToK");
        var uri = $"otpauth://totp/{issuer}:{Uri.EscapeDataString(user.Email ?? "")}?secret={key}&issuer={issuer}&digits=6";
        return new TwoFactorEndpoints.SetupDto(key, uri);
    }

    /// <summary>Enables two-factor sign-in when the code matches; returns recovery codes, or null for a wrong code.</summary>
    public async Task<IReadOnlyList<string>?> EnableAsync(AppUser user, string code)
    {
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, NormalizeCode(code))) return null;
        await users.SetTwoFactorEnabledAsync(user, true);
        return (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 8))?.ToList() ?? [];
    }

    /// <summary>Apps show codes as "123 456" and people type "123-456": both mean 123456.</summary>
    public static string NormalizeCode(string code) => code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);

    public async Task DisableAsync(AppUser user)
    {
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
    }

    /// <summary>Checks a code from the authenticator app, or spends a recovery code.</summary>
    public async Task<bool> VerifyAsync(AppUser user, string code)
    {
        if (await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, NormalizeCode(code))) return true;
        return (await users.RedeemTwoFactorRecoveryCodeAsync(user, code.Trim())).Succeeded;
    }
}
