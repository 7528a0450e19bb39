using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Capabilities.Tags;
using RusToK.Domain.Kernel.Persistence;
using RusToK.Domain.Kernel.Site;
using RusToK.Domain.Modules.Content;

namespace RusToK.Domain.Modules.Blog;

/// <summary>
/// The blog's addresses in the sitemap: the index, every published post (each language version of a translated post at
/// its own address), and categories and tags that have posts.
/// </summary>
public sealed class BlogSitemapSource(IAppDbContextFactory dbFactory) : ISitemapSource
{
    public string Module => BlogModule.ModuleName;

    public async Task<IReadOnlyList<SitemapEntry>> EntriesAsync(CancellationToken ct)
    {
        await using var db = dbFactory.CreateContext();
        var posts = db.ContentItems.AsNoTracking().Where(i => i.Type == BlogModule.PostType && i.Status == ContentStatus.Published);
        var versions = await posts.OrderByDescending(i => i.PublishedAt).Select(i => new
        {
            i.Slug,
            i.Language,
            i.UpdatedAt,
            Translated = posts.Any(t => t.Slug == i.Slug && t.Language != i.Language),
        }).ToListAsync(ct);
        var entries = versions.Select(v => new SitemapEntry(BlogAddresses.PostPath(v.Slug, v.Language, v.Translated), v.UpdatedAt)).ToList();
        var categories = await db.Categories.AsNoTracking().Where(c => posts.Any(p => p.CategoryId == c.Id)).Select(c => new SitemapEntry("blog/category/" + c.Slug, null)).ToListAsync(ct);
        var tags = await db.Tags.AsNoTracking()
            .Where(t => db.Set<TagAssignment>().Any(a => a.TagId == t.Id && a.EntityType == ContentTypes.EntityType && posts.Any(p => p.Id == a.EntityId)))
            .Select(t => new SitemapEntry("blog/tag/" + t.Slug, null)).ToListAsync(ct);
        return [new SitemapEntry("blog", entries.FirstOrDefault()?.LastModified), .. entries, .. categories, .. tags];
    }
}
