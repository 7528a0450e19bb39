using RusToK.Domain.Kernel.Modules;
using RusToK.Domain.Modules.Content;

namespace RusToK.Domain.Modules.Blog;

/// <summary>
/// A blog on top of Content: posts are content items of type <see cref="PostType"/>, read on the
/// storefront with archives, feeds (RSS and Atom), SEO metadata and sharing links.
/// </summary>
public sealed class BlogModule : ModuleDescriptor
{
    public const string ModuleName = "blog";

    public const string PostType = "post";

    public override string Name => ModuleName;

    public override string DisplayName => "Blog";

    public override string Version => "1.0.0";

    public override string Description => "Posts with archives, categories, tags, authors, RSS and Atom feeds, and SEO metadata.";

    public override IReadOnlyList<string> DependsOn { get; } = [ContentModule.ModuleName];

    // Named by their ids: a template may list modules this one does not depend on, and is offered only where all exist.
    public override IReadOnlyList<SiteTemplate> SiteTemplates { get; } =
    [
        new("blog", "Blog", "Posts with categories, tags and feeds, an about page and a media library.", [ModuleName, "pages", "tags", "media"], 10),
    ];

    public override IReadOnlyList<StorefrontLink> StorefrontMenu { get; } = [new("Blog", "blog", 10)];

    public override IReadOnlyList<AdminMenuEntry> AdminMenu { get; } =
    [
        new("Posts", "admin/posts", "rss_feed", ContentPermissions.Edit, 11),
    ];
}
