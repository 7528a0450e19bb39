using Hangfire;

namespace RusToK.Infrastructure.Capabilities.Search;

/// <summary>
/// The recurring safety net: drains what the in-process wake-up missed (a restart, another node, a broken engine back),
/// finishes rebuilds whose queue has emptied and resumes those a restart interrupted.
/// </summary>
public sealed class SearchProjectionJob(SearchProjection projection, SearchRebuilder rebuilder, IBackgroundJobClient jobs)
{
    public const string Id = "search-projection";

    [DisableConcurrentExecution(60)]
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(CancellationToken ct)
    {
        foreach (var stalled in await rebuilder.StalledAsync(ct)) jobs.Enqueue<SearchRebuildJob>(job => job.RunAsync(stalled, CancellationToken.None));
        await projection.DrainAsync(ct);
        await rebuilder.FinishDrainedAsync(ct);
    }
}
