using Hangfire;

namespace RusToK.Infrastructure.Capabilities.Search;

/// <summary>The recurring safety net: drains what the in-process wake-up missed (a restart, another node, a broken engine back).</summary>
public sealed class SearchProjectionJob(SearchProjection projection)
{
    public const string Id = "search-projection";

    [DisableConcurrentExecution(60)]
    [AutomaticRetry(Attempts = 0)]
    public Task RunAsync(CancellationToken ct) => projection.DrainAsync(ct);
}
