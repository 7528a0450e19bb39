using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Kernel.Paging;
using RusToK.Infrastructure.Kernel.Persistence;

namespace RusToK.Infrastructure.Kernel.Events;

/// <summary>What the admin's event screen reads and does: list events of a tenant and retry dead letters.</summary>
public sealed class OutboxAdministration(AppDbContextFactory dbFactory, OutboxSignal signal) : IOutboxAdministration
{
    public async Task<Page<OutboxMessage>> ListAsync(Guid? tenantId, OutboxState? state, PageRequest page, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreatePlatformContext();
        var query = db.OutboxMessages.AsNoTracking().Where(m => m.TenantId == tenantId);
        query = state switch
        {
            OutboxState.Pending => query.Where(m => m.ProcessedAt == null && m.DeadLetteredAt == null),
            OutboxState.Processed => query.Where(m => m.ProcessedAt != null),
            OutboxState.DeadLettered => query.Where(m => m.DeadLetteredAt != null),
            _ => query,
        };
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(m => m.OccurredAt).Skip(page.Skip).Take(page.Size).ToListAsync(ct);
        return new Page<OutboxMessage>(items, page.Number, page.Size, total);
    }

    public async Task<bool> RetryAsync(Guid? tenantId, Guid messageId, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreatePlatformContext();
        var message = await db.OutboxMessages.FirstOrDefaultAsync(m => m.Id == messageId && m.TenantId == tenantId && m.DeadLetteredAt != null, ct);
        if (message is null) return false;
        message.Requeue();
        await db.SaveChangesAsync(ct);
        signal.Notify();
        return true;
    }
}
