using RusToK.Domain.Kernel.Tenancy;
using RusToK.Infrastructure.Kernel.Tenancy;

namespace RusToK.Web.Kernel.Tenancy;

/// <summary>
/// Finds the tenant of a request: by a <c>/t/{slug}</c> path prefix (which becomes the path base, so every
/// relative link stays inside the tenant), else by host name. The <c>X-Tenant</c> header of API calls is checked
/// against the token later, in <see cref="Auth.JwtTenantValidation"/>.
/// </summary>
public sealed class TenantResolutionMiddleware(RequestDelegate next, TenantStore tenants)
{
    public const string TenantHeader = "X-Tenant";

    public async Task InvokeAsync(HttpContext http, ITenantContext tenantContext)
    {
        var tenant = await ResolveAsync(http);
        if (tenant is null)
        {
            if (IsPlatformPath(http.Request.Path))
            {
                await next(http);
                return;
            }

            await TenantResponses.UnknownAsync(http);
            return;
        }

        tenantContext.Use(tenant);
        if (!tenant.IsActive && !IsPlatformPath(http.Request.Path))
        {
            await TenantResponses.SuspendedAsync(http, tenant);
            return;
        }

        await next(http);
    }

    private async Task<TenantInfo?> ResolveAsync(HttpContext http)
    {
        var path = http.Request.Path;
        if (path.StartsWithSegments("/t", out var afterT) && afterT.HasValue)
        {
            var slug = afterT.Value!.TrimStart('/').Split('/')[0];
            var bySlug = await tenants.FindBySlugAsync(slug, http.RequestAborted);
            if (bySlug is null) return null;
            var prefix = "/t/" + slug;
            http.Request.PathBase = http.Request.PathBase.Add(prefix);
            http.Request.Path = path.Value!.Length > prefix.Length ? new PathString(path.Value[prefix.Length..]) : "/";
            return bySlug;
        }

        if (IsApiPath(path) && http.Request.Headers.TryGetValue(TenantHeader, out var header) && !string.IsNullOrWhiteSpace(header))
        {
            return await tenants.FindBySlugAsync(header.ToString(), http.RequestAborted);
        }

        return await tenants.FindByHostAsync(http.Request.Host.Host, http.RequestAborted);
    }

    public static bool IsApiPath(PathString path) => path.StartsWithSegments("/api") || path.StartsWithSegments("/graphql");

    // Health probes, static assets, the platform's job dashboard and the token endpoint work without a tenant in the URL.
    private static bool IsPlatformPath(PathString path) =>
        path.StartsWithSegments("/health") || path.StartsWithSegments("/_content") || path.StartsWithSegments("/_framework")
        || path.StartsWithSegments("/openapi") || path.StartsWithSegments("/openapi-ui") || path.StartsWithSegments("/api/v1/auth")
        || path.StartsWithSegments("/admin/jobs") || path.StartsWithSegments("/favicon.ico");
}
