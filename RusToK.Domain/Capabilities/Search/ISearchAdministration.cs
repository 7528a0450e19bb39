namespace RusToK.Domain.Capabilities.Search;

/// <summary>What the admin "Search" page reads and starts; the rebuild runs as a background job and survives restarts.</summary>
public interface ISearchAdministration
{
    /// <summary>The tenant's index; documents are counted as unknown (empty) while the engine is unavailable.</summary>
    Task<SearchStatus> StatusAsync(Guid tenantId, CancellationToken ct = default);

    /// <summary>Starts rebuilding the tenant's index, or returns the rebuild already running.</summary>
    Task<SearchRebuildProgress> RebuildAsync(Guid tenantId, string requestedBy, CancellationToken ct = default);

    /// <summary>Starts rebuilding every tenant's index (platform administrators); returns how many started.</summary>
    Task<int> RebuildAllAsync(string requestedBy, CancellationToken ct = default);

    /// <summary>Rebuilds running on any tenant, and those finished in the last hour, newest first.</summary>
    Task<IReadOnlyList<SearchRebuildProgress>> RecentRebuildsAsync(CancellationToken ct = default);
}
