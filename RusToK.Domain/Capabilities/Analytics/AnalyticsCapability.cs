using RusToK.Domain.Kernel.Modules;

namespace RusToK.Domain.Capabilities.Analytics;

/// <summary>Site statistics as the catalog sees it: always on; counts page views itself and items published from modules' events.</summary>
public sealed class AnalyticsCapability : ModuleDescriptor
{
    public const string ModuleName = "analytics";

    public override string Name => ModuleName;

    public override string DisplayName => "Analytics";

    public override string Version => "1.0.0";

    public override string Description => "Views per day, top pages, referrers and publications, counted without cookies or personal data.";

    public override bool IsKernel => true;

    public override IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(AnalyticsPermissions.View, "See the site's visits and statistics", ModuleName),
    ];
}
