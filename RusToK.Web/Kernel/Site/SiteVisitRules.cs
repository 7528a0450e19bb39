namespace RusToK.Web.Kernel.Site;

/// <summary>What counts as a person reading a page: a successful HTML GET of the storefront, not a bot, not a prefetch.</summary>
public static class SiteVisitRules
{
    public const int MaxPathLength = 200;

    private static readonly string[] NotStorefront = ["/admin", "/api", "/graphql", "/account", "/_blazor", "/_framework", "/_content", "/health", "/openapi", "/openapi-ui"];

    // Crawlers and link previewers name themselves; a headless browser is a script, not a reader.
    private static readonly string[] Robots = ["bot", "crawl", "spider", "slurp", "preview", "headless", "curl", "wget", "python", "java/", "go-http", "okhttp", "facebookexternalhit", "wrk", "hey/"];

    public static bool IsPageRead(HttpContext http)
    {
        var request = http.Request;
        if (!HttpMethods.IsGet(request.Method) || http.Response.StatusCode != StatusCodes.Status200OK) return false;
        if (http.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) != true) return false;
        if (NotStorefront.Any(prefix => request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase))) return false;
        if (IsPrefetch(request)) return false;
        var agent = request.Headers.UserAgent.ToString();
        return agent.Length > 0 && !Robots.Any(robot => agent.Contains(robot, StringComparison.OrdinalIgnoreCase));
    }

    public static string PathOf(HttpRequest request)
    {
        var path = request.Path.HasValue ? request.Path.Value! : "/";
        if (path.Length > 1) path = path.TrimEnd('/');
        return path.Length > MaxPathLength ? path[..MaxPathLength] : path;
    }

    /// <summary>The other site a reader followed a link from, as "news.ycombinator.com"; null for typed addresses and the site's own links.</summary>
    public static string? ReferrerHost(HttpRequest request)
    {
        if (!Uri.TryCreate(request.Headers.Referer.ToString(), UriKind.Absolute, out var referrer) || referrer.Scheme is not ("http" or "https")) return null;
        var host = referrer.Host.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal)) host = host[4..];
        var own = request.Host.Host.ToLowerInvariant();
        if (own.StartsWith("www.", StringComparison.Ordinal)) own = own[4..];
        return host.Length == 0 || host == own || host.Length > 100 ? null : host;
    }

    private static bool IsPrefetch(HttpRequest request) =>
        request.Headers.TryGetValue("Sec-Purpose", out var purpose) && purpose.ToString().Contains("prefetch", StringComparison.OrdinalIgnoreCase)
        || request.Headers.TryGetValue("Purpose", out var legacy) && legacy.ToString().Contains("prefetch", StringComparison.OrdinalIgnoreCase);
}
