using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RusToK.Domain.Modules.Content;
using RusToK.Infrastructure.Kernel.Persistence;
using RusToK.Infrastructure.Kernel.Tenancy;

namespace RusToK.Infrastructure.Modules.Content;

/// <summary>
/// Publishes scheduled items whose time has come, in every tenant. Runs each minute and at each scheduled
/// time; the database holds the schedule, so a restart loses nothing.
/// </summary>
public sealed class ScheduledPublishingJob(AppDbContextFactory factory, TenantScopeFactory scopes, TimeProvider clock, ILogger<ScheduledPublishingJob> logger)
{
    public const string Id = "content-scheduled-publishing";

    [DisableConcurrentExecution(60)]
    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        List<Guid> tenants;
        await using (var db = factory.CreatePlatformContext())
        {
            tenants = await db.ContentItems.IgnoreQueryFilters().Where(i => i.Status == ContentStatus.Scheduled && i.PublishAt <= now)
                .Select(i => i.TenantId).Distinct().ToListAsync(ct);
        }

        foreach (var tenantId in tenants)
        {
            await using var scope = await scopes.CreateAsync(tenantId, ct);
            var published = await scope.ServiceProvider.GetRequiredService<ContentPublishingService>().PublishDueAsync(ct);
            logger.LogInformation("Published {Count} scheduled item(s) for tenant {TenantId}", published, tenantId);
        }
    }
}
