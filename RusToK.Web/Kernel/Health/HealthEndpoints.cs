using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using RusToK.Infrastructure.Kernel.Jobs;

namespace RusToK.Web.Kernel.Health;

/// <summary><c>/health/live</c> (the process runs) and <c>/health/ready</c> (database, and Redis when configured); all checks feed the operator's dashboard.</summary>
public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddRusToKHealth(this IServiceCollection services, IConfiguration configuration)
    {
        // Events and jobs are not readiness: a node whose relay lags still serves pages. The operator's dashboard shows them.
        var checks = services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag])
            .AddCheck<EventsHealthCheck>("events").AddCheck<JobsHealthCheck>("jobs");
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
