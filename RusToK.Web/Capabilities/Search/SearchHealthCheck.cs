using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RusToK.Domain.Capabilities.Search;
using RusToK.Infrastructure.Capabilities.Search;
using RusToK.Infrastructure.Kernel.Persistence;

namespace RusToK.Web.Capabilities.Search;

/// <summary>
/// The engine as readiness sees it: degraded, never failed, while the breaker is open or the engine does not answer —
/// pages still serve and the queue keeps every change for later. The queue's size goes in the data.
/// </summary>
public sealed class SearchHealthCheck(ISearchIndex index, SearchCircuit circuit, AppDbContextFactory dbFactory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = dbFactory.CreatePlatformContext();
        var data = new Dictionary<string, object> { ["Queued"] = await db.SearchWork.CountAsync(cancellationToken) };
        if (circuit.IsOpen) return HealthCheckResult.Degraded("Paused after repeated failures; retrying shortly", data: data);
        try
        {
            // Counting an empty tenant asks the engine to answer without reading anyone's documents.
            await index.CountAsync(Guid.Empty, cancellationToken);
            return HealthCheckResult.Healthy(data: data);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Degraded("The engine does not answer", e, data);
        }
    }
}
