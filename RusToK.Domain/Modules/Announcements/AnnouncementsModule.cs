using RusToK.Domain.Kernel.Modules;

namespace RusToK.Domain.Modules.Announcements;

/// <summary>A tiny real module that proves the module path end to end: a banner the tenant shows on its storefront.</summary>
public sealed class AnnouncementsModule : ModuleDescriptor
{
    public const string ModuleName = "announcements";

    public override string Name => ModuleName;

    public override string DisplayName => "Announcements";

    public override string Version => "1.0.0";

    public override string Description => "Site-wide banners shown on the storefront, such as opening hours or a sale.";

    public override IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(AnnouncementPermissions.Manage, "Manage announcements", ModuleName),
    ];

    public override IReadOnlyList<AdminMenuEntry> AdminMenu { get; } =
    [
        new("Announcements", "admin/announcements", "campaign", AnnouncementPermissions.Manage, 100),
    ];
}
