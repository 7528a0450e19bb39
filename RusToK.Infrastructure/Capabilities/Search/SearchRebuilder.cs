using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RusToK.Domain.Capabilities.Search;
using RusToK.Domain.Kernel.Live;
using RusToK.Infrastructure.Kernel.Persistence;
using RusToK.Infrastructure.Kernel.Tenancy;

namespace RusToK.Infrastructure.Capabilities.Search;

/// <summary>
/// Runs a rebuild: removes the tenant's documents, queues every entity each module names (in chunks, beating a
/// heartbeat), then lets the projection drain the queue. The queue is the ledger, so a rebuild cut short by a restart
/// resumes by queuing again — queuing an entity twice keeps one row — and never removes what it already rewrote.
/// </summary>
public sealed class SearchRebuilder(
    AppDbContextFactory dbFactory, TenantScopeFactory scopes, ISearchIndex index, SearchCircuit circuit, SearchProjection projection, ILiveUpdates live, TimeProvider clock,
    ILogger<SearchRebuilder> logger)
{
    public const int Chunk = 500;

    /// <summary>A queuing rebuild whose heartbeat is older than this was interrupted.</summary>
    public static readonly TimeSpan Stalled = TimeSpan.FromMinutes(2);

    public async Task RunAsync(Guid rebuildId, CancellationToken ct)
    {
        await using var db = dbFactory.CreatePlatformContext();
        if (await db.SearchRebuilds.FirstOrDefaultAsync(r => r.Id == rebuildId, ct) is not { FinishedAt: null } rebuild) return;
        if (rebuild.QueuedAt is null)
        {
            try
            {
                await QueueEverythingAsync(db, rebuild, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Rebuilding the search index of tenant {Tenant} stopped; it resumes shortly", rebuild.TenantId);
                rebuild.Failed(ex.Message, Now);
                await db.SaveChangesAsync(CancellationToken.None);
                return;
            }
        }

        await projection.DrainAsync(ct);
        await FinishDrainedAsync(ct);
    }

    /// <summary>Marks rebuilds whose queue has emptied as finished.</summary>
    public async Task FinishDrainedAsync(CancellationToken ct)
    {
        await using var db = dbFactory.CreatePlatformContext();
        var waiting = db.SearchWork.Select(w => w.TenantId);
        var drained = await db.SearchRebuilds.Where(r => r.FinishedAt == null && r.QueuedAt != null && !waiting.Contains(r.TenantId)).ToListAsync(ct);
        foreach (var rebuild in drained) rebuild.Finished(Now);
        await db.SaveChangesAsync(ct);
        foreach (var rebuild in drained) live.Publish(new LiveMessage(rebuild.TenantId, SearchTopics.Index, SearchPermissions.Manage));
    }

    /// <summary>The rebuilds whose queuing was interrupted (a restart, a failed engine), to run again.</summary>
    public async Task<IReadOnlyList<Guid>> StalledAsync(CancellationToken ct)
    {
        await using var db = dbFactory.CreatePlatformContext();
        var before = Now - Stalled;
        return await db.SearchRebuilds.Where(r => r.FinishedAt == null && r.QueuedAt == null && r.HeartbeatAt < before).Select(r => r.Id).ToListAsync(ct);
    }

    private async Task QueueEverythingAsync(AppDbContext db, SearchRebuild rebuild, CancellationToken ct)
    {
        if (rebuild.ClearedAt is null)
        {
            await circuit.RunAsync(token => index.RemoveTenantAsync(rebuild.TenantId, token), ct);
            rebuild.Cleared(Now);
            await db.SaveChangesAsync(ct);
        }

        await using var scope = await scopes.CreateAsync(rebuild.TenantId, ct);
        var queue = scope.ServiceProvider.GetRequiredService<SearchQueue>();
        var total = 0;
        foreach (var source in scope.ServiceProvider.GetServices<ISearchDocumentSource>())
        {
            var chunk = new List<Guid>(Chunk);
            await foreach (var id in source.IdsAsync(ct))
            {
                chunk.Add(id);
                if (chunk.Count < Chunk) continue;
                total += await FlushAsync(source.EntityType, chunk);
            }

            total += await FlushAsync(source.EntityType, chunk);
        }

        rebuild.Queued(total, Now);
        await db.SaveChangesAsync(ct);

        async Task<int> FlushAsync(string entityType, List<Guid> ids)
        {
            if (ids.Count == 0) return 0;
            await queue.EnqueueManyAsync(rebuild.TenantId, entityType, ids, ct);
            var count = ids.Count;
            ids.Clear();
            rebuild.Beat(total + count, Now);
            await db.SaveChangesAsync(ct);
            return count;
        }
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
