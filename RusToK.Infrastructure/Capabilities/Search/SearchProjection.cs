using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RusToK.Domain.Capabilities.Search;
using RusToK.Domain.Kernel.Entities;
using RusToK.Domain.Kernel.Live;
using RusToK.Infrastructure.Kernel.Persistence;
using RusToK.Infrastructure.Kernel.Tenancy;

namespace RusToK.Infrastructure.Capabilities.Search;

/// <summary>
/// Drains the search queue into the engine in batches: claims rows with a lease (so several nodes share the queue),
/// asks each entity's module for its document in the entity's tenant, writes them in bulk through the breaker, and
/// only then deletes the rows. An engine that fails leaves the rows for a later pass: a document is delayed, never lost.
/// </summary>
public sealed class SearchProjection(
    AppDbContextFactory dbFactory, TenantScopeFactory scopes, ISearchIndex index, SearchCircuit circuit, ILiveUpdates live, TimeProvider clock, ILogger<SearchProjection> logger)
{
    public const int MinBatch = 20;
    public const int MaxBatch = 500;
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Projects everything queued; returns how many entities were written or removed.</summary>
    public async Task<int> DrainAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var done = 0;
            while (!circuit.IsOpen && await PassAsync(ct) is var projected and > 0) done += projected;
            return done;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<int> PassAsync(CancellationToken ct)
    {
        var claimedAt = clock.GetUtcNow().UtcDateTime;
        var token = Guid.NewGuid();
        await using var db = dbFactory.CreatePlatformContext();
        var open = db.SearchWork.Where(w => w.ClaimedUntil == null || w.ClaimedUntil < claimedAt);
        // The batch grows with the backlog: a burst is caught up in few passes, a trickle is written at once.
        var size = Math.Clamp(await open.CountAsync(ct) / 4, MinBatch, MaxBatch);
        var leaseEnd = claimedAt + Lease;
        await open.OrderBy(w => w.EnqueuedAt).Take(size)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.ClaimToken, token).SetProperty(w => w.ClaimedUntil, leaseEnd), ct);
        var work = await db.SearchWork.AsNoTracking().Where(w => w.ClaimToken == token).ToListAsync(ct);
        if (work.Count == 0) return 0;

        var mine = db.SearchWork.Where(w => w.ClaimToken == token);
        try
        {
            foreach (var tenant in work.GroupBy(w => w.TenantId)) await ProjectAsync(tenant.Key, tenant.ToList(), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Search projection failed for {Count} entities; they stay queued", work.Count);
            var error = ex.Message.Length > 1000 ? ex.Message[..1000] : ex.Message;
            await mine.ExecuteUpdateAsync(s => s.SetProperty(w => w.ClaimToken, (Guid?)null).SetProperty(w => w.ClaimedUntil, (DateTime?)null)
                .SetProperty(w => w.Attempts, w => w.Attempts + 1).SetProperty(w => w.LastError, error), CancellationToken.None);
            return 0;
        }

        // A change that arrived during the pass keeps its row for the next one.
        await mine.Where(w => w.EnqueuedAt <= claimedAt).ExecuteDeleteAsync(CancellationToken.None);
        await mine.ExecuteUpdateAsync(s => s.SetProperty(w => w.ClaimToken, (Guid?)null).SetProperty(w => w.ClaimedUntil, (DateTime?)null), CancellationToken.None);
        return work.Count;
    }

    private async Task ProjectAsync(Guid tenantId, IReadOnlyList<SearchWork> work, CancellationToken ct)
    {
        await using var scope = await scopes.CreateAsync(tenantId, ct);
        var sources = scope.ServiceProvider.GetServices<ISearchDocumentSource>().ToDictionary(s => s.EntityType, StringComparer.Ordinal);
        var upserts = new List<SearchEntry>();
        var removals = new List<EntityRef>();
        foreach (var item in work)
        {
            var entity = new EntityRef(item.EntityType, item.EntityId);
            var document = sources.TryGetValue(item.EntityType, out var source) ? await source.DocumentAsync(item.EntityId, ct) : null;
            if (document is null) removals.Add(entity);
            else upserts.Add(new SearchEntry(tenantId, document));
        }

        if (upserts.Count > 0) await circuit.RunAsync(token => index.UpsertAsync(upserts, token), ct);
        if (removals.Count > 0) await circuit.RunAsync(token => index.RemoveAsync(tenantId, removals, token), ct);
        live.Publish(new LiveMessage(tenantId, SearchTopics.Index, SearchPermissions.Manage));
    }
}
