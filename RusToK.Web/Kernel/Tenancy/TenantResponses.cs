using RusToK.Domain.Kernel.Tenancy;
using RusToK.Web.Kernel.Hosting;

namespace RusToK.Web.Kernel.Tenancy;

/// <summary>What a visitor or program sees when the tenant is unknown or suspended: a plain page or ProblemDetails.</summary>
public static class TenantResponses
{
    public static Task UnknownAsync(HttpContext http) => PlainStatusPage.WriteAsync(http, StatusCodes.Status404NotFound,
        "Unknown site", "No site is configured for '{0}'.", $"{http.Request.Host.Host}{http.Request.PathBase}{http.Request.Path}");

    public static Task SuspendedAsync(HttpContext http, TenantInfo tenant)
    {
        RetryAfter.Set(http.Response, TimeSpan.FromHours(1));
        return PlainStatusPage.WriteAsync(http, StatusCodes.Status503ServiceUnavailable,
            "This site is temporarily unavailable", "{0} is suspended. Its data is safe; please come back later.", tenant.Name);
    }
}
