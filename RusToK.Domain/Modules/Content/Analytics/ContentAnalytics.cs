using RusToK.Domain.Capabilities.Analytics;
using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Modules.Content.Events;

namespace RusToK.Domain.Modules.Content.Analytics;

/// <summary>
/// Counts each publication in the day's figures, by content type. The relay runs a handler once per event; only a
/// crash between this write and the relay's note that it ran could count one publication twice.
/// </summary>
public sealed class ContentAnalytics(DailyFigureWriter figures) : IDomainEventHandler<ContentPublished>
{
    public async Task HandleAsync(ContentPublished e, EventContext context, CancellationToken ct)
    {
        if (context.TenantId is not { } tenantId) return;
        await figures.AddAsync([new FigureCount(tenantId, DateOnly.FromDateTime(e.OccurredAt), AnalyticsMetrics.Published, e.Type, 1)], ct);
    }
}
