using RusToK.Domain.Kernel.Modules;

namespace RusToK.Domain.Capabilities.Tags;

/// <summary>The tags capability as the catalog sees it: always on (any module may attach tags), with its own permission and admin page.</summary>
public sealed class TagsCapability : ModuleDescriptor
{
    public const string ModuleName = "tags";

    public override string Name => ModuleName;

    public override string DisplayName => "Tags";

    public override string Version => "1.0.0";

    public override string Description => "One vocabulary of tags for every module's items, with renaming and merging.";

    public override bool IsKernel => true;

    public override IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(TagPermissions.Manage, "Rename, merge and delete tags", ModuleName),
    ];

    public override IReadOnlyList<AdminMenuEntry> AdminMenu { get; } =
    [
        new("Tags", "admin/tags", "sell", TagPermissions.Manage, 800),
    ];
}
