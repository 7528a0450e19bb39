using RusToK.Domain.Kernel.Modules;

namespace RusToK.Domain.Modules.Content;

/// <summary>The universal CMS: typed, localized content items with a lifecycle, revisions and categories. Blog and Pages wrap it.</summary>
public sealed class ContentModule : ModuleDescriptor
{
    public const string ModuleName = "content";

    public override string Name => ModuleName;

    public override string DisplayName => "Content";

    public override string Version => "1.0.0";

    public override string Description => "Articles, posts and pages with drafts, scheduling, revisions, categories and tags.";

    public override IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(ContentPermissions.Edit, "Write and edit content", ModuleName),
        new(ContentPermissions.Publish, "Publish, schedule and archive content", ModuleName),
        new(ContentPermissions.Categories, "Manage categories", ModuleName),
    ];

    public override IReadOnlyList<AdminMenuEntry> AdminMenu { get; } =
    [
        new("Content", "admin/content", "article", ContentPermissions.Edit, 10),
        new("Categories", "admin/content/categories", "account_tree", ContentPermissions.Categories, 12),
    ];

    public override IReadOnlyList<Type> ExtensionPoints { get; } = [typeof(IContentAnalyzer), typeof(IContentTypeDefinition)];
}
