using RusToK.Domain.Kernel.Modules;

namespace RusToK.Domain.Capabilities.Search;

/// <summary>Search as the catalog sees it: always on; modules contribute documents (<see cref="ISearchDocumentSource"/>).</summary>
public sealed class SearchCapability : ModuleDescriptor
{
    public const string ModuleName = "search";

    public override string Name => ModuleName;

    public override string DisplayName => "Search";

    public override string Version => "1.0.0";

    public override string Description => "One search over every module's content, in English and Russian, with typos forgiven.";

    public override bool IsKernel => true;

    public override IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(SearchPermissions.Manage, "See the search index and rebuild it", ModuleName),
    ];

    public override IReadOnlyList<AdminMenuEntry> AdminMenu { get; } =
    [
        new("Search", "admin/search", "manage_search", SearchPermissions.Manage, 850),
    ];
}
