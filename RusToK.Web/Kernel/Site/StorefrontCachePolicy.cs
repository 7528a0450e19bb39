using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.OutputCaching;
using RusToK.Components.Kernel.Theme;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Web.Kernel.Site;

/// <summary>
/// Output caching for anonymous storefront reads: one entry per tenant, address, language and theme, tagged
/// with the tenant so a content change evicts exactly that tenant's pages. Signed-in readers are never cached.
/// </summary>
public sealed class StorefrontCachePolicy(bool enabled) : IOutputCachePolicy
{
    public const string Name = RusToK.Components.Kernel.Storefront.StorefrontCache.Policy;

    public static string TagOf(Guid tenantId) => $"tenant:{tenantId:N}";

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var tenant = http.RequestServices.GetRequiredService<ITenantContext>().Current;
        var cacheable = enabled && tenant is not null && HttpMethods.IsGet(http.Request.Method) && http.User.Identity?.IsAuthenticated != true;
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromMinutes(5);
        if (tenant is null) return ValueTask.CompletedTask;
        if (cacheable) DropAntiforgeryCookie(http.Response);

        context.Tags.Add(TagOf(tenant.Id));
        context.CacheVaryByRules.VaryByHost = true;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["tenant"] = tenant.Id.ToString("N");
        context.CacheVaryByRules.VaryByValues["culture"] = http.Request.Cookies[CookieRequestCultureProvider.DefaultCookieName] ?? http.Request.Headers.AcceptLanguage.ToString();
        context.CacheVaryByRules.VaryByValues["dark"] = http.Request.Cookies[UiPreferences.DarkModeCookie] ?? "";
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    // Responses that set cookies are personal: never stored.
    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0) context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }

    // Blazor issues an antiforgery cookie with every server-rendered page, whether or not it has a form. Cached
    // storefront pages have none (their only form, sign-out, is for signed-in readers, who are never cached), so
    // that cookie is dropped just before the headers go out; any other cookie still keeps the response uncached.
    private static void DropAntiforgeryCookie(HttpResponse response) => response.OnStarting(() =>
    {
        var cookies = response.Headers.SetCookie;
        if (cookies.Count > 0 && cookies.All(c => c?.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal) == true))
        {
            response.Headers.Remove(Microsoft.Net.Http.Headers.HeaderNames.SetCookie);
        }

        return Task.CompletedTask;
    });
}
