using Microsoft.Extensions.Diagnostics.HealthChecks;
using RusToK.Infrastructure.Kernel.Persistence;

namespace RusToK.Web.Kernel.Health;

/// <summary>Ready only when the database answers.</summary>
public sealed class DatabaseHealthCheck(AppDbContextFactory factory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = factory.CreatePlatformContext();
        return await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy($"{factory.Provider} answers")
            : HealthCheckResult.Unhealthy($"{factory.Provider} does not answer");
    }
}
