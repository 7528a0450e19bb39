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

    public override IReadOnlyList<StorefrontLink> StorefrontMenu { get; } = [new("Blog", "blog", 10)];

    public override IReadOnlyList<AdminMenuEntry> AdminMenu { get; } =
    [
        new("Posts", "admin/posts", "rss_feed", ContentPermissions.Edit, 11),
    ];
}
