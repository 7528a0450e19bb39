using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RusToK.Domain.Kernel.Live;
using RusToK.Infrastructure.Kernel.Jobs;

namespace RusToK.Infrastructure.Kernel.Live;

/// <summary>Live updates in process, or through Redis pub/sub when a Redis connection is configured.</summary>
public static class LiveRegistration
{
    public static IServiceCollection AddLiveUpdates(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(LiveOptions.Section).Get<LiveOptions>() ?? new LiveOptions();
        options.RedisConnectionString ??= configuration.GetSection(JobsOptions.Section).Get<JobsOptions>()?.RedisConnectionString;
        services.AddSingleton(options);
        services.AddSingleton<LiveListeners>();
        services.AddSingleton<ILiveFeed>(sp => sp.GetRequiredService<LiveListeners>());
        if (string.IsNullOrWhiteSpace(options.RedisConnectionString))
        {
            services.AddSingleton<ILiveUpdates, InProcessLiveUpdates>();
        }
        else
        {
            services.AddSingleton<RedisLiveUpdates>();
            services.AddSingleton<ILiveUpdates>(sp => sp.GetRequiredService<RedisLiveUpdates>());
            services.AddHostedService(sp => sp.GetRequiredService<RedisLiveUpdates>());
        }

        return services;
    }
}
