using Microsoft.AspNetCore.Authentication.JwtBearer;
using RusToK.Domain.Kernel.Security;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Web.Kernel.Auth;

/// <summary>A token works only on its own tenant's URLs (or any tenant for a platform administrator).</summary>
public static class JwtTenantValidation
{
    public static Task OnTokenValidated(TokenValidatedContext context)
    {
        var principal = context.Principal!;
        if (RusToKClaims.IsPlatformAdmin(principal)) return Task.CompletedTask;
        var tenant = context.HttpContext.RequestServices.GetRequiredService<ITenantContext>().Current;
        if (tenant is null || RusToKClaims.TenantOf(principal) != tenant.Id) context.Fail("The token belongs to another tenant.");
        return Task.CompletedTask;
    }
}
