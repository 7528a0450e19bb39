using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using RusToK.Domain.Kernel.Security;
using RusToK.Domain.Kernel.Tenancy;
using RusToK.Web.Kernel.Tenancy;

namespace RusToK.Web.Kernel.Auth;

/// <summary>
/// Cookie events: a signed-out session's cookie is refused, a tenant's cookie is refused on another tenant, and
/// APIs answer 401/403 instead of redirecting.
/// </summary>
public static class CookieTenantValidation
{
    /// <summary>Gives each new sign-in its own session id, which signing out revokes.</summary>
    public static Task OnSigningIn(CookieSigningInContext context)
    {
        if (context.Principal?.Identity is ClaimsIdentity identity && SessionRevocations.SessionOf(context.Principal) is null)
            identity.AddClaim(new Claim(RusToKClaims.Session, SessionRevocations.NewSessionId()));
        return Task.CompletedTask;
    }

    /// <summary>The security-stamp check rebuilds the principal from the user: the session keeps its id.</summary>
    public static Task OnRefreshingPrincipal(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.CurrentPrincipal is { } current && SessionRevocations.SessionOf(current) is { } session && context.NewPrincipal?.Identity is ClaimsIdentity identity)
            identity.AddClaim(new Claim(RusToKClaims.Session, session));
        return Task.CompletedTask;
    }

    public static async Task OnValidatePrincipal(CookieValidatePrincipalContext context)
    {
        // A cookie without a session id predates revocable sessions and could never be ended: sign in again.
        var session = context.Principal is { } signedIn ? SessionRevocations.SessionOf(signedIn) : null;
        var revocations = context.HttpContext.RequestServices.GetRequiredService<SessionRevocations>();
        if (session is null || await revocations.IsRevokedAsync(session, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
        if (context.Principal is not { } principal || RusToKClaims.IsPlatformAdmin(principal)) return;
        var tenant = context.HttpContext.RequestServices.GetRequiredService<ITenantContext>().Current;
        if (tenant is null || RusToKClaims.TenantOf(principal) != tenant.Id) context.RejectPrincipal();
    }

    public static Task OnRedirectToLogin(RedirectContext<CookieAuthenticationOptions> context) =>
        ApiOrRedirect(context, StatusCodes.Status401Unauthorized);

    public static Task OnRedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context) =>
        ApiOrRedirect(context, StatusCodes.Status403Forbidden);

    private static Task ApiOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (TenantResolutionMiddleware.IsApiPath(context.Request.Path))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
