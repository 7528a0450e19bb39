using RusToK.Components.Capabilities.Analytics;
using RusToK.Components.Kernel.Dashboard;
using RusToK.Components.Kernel.Layout;
using RusToK.Components.Kernel.Localization;
using RusToK.Domain.Capabilities.Analytics;
using RusToK.Domain.Kernel.Modules;
using RusToK.Infrastructure.Capabilities.Analytics;
using RusToK.Web.Capabilities.Analytics.Demo;
using RusToK.Web.Kernel.Modules;
using RusToK.Web.Kernel.Operations;

namespace RusToK.Web.Capabilities.Analytics;

/// <summary>Analytics in the host: always on; counts storefront page views itself, modules add their publications from events.</summary>
public sealed class AnalyticsWebModule : IWebModule
{
    public ModuleDescriptor Descriptor { get; } = new AnalyticsCapability();

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddAnalytics(configuration);
        services.AddModuleStrings<AnalyticsStrings>();
        services.AddStylesheet("Capabilities/Analytics/analytics.css");
        services.AddDashboardWidget<AnalyticsWidget>(AnalyticsCapability.ModuleName, AnalyticsPermissions.View, 30, columns: 12);
        services.AddScoped<IDemoDataSeeder, DemoTrafficSeeder>();
    }

    public IReadOnlyList<IApiOperation> Operations => AnalyticsOperations.All;
}
