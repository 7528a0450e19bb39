using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace RusToK.Components.Kernel.Dashboard;

/// <summary>
/// The health report the operator's dashboard shows, run at most every <see cref="MaxAge"/>: the checks count the
/// outbox of every tenant, which each view of the dashboard need not repeat. Views within that time share one run.
/// </summary>
public sealed class RecentHealthReport(HealthCheckService health, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(15);

    private readonly Lock _gate = new();
    private (Task<HealthReport> Report, DateTimeOffset At)? _latest;

    public Task<HealthReport> GetAsync()
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            // A run that failed is not kept: the next view tries again.
            if (_latest is not { } latest || now - latest.At > MaxAge || latest.Report.IsFaulted) _latest = (health.CheckHealthAsync(), now);
            return _latest.Value.Report;
        }
    }
}
