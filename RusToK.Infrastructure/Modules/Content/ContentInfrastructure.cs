using Microsoft.Extensions.DependencyInjection;
using RusToK.Domain.Modules.Content;
using RusToK.Domain.Modules.Content.Revisions;

namespace RusToK.Infrastructure.Modules.Content;

/// <summary>The Content module's adapters: diffs and scheduled publishing.</summary>
public static class ContentInfrastructure
{
    public static IServiceCollection AddContentInfrastructure(this IServiceCollection services)
    {
        services.AddSingleton<ITextDiffer, DiffPlexTextDiffer>();
        services.AddSingleton<IPublishingScheduler, HangfirePublishingScheduler>();
        services.AddTransient<ScheduledPublishingJob>();
        return services;
    }
}
