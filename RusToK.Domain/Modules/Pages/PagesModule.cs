using RusToK.Domain.Kernel.Modules;
using RusToK.Domain.Modules.Content;

namespace RusToK.Domain.Modules.Pages;

/// <summary>A website on top of Content: hierarchical pages built from blocks, header and footer menus, and a home page that is a page.</summary>
public sealed class PagesModule : ModuleDescriptor
{
    public const string ModuleName = "pages";

    public const string PageType = "page";

    /// <summary>The address of the page the storefront shows at its root.</summary>
    public const string HomeSlug = "home";

    public override string Name => ModuleName;

    public override string DisplayName => "Pages";

    public override string Version => "1.0.0";

    public override string Description => "Static pages with their own addresses, composed from blocks, and the site's menus.";

    public override IReadOnlyList<string> DependsOn { get; } = [ContentModule.ModuleName];

    public override IReadOnlyList<SiteTemplate> SiteTemplates { get; } =
    [
        new("website", "Website", "Pages built from blocks, menus, announcements and a media library.", [ModuleName, "media", "announcements"], 20),
    ];

    public override IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(PagePermissions.Manage, "Edit pages, their blocks and the menus", ModuleName),
    ];

    public override IReadOnlyList<AdminMenuEntry> AdminMenu { get; } =
    [
        new("Pages", "admin/pages", "web", PagePermissions.Manage, 13),
        new("Menus", "admin/menus", "menu", PagePermissions.Manage, 14),
    ];
}
