using RusToK.Domain.Modules.Content;

namespace RusToK.Domain.Modules.Blog;

/// <summary>Posts as a content type: listed at <c>admin/posts</c>, read at their <see cref="BlogAddresses.PostPath"/>.</summary>
public sealed class PostContentType(ContentQueries queries) : IContentTypeDefinition
{
    public string Type => BlogModule.PostType;

    public string Module => BlogModule.ModuleName;

    public string DisplayName => "post";

    public string ListTitle => "Posts";

    public string AdminListPath => "admin/posts";

    public string AddressPrefix => "/blog/";

    public string? CategoryPath(string categorySlug) => $"blog/category/{categorySlug}";

    // Posts live under /blog/, which no other address shares.
    public string? RefusedAddress(string slug, Guid? parentId) => null;

    public async Task<string?> ReaderPathAsync(ContentItem item, CancellationToken ct = default) =>
        item.Status != ContentStatus.Published ? null
            : BlogAddresses.PostPath(item.Slug, item.Language, (await queries.TranslatedAsync([item], ct)).Contains(item.Id));
}
