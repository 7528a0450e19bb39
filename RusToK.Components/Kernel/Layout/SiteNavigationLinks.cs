using RusToK.Domain.Kernel.Site;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Components.Kernel.Layout;

/// <summary>Reads a menu from whichever enabled module builds the site's navigation.</summary>
public static class SiteNavigationLinks
{
    public static async Task<IReadOnlyList<SiteLink>> ForAsync(string location, ITenantContext tenant, IEnumerable<ISiteNavigation> sources)
    {
        foreach (var source in sources.Where(s => tenant.Current?.HasModule(s.Module) == true))
        {
            if (await source.LinksAsync(location, CancellationToken.None) is { Count: > 0 } links) return links;
        }

        return [];
    }

    /// <summary>"/about" becomes "about" so it resolves against the page's base (the tenant's path base); absolute links stay.</summary>
    public static string Href(string url) => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? url.TrimStart('/') is { Length: > 0 } path ? path : "./" : url;
}
