using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace RusToK.Web.Kernel.Health;

/// <summary>
/// Degraded when no Hangfire server is running (nothing relays events or publishes on schedule) or jobs failed.
/// The figures go in the data, whose keys are headings the dashboard translates.
/// </summary>
public sealed class JobsHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var monitoring = storage.GetMonitoringApi();
        var servers = monitoring.Servers().Count;
        var failed = monitoring.FailedCount();
        var data = new Dictionary<string, object> { ["Servers"] = servers, ["Failed jobs"] = failed };
        return Task.FromResult(servers > 0 && failed == 0
            ? HealthCheckResult.Healthy(data: data)
            : HealthCheckResult.Degraded(data: data));
    }
}
