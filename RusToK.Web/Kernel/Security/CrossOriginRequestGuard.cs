using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace RusToK.Web.Kernel.Security;

/// <summary>
/// Refuses a state-changing request that rides on the sign-in cookie but comes from a page of another origin
/// (a cross-site form or <c>text/plain</c> fetch), for every endpoint: REST, GraphQL, account forms, the circuit.
/// Bearer-token calls carry no ambient credential and pass untouched.
/// </summary>
public sealed class CrossOriginRequestGuard(RequestDelegate next, IOptionsMonitor<CookieAuthenticationOptions> cookies)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if (IsSafe(http.Request.Method) || IsBearer(http.Request) || !CarriesSessionCookie(http.Request) || ComesFromOwnOrigin(http.Request))
        {
            await next(http);
            return;
        }

        await TypedResults.Problem(
            "A signed-in request that changes something must come from this site's own pages (its Origin or Referer did not match).",
            statusCode: StatusCodes.Status403Forbidden,
            title: "Cross-origin request refused").ExecuteAsync(http);
    }

    private static bool IsSafe(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);

    private static bool IsBearer(HttpRequest request) => request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    // The cookies a browser adds by itself that make the request count as someone's: the session, and the
    // half-finished sign-in waiting for its second factor. Read from the options so a renamed cookie stays covered.
    private bool CarriesSessionCookie(HttpRequest request) =>
        request.Cookies.ContainsKey(cookies.Get(IdentityConstants.ApplicationScheme).Cookie.Name!)
        || request.Cookies.ContainsKey(cookies.Get(IdentityConstants.TwoFactorUserIdScheme).Cookie.Name!);

    // Browsers send Origin on every cross-origin POST; Referer stands in where an old one sends none. A request
    // with neither did not come from a web page (a script with a copied cookie is not forgery) and passes.
    private static bool ComesFromOwnOrigin(HttpRequest request)
    {
        var source = request.Headers.Origin.ToString();
        if (string.IsNullOrEmpty(source)) source = request.Headers.Referer.ToString();
        if (string.IsNullOrEmpty(source)) return true;
        if (!Uri.TryCreate(source, UriKind.Absolute, out var uri)) return false;
        var ownPort = request.Host.Port ?? (request.IsHttps ? 443 : 80);
        return string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
               && string.Equals(uri.Host, request.Host.Host, StringComparison.OrdinalIgnoreCase)
               && uri.Port == ownPort;
    }
}
