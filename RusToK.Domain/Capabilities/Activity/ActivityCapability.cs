using RusToK.Domain.Kernel.Modules;
using RusToK.Domain.Kernel.Security;

namespace RusToK.Domain.Capabilities.Activity;

/// <summary>The activity feed as the catalog sees it: always on; modules describe their events (<see cref="ActivityLog"/>).</summary>
public sealed class ActivityCapability : ModuleDescriptor
{
    public const string ModuleName = "activity";

    public override string Name => ModuleName;

    public override string DisplayName => "Activity";

    public override string Version => "1.0.0";

    public override string Description => "What happened on the site, who did it and when, from every module.";

    public override bool IsKernel => true;

    // Everyone in the admin may open the feed: each entry carries the permission needed to see it.
    public override IReadOnlyList<AdminMenuEntry> AdminMenu { get; } =
    [
        new("Activity", "admin/activity", "timeline", KernelPermissions.AdminAccess, 5),
    ];
}
