using RusToK.Domain.Capabilities.Tags;
using RusToK.Domain.Kernel.Paging;
using RusToK.Domain.Modules.Content;
using RusToK.Domain.Modules.Content.Categories;

namespace RusToK.Domain.Modules.Blog;

/// <summary>Reads the blog as readers see it: published posts only.</summary>
public sealed class BlogReader(ContentQueries content, CategoryService categories, TagService tags)
{
    public const int PostsPerPage = 10;

    public async Task<BlogListing> ListAsync(ContentFilter filter, int page, CancellationToken ct = default)
    {
        var posts = await content.PublishedAsync(filter with { Type = BlogModule.PostType }, new PageRequest(page, PostsPerPage), ct);
        var tree = await categories.TreeAsync(ct);
        var postTags = await tags.ForEntitiesAsync(ContentTypes.EntityType, posts.Items.Select(p => p.Id).ToList(), ct);
        return new BlogListing(posts, tree.ToDictionary(n => n.Category.Id, n => n.Category), postTags);
    }

    /// <summary>The post at <paramref name="slug"/>, preferring the reader's language when it exists in several.</summary>
    public async Task<BlogPost?> PostAsync(string slug, string? language, CancellationToken ct = default)
    {
        var item = await content.FindPublishedAsync(BlogModule.PostType, slug, language, ct)
            ?? await content.FindPublishedAsync(BlogModule.PostType, slug, null, ct);
        if (item is null) return null;
        var (previous, next) = await content.NeighboursAsync(item, ct);
        var category = item.CategoryId is { } id ? (await categories.TreeAsync(ct)).FirstOrDefault(n => n.Category.Id == id)?.Category : null;
        return new BlogPost(item, category, await tags.ForEntityAsync(new(ContentTypes.EntityType, item.Id), ct), previous, next);
    }

    public async Task<BlogSidebar> SidebarAsync(CancellationToken ct = default)
    {
        var tree = await categories.TreeAsync(ct);
        var popular = (await tags.ListAsync(null, new PageRequest(1, PageRequest.MaxPageSize), ct)).Items.Where(t => t.Count > 0).OrderByDescending(t => t.Count).Take(15).ToList();
        return new BlogSidebar(tree.Where(n => n.ItemCount > 0).ToList(), popular, await content.ArchiveMonthsAsync(BlogModule.PostType, ct));
    }
}
