using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RusToK.Infrastructure.Kernel.Persistence;

namespace RusToK.Web.Kernel.Health;

/// <summary>
/// The outbox across all tenants: degraded when any event is dead-lettered or one has waited longer than the relay's
/// safety-net minute would allow, which means the relay is not running.
/// </summary>
public sealed class EventsHealthCheck(AppDbContextFactory factory, TimeProvider clock) : IHealthCheck
{
    public static readonly TimeSpan Overdue = TimeSpan.FromMinutes(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = factory.CreatePlatformContext();
        var waiting = db.OutboxMessages.Where(m => m.ProcessedAt == null && m.DeadLetteredAt == null);
        var pending = await waiting.CountAsync(cancellationToken);
        var before = clock.GetUtcNow().UtcDateTime - Overdue;
        var overdue = await waiting.CountAsync(m => m.NextAttemptAt < before, cancellationToken);
        var dead = await db.OutboxMessages.CountAsync(m => m.DeadLetteredAt != null, cancellationToken);
        var data = new Dictionary<string, object> { ["Pending"] = pending, ["Dead letters"] = dead };
        return overdue == 0 && dead == 0 ? HealthCheckResult.Healthy(data: data) : HealthCheckResult.Degraded(data: data);
    }
}
