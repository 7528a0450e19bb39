using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using RusToK.Infrastructure.Kernel.Jobs;

namespace RusToK.Web.Kernel.Health;

/// <summary><c>/health/live</c> (the process runs) and <c>/health/ready</c> (database, and Redis when configured).</summary>
public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddRusToKHealth(this IServiceCollection services, IConfiguration configuration)
    {
        var checks = services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag]);
        var redis = configuration[$"{JobsOptions.Section}:{nameof(JobsOptions.RedisConnectionString)}"];
        if (!string.IsNullOrWhiteSpace(redis)) checks.AddCheck("redis", new RedisHealthCheck(redis), tags: [ReadyTag]);
        return services;
    }

    public static void MapRusToKHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag) });
    }
}
