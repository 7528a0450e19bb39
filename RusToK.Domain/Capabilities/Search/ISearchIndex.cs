using RusToK.Domain.Kernel.Entities;

namespace RusToK.Domain.Capabilities.Search;

/// <summary>
/// The search engine port (Lucene embedded, Elasticsearch at scale). Every tenant shares one index; every query an
/// adapter runs is filtered by <see cref="SearchQuery.TenantId"/>, whatever the words say.
/// </summary>
public interface ISearchIndex
{
    /// <summary>Adds or replaces documents, by tenant and entity.</summary>
    Task UpsertAsync(IReadOnlyList<SearchEntry> entries, CancellationToken ct);

    Task RemoveAsync(Guid tenantId, IReadOnlyList<EntityRef> entities, CancellationToken ct);

    /// <summary>Removes every document of a tenant (before its index is rebuilt).</summary>
    Task RemoveTenantAsync(Guid tenantId, CancellationToken ct);

    Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken ct);

    /// <summary>How many documents of each type the tenant has in the index.</summary>
    Task<IReadOnlyList<FacetCount>> CountAsync(Guid tenantId, CancellationToken ct);
}
