using Microsoft.Extensions.Logging;
using RusToK.Infrastructure.Kernel.Jobs;

namespace RusToK.Infrastructure.Capabilities.Search;

/// <summary>Projects queued work as soon as it is queued, so what is published is found within a second.</summary>
public sealed class SearchWakeUpService(SearchSignal signal, SearchProjection projection, ILogger<SearchWakeUpService> logger) : WakeUpService(signal, logger)
{
    protected override Task RunPassAsync(CancellationToken ct) => projection.DrainAsync(ct);
}
