using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using RusToK.Domain.Kernel.Modules;
using RusToK.Domain.Kernel.Security;

namespace RusToK.Components.Kernel.Dashboard;

/// <summary>How a module puts a tile on the admin dashboard from its registration, without the kernel naming it.</summary>
public static class DashboardRegistration
{
    public static IServiceCollection AddDashboardWidget<TComponent>(this IServiceCollection services, string module, string permission, int order, int columns = 6)
        where TComponent : IComponent =>
        services.AddSingleton(new DashboardWidget(module, permission, order, typeof(TComponent), columns));

    /// <summary>The kernel's own tiles: the site's modules and events for its administrators, tenants and health for the platform's.</summary>
    public static IServiceCollection AddKernelDashboardWidgets(this IServiceCollection services) => services
        .AddSingleton<RecentHealthReport>()
        .AddDashboardWidget<SiteModulesWidget>(KernelModule.ModuleName, KernelPermissions.ModulesManage, 900, columns: 3)
        .AddDashboardWidget<EventQueueWidget>(KernelModule.ModuleName, KernelPermissions.OutboxManage, 910, columns: 3)
        .AddDashboardWidget<TenantsWidget>(KernelModule.ModuleName, KernelPermissions.PlatformTenantsManage, 10)
        .AddDashboardWidget<SystemHealthWidget>(KernelModule.ModuleName, KernelPermissions.PlatformTenantsManage, 20);
}
