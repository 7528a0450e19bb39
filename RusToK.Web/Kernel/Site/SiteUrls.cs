namespace RusToK.Web.Kernel.Site;

/// <summary>Absolute addresses for feeds, sitemaps and canonical links: scheme, host and the tenant's path base.</summary>
public static class SiteUrls
{
    /// <summary>The site's base address, ending with a slash (for example <c>https://shop.example/t/demo/</c>).</summary>
    public static string BaseOf(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/";
}
