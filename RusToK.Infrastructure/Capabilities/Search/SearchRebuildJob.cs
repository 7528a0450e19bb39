using Hangfire;

namespace RusToK.Infrastructure.Capabilities.Search;

/// <summary>One rebuild in the background; a failure is not retried by Hangfire but resumed by <see cref="SearchProjectionJob"/>.</summary>
public sealed class SearchRebuildJob(SearchRebuilder rebuilder)
{
    [AutomaticRetry(Attempts = 0)]
    public Task RunAsync(Guid rebuildId, CancellationToken ct) => rebuilder.RunAsync(rebuildId, ct);
}
