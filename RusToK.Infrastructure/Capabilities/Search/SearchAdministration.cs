using Hangfire;
using Microsoft.EntityFrameworkCore;
using Polly.CircuitBreaker;
using RusToK.Domain.Capabilities.Search;
using RusToK.Infrastructure.Kernel.Persistence;

namespace RusToK.Infrastructure.Capabilities.Search;

/// <summary>The admin's view of the index, read from the queue, the rebuild rows, the breaker and the engine itself.</summary>
public sealed class SearchAdministration(AppDbContextFactory dbFactory, ISearchIndex index, SearchCircuit circuit, IBackgroundJobClient jobs, TimeProvider clock)
    : ISearchAdministration
{
    public static readonly TimeSpan RecentlyFinished = TimeSpan.FromHours(1);

    public async Task<SearchStatus> StatusAsync(Guid tenantId, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreatePlatformContext();
        var queue = db.SearchWork.Where(w => w.TenantId == tenantId);
        var queued = await queue.CountAsync(ct);
        var oldest = queued == 0 ? (DateTime?)null : await queue.MinAsync(w => (DateTime?)w.EnqueuedAt, ct);
        var lastError = await queue.Where(w => w.LastError != null).OrderByDescending(w => w.EnqueuedAt).Select(w => w.LastError).FirstOrDefaultAsync(ct);
        var latest = await db.SearchRebuilds.Where(r => r.TenantId == tenantId).OrderByDescending(r => r.StartedAt).FirstOrDefaultAsync(ct);
        var rebuild = latest is null ? null : await ProgressOfAsync(db, latest, ct);
        return new SearchStatus(await DocumentsAsync(tenantId, ct), queued, oldest is { } at ? Now - at : TimeSpan.Zero, lastError ?? rebuild?.LastError, Engine, rebuild);
    }

    public async Task<SearchRebuildProgress> RebuildAsync(Guid tenantId, string requestedBy, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreatePlatformContext();
        var rebuild = await db.SearchRebuilds.FirstOrDefaultAsync(r => r.TenantId == tenantId && r.FinishedAt == null, ct);
        if (rebuild is null)
        {
            rebuild = SearchRebuild.Start(tenantId, requestedBy, Now);
            db.SearchRebuilds.Add(rebuild);
            await db.SaveChangesAsync(ct);
            var id = rebuild.Id;
            jobs.Enqueue<SearchRebuildJob>(job => job.RunAsync(id, CancellationToken.None));
        }

        return await ProgressOfAsync(db, rebuild, ct);
    }

    public async Task<int> RebuildAllAsync(string requestedBy, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreatePlatformContext();
        var running = db.SearchRebuilds.Where(r => r.FinishedAt == null).Select(r => r.TenantId);
        var idle = await db.Tenants.Where(t => !running.Contains(t.Id)).Select(t => t.Id).ToListAsync(ct);
        foreach (var tenantId in idle) await RebuildAsync(tenantId, requestedBy, ct);
        return idle.Count;
    }

    public async Task<IReadOnlyList<SearchRebuildProgress>> RecentRebuildsAsync(CancellationToken ct = default)
    {
        await using var db = dbFactory.CreatePlatformContext();
        var since = Now - RecentlyFinished;
        var rebuilds = await db.SearchRebuilds.Where(r => r.FinishedAt == null || r.FinishedAt > since).OrderByDescending(r => r.StartedAt).Take(200).ToListAsync(ct);
        var progress = new List<SearchRebuildProgress>(rebuilds.Count);
        foreach (var rebuild in rebuilds) progress.Add(await ProgressOfAsync(db, rebuild, ct));
        return progress;
    }

    private async Task<SearchRebuildProgress> ProgressOfAsync(AppDbContext db, SearchRebuild rebuild, CancellationToken ct)
    {
        var tenantName = await db.Tenants.Where(t => t.Id == rebuild.TenantId).Select(t => t.Name).FirstOrDefaultAsync(ct) ?? "";
        var remaining = rebuild.FinishedAt is null ? await db.SearchWork.CountAsync(w => w.TenantId == rebuild.TenantId, ct) : 0;
        return new SearchRebuildProgress(rebuild.Id, rebuild.TenantId, tenantName, rebuild.RequestedBy, rebuild.StartedAt, rebuild.QueuedAt is null,
            rebuild.Total, Math.Max(0, rebuild.Total - remaining), rebuild.FinishedAt, rebuild.LastError);
    }

    // The engine's own count: unknown (empty) while it is unavailable, rather than failing the whole page.
    private async Task<IReadOnlyList<FacetCount>> DocumentsAsync(Guid tenantId, CancellationToken ct)
    {
        try
        {
            return circuit.IsOpen ? [] : await index.CountAsync(tenantId, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return [];
        }
    }

    private SearchEngineState Engine => circuit.IsOpen ? SearchEngineState.Paused
        : circuit.State is CircuitState.HalfOpen or CircuitState.Open ? SearchEngineState.Testing
        : SearchEngineState.Working;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
