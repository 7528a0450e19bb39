using RusToK.Components.Capabilities.Notifications;
using RusToK.Components.Kernel.Layout;
using RusToK.Components.Kernel.Localization;
using RusToK.Domain.Capabilities.Notifications;
using RusToK.Domain.Kernel.Modules;
using RusToK.Web.Kernel.Modules;
using RusToK.Web.Kernel.Operations;

namespace RusToK.Web.Capabilities.Notifications;

/// <summary>The inbox in the host: always on; modules notify people from their event handlers (<see cref="Notifier"/>).</summary>
public sealed class NotificationsWebModule : IWebModule
{
    public ModuleDescriptor Descriptor { get; } = new NotificationsCapability();

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<Notifier>();
        services.AddScoped<NotificationInbox>();
        services.AddModuleStrings<NotificationsStrings>();
        services.AddStylesheet("Capabilities/Notifications/notifications.css");
        services.AddAdminHeaderItem<NotificationBell>();
    }

    public IReadOnlyList<IApiOperation> Operations => NotificationOperations.All;
}
