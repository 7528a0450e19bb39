using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RusToK.Domain.Capabilities.Analytics;
using RusToK.Domain.Kernel.Site;

namespace RusToK.Infrastructure.Capabilities.Analytics;

/// <summary>Analytics in the host: the tally every storefront request reports to, its writer, the report and the periodic flush.</summary>
public static class AnalyticsInfrastructure
{
    public static IServiceCollection AddAnalytics(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(AnalyticsOptions.Section).Get<AnalyticsOptions>() ?? new AnalyticsOptions());
        services.AddSingleton<ViewTally>();
        services.AddSingleton<ISiteVisitObserver>(sp => sp.GetRequiredService<ViewTally>());
        services.AddScoped<DailyFigureWriter>();
        services.AddScoped<AnalyticsFlush>();
        services.AddScoped<AnalyticsReport>();
        services.AddHostedService<AnalyticsFlushService>();
        return services;
    }
}
