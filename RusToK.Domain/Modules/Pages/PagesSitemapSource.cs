using RusToK.Domain.Kernel.Site;

namespace RusToK.Domain.Modules.Pages;

/// <summary>Every published page in the sitemap (the home page is the site's root, already listed).</summary>
public sealed class PagesSitemapSource(PageService pages) : ISitemapSource
{
    public string Module => PagesModule.ModuleName;

    public async Task<IReadOnlyList<SitemapEntry>> EntriesAsync(CancellationToken ct) =>
        (await pages.TreeAsync(publishedOnly: true, ct)).Where(n => !n.IsHome).DistinctBy(n => n.Path).Select(n => new SitemapEntry(n.Path, n.Page.UpdatedAt)).ToList();
}
