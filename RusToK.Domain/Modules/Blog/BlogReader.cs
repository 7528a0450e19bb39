using System.Globalization;
using System.Runtime.CompilerServices;
using RusToK.Domain.Capabilities.Tags;
using RusToK.Domain.Kernel.Identity;
using RusToK.Domain.Kernel.Paging;
using RusToK.Domain.Kernel.Site;
using RusToK.Domain.Kernel.Tenancy;
using RusToK.Domain.Modules.Content;
using RusToK.Domain.Modules.Content.Categories;
using RusToK.Domain.Modules.Content.Listings;

namespace RusToK.Domain.Modules.Blog;

/// <summary>
/// Reads the blog as readers see it: published posts only. A page reads its own posts; the categories and the side
/// column, the same for every page of the site, come from <see cref="ISiteReadCache"/>.
/// </summary>
public sealed class BlogReader(
    ContentQueries content, ListingReadModel listings, CategoryService categories, TagService tags, IProfileDirectory profiles, ISiteReadCache cache, ITenantContext tenant)
{
    public const int PostsPerPage = 10;

    /// <summary>
    /// A page of published posts with their tags, one version of each post: in the reader's language (the request's
    /// UI culture) where it has one. The listing and its total are kept in the read cache; on a miss the total comes
    /// from the listing counts when they cover the filter (all posts, one category, tag or month), else it is counted.
    /// </summary>
    public async Task<BlogListing> ListAsync(ContentFilter filter, int page, CancellationToken ct = default)
    {
        var published = filter with
        {
            Type = BlogModule.PostType,
            Status = ContentStatus.Published,
            ReaderLanguage = filter.ReaderLanguage ?? CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
        };
        return await Cached($"blog:list:{published}:{page}", async () =>
        {
            var total = await Cached($"blog:count:{published}", async () => new StrongBox<int>(await listings.CountAsync(published, ct) ?? await content.CountAsync(published, ct)));
            var posts = await content.ListAsync(published, new PageRequest(page, PostsPerPage), total.Value, ct);
            var postTags = await tags.ForEntitiesAsync(ContentTypes.EntityType, posts.Items.Select(p => p.Id).ToList(), ct);
            var authors = await profiles.FindManyAsync(posts.Items.Where(p => p.AuthorId is not null).Select(p => p.AuthorId!.Value).Distinct().ToList(), ct);
            return new BlogListing(posts, await CategoriesAsync(ct), postTags, authors);
        });
    }

    /// <summary>
    /// The post at <paramref name="slug"/>, preferring the reader's language when it exists in several. The post, its
    /// category, tags and neighbours come from the read cache, which forgets them on any change.
    /// </summary>
    public async Task<BlogPost?> PostAsync(string slug, string? language, CancellationToken ct = default)
    {
        // The row is shared by every reader of the post until it changes: nothing on the storefront writes to it.
        var item = await Cached($"blog:post:{language}:{slug}", async () =>
            await content.FindPublishedAsync(BlogModule.PostType, slug, language, ct) ?? await content.FindPublishedAsync(BlogModule.PostType, slug, null, ct));
        if (item is null) return null;
        var around = await Cached($"blog:post:{item.Id}:{item.ConcurrencyStamp}", async () =>
        {
            var (previous, next) = await content.NeighboursAsync(item, ct);
            var category = item.CategoryId is { } id ? await CategoryByIdAsync(id, ct) : null;
            return new PostSurroundings(category, await tags.ForEntityAsync(new(ContentTypes.EntityType, item.Id), ct), previous, next,
                await content.TranslationsAsync(item, publishedOnly: true, ct));
        });
        var author = item.AuthorId is { } authorId ? await AuthorAsync(authorId, ct) : null;
        return new BlogPost(item, around.Category, around.Tags, around.Previous, around.Next, around.Translations, author);
    }

    /// <summary>A writer's profile as bylines and the author page show it; cached until a profile or post changes.</summary>
    public async Task<PersonProfile?> AuthorAsync(Guid userId, CancellationToken ct = default)
    {
        var box = await Cached($"blog:author:{userId}", async () => new StrongBox<PersonProfile?>(await profiles.FindAsync(userId, ct)));
        return box.Value;
    }

    public async Task<Category?> CategoryAsync(string slug, CancellationToken ct = default) =>
        (await CategoriesAsync(ct)).Values.FirstOrDefault(c => c.Slug == slug) ?? await categories.FindBySlugAsync(slug, ct);

    // A category made after the names were cached is missing from them until the relayed event empties the cache (a
    // moment after its first post goes live): a miss reads the table rather than show the post without its category.
    private async Task<Category?> CategoryByIdAsync(Guid id, CancellationToken ct) =>
        (await CategoriesAsync(ct)).GetValueOrDefault(id) ?? (await categories.ListAsync(ct)).FirstOrDefault(c => c.Id == id);

    /// <summary>
    /// Categories, the most used tags and the months with posts, each with how many posts it holds (a post and its
    /// translations once). A cache miss reads the listing counts, kept by events, rather than grouping every post.
    /// </summary>
    public Task<BlogSidebar> SidebarAsync(CancellationToken ct = default) => Cached("blog:sidebar", async () =>
    {
        var totals = await listings.TotalsAsync(BlogModule.PostType, ct);
        var tree = CategoryService.Tree(await categories.ListAsync(ct), totals.Categories);
        return new BlogSidebar(tree.Where(n => n.ItemCount > 0).ToList(), totals.Tags.Take(15).ToList(), totals.Months);
    });

    private Task<IReadOnlyDictionary<Guid, Category>> CategoriesAsync(CancellationToken ct) =>
        Cached<IReadOnlyDictionary<Guid, Category>>("blog:categories", async () => (await categories.ListAsync(ct)).ToDictionary(c => c.Id));

    private Task<T> Cached<T>(string key, Func<Task<T>> load)
        where T : class? => cache.GetOrLoadAsync(tenant, key, load);
}
