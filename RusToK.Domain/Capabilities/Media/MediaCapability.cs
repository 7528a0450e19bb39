using RusToK.Domain.Kernel.Modules;

namespace RusToK.Domain.Capabilities.Media;

/// <summary>The media library as the catalog sees it: always on (any module may show files), with its own permission and admin page.</summary>
public sealed class MediaCapability : ModuleDescriptor
{
    public const string ModuleName = "media";

    public override string Name => ModuleName;

    public override string DisplayName => "Media";

    public override string Version => "1.0.0";

    public override string Description => "The media library: uploads, image sizes and where each file is used.";

    public override bool IsKernel => true;

    public override IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(MediaPermissions.Manage, "Upload, describe and delete media files", ModuleName),
    ];

    public override IReadOnlyList<AdminMenuEntry> AdminMenu { get; } =
    [
        new("Media", "admin/media", "perm_media", MediaPermissions.Manage, 790),
    ];
}
