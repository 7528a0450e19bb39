using System.Xml.Linq;
using RusToK.Domain.Kernel.Site;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Web.Kernel.Site;

/// <summary><c>/robots.txt</c> and <c>/sitemap.xml</c>, filled by the sitemap sources of the modules the tenant has on.</summary>
public static class SiteEndpoints
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static void MapSiteEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/robots.txt", (HttpRequest request) => Results.Text(
            $"User-agent: *\nAllow: /\nDisallow: /admin\nDisallow: /account\nDisallow: /api/\n\nSitemap: {SiteUrls.BaseOf(request)}sitemap.xml\n", "text/plain; charset=utf-8"))
            .ExcludeFromDescription().CacheOutput(StorefrontCachePolicy.Name);

        app.MapGet("/sitemap.xml", async (HttpRequest request, ITenantContext tenant, IEnumerable<ISitemapSource> sources, CancellationToken ct) =>
        {
            var baseUrl = SiteUrls.BaseOf(request);
            var urls = new List<XElement> { Url(baseUrl, null) };
            foreach (var source in sources.Where(s => tenant.Current?.HasModule(s.Module) == true))
            {
                urls.AddRange((await source.EntriesAsync(ct)).Select(e => Url(baseUrl + e.Path, e.LastModified)));
            }

            var document = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Sitemap + "urlset", urls));
            return Results.Text(document.Declaration + "\n" + document.Root, "application/xml; charset=utf-8");
        }).ExcludeFromDescription().CacheOutput(StorefrontCachePolicy.Name);
    }

    private static XElement Url(string location, DateTime? lastModified) => new(Sitemap + "url",
        new XElement(Sitemap + "loc", location),
        lastModified is { } date ? new XElement(Sitemap + "lastmod", date.ToString("yyyy-MM-dd")) : null);
}
