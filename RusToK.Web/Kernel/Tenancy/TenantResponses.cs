using System.Net;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Web.Kernel.Tenancy;

/// <summary>What a visitor or program sees when the tenant is unknown or suspended: a plain page or ProblemDetails.</summary>
public static class TenantResponses
{
    public static Task UnknownAsync(HttpContext http) => WriteAsync(http, StatusCodes.Status404NotFound,
        "Unknown site", $"No site is configured for '{http.Request.Host.Host}{http.Request.PathBase}{http.Request.Path}'.");

    public static Task SuspendedAsync(HttpContext http, TenantInfo tenant)
    {
        http.Response.Headers.RetryAfter = "3600";
        return WriteAsync(http, StatusCodes.Status503ServiceUnavailable,
            "This site is temporarily unavailable", $"{tenant.Name} is suspended. Its data is safe; please come back later.");
    }

    private static async Task WriteAsync(HttpContext http, int status, string title, string detail)
    {
        http.Response.StatusCode = status;
        if (TenantResolutionMiddleware.IsApiPath(http.Request.Path) || http.Request.Headers.Accept.ToString().Contains("application/json", StringComparison.Ordinal))
        {
            await Results.Problem(title: title, detail: detail, statusCode: status).ExecuteAsync(http);
            return;
        }

        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync($$$"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{{WebUtility.HtmlEncode(title)}}}</title>
            <style>body{font-family:system-ui,sans-serif;display:grid;place-items:center;min-height:100vh;margin:0;background:#f7f7fa;color:#1f2330}
            main{max-width:520px;padding:2rem;text-align:center}h1{font-size:1.6rem}@media (prefers-color-scheme:dark){body{background:#14151a;color:#e6e6ea}}</style>
            </head><body><main><h1>{{{WebUtility.HtmlEncode(title)}}}</h1><p>{{{WebUtility.HtmlEncode(detail)}}}</p></main></body></html>
            """);
    }
}
