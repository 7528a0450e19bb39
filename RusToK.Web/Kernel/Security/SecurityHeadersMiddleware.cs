namespace RusToK.Web.Kernel.Security;

/// <summary>
/// Puts the browser-hardening headers on every response (pages, API, files, errors): CSP, nosniff, referrer
/// policy, and HSTS on HTTPS. Set as the response starts, so an error page re-rendered after a failure keeps them.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IWebHostEnvironment environment)
{
    private const string Hsts = "max-age=31536000";

    public Task InvokeAsync(HttpContext http)
    {
        // Chosen from the path as it arrived: the tenant prefix and the dashboard's branch move parts of it to PathBase later.
        var policy = ContentSecurityPolicies.For(http.Request.Path);
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = policy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            // Older browsers that ignore frame-ancestors.
            headers.XFrameOptions = "DENY";
            // Not in Development: HSTS on https://localhost would stick to the developer's browser for a year.
            if (http.Request.IsHttps && !environment.IsDevelopment()) headers.StrictTransportSecurity = Hsts;
            return Task.CompletedTask;
        });
        return next(http);
    }
}
