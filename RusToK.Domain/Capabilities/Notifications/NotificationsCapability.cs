using RusToK.Domain.Kernel.Modules;

namespace RusToK.Domain.Capabilities.Notifications;

/// <summary>The in-app inbox as the catalog sees it: always on; modules notify people through <see cref="Notifier"/>.</summary>
public sealed class NotificationsCapability : ModuleDescriptor
{
    public const string ModuleName = "notifications";

    public override string Name => ModuleName;

    public override string DisplayName => "Notifications";

    public override string Version => "1.0.0";

    public override string Description => "A bell in the admin with what concerns you: your post went live, someone answered.";

    public override bool IsKernel => true;
}
