namespace RusToK.Domain.Capabilities.Search;

/// <summary>
/// A tenant's index at a glance: documents per type, what waits in the queue and for how long (the projection's lag),
/// the last error the engine gave, the breaker's state and the latest rebuild.
/// </summary>
public sealed record SearchStatus(
    IReadOnlyList<FacetCount> Documents, int Queued, TimeSpan Lag, string? LastError, SearchEngineState Engine, SearchRebuildProgress? Rebuild)
{
    public long TotalDocuments => Documents.Sum(d => d.Count);
}
