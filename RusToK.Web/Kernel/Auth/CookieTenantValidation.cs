using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using RusToK.Domain.Kernel.Security;
using RusToK.Domain.Kernel.Tenancy;
using RusToK.Web.Kernel.Tenancy;

namespace RusToK.Web.Kernel.Auth;

/// <summary>Cookie events: a tenant's cookie is refused on another tenant, and APIs answer 401/403 instead of redirecting.</summary>
public static class CookieTenantValidation
{
    public static async Task OnValidatePrincipal(CookieValidatePrincipalContext context)
    {
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
