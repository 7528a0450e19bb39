using RusToK.Components.Capabilities.Activity;
using RusToK.Components.Kernel.Dashboard;
using RusToK.Components.Kernel.Layout;
using RusToK.Components.Kernel.Localization;
using RusToK.Components.Kernel.People;
using RusToK.Domain.Capabilities.Activity;
using RusToK.Domain.Kernel.Modules;
using RusToK.Domain.Kernel.Security;
using RusToK.Web.Kernel.Modules;
using RusToK.Web.Kernel.Operations;

namespace RusToK.Web.Capabilities.Activity;

/// <summary>The activity feed in the host: always on; modules write to it from their event handlers (<see cref="ActivityLog"/>).</summary>
public sealed class ActivityWebModule : IWebModule
{
    public ModuleDescriptor Descriptor { get; } = new ActivityCapability();

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ActivityLog>();
        services.AddScoped<ActivityFeed>();
        services.AddModuleStrings<ActivityStrings>();
        services.AddStylesheet("Capabilities/Activity/activity.css");
        services.AddDashboardWidget<ActivityWidget>(ActivityCapability.ModuleName, KernelPermissions.AdminAccess, 50);
        services.AddProfileSection<ProfileActivity>();
    }

    public IReadOnlyList<IApiOperation> Operations => ActivityOperations.All;
}
