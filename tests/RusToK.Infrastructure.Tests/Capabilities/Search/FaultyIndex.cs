using RusToK.Domain.Capabilities.Search;
using RusToK.Domain.Kernel.Entities;

namespace RusToK.Infrastructure.Tests.Capabilities.Search;

/// <summary>A real engine that, while <see cref="Broken"/>, writes the first half of each batch and then fails: a crash mid-bulk.</summary>
public sealed class FaultyIndex(ISearchIndex inner) : ISearchIndex
{
    public volatile bool Broken;

    public int TenantRemovals { get; private set; }

    public async Task UpsertAsync(IReadOnlyList<SearchEntry> entries, CancellationToken ct)
    {
        if (!Broken)
        {
            await inner.UpsertAsync(entries, ct);
            return;
        }

        await inner.UpsertAsync(entries.Take(entries.Count / 2).ToList(), ct);
        throw new IOException("The engine went away in the middle of a bulk write.");
    }

    public Task RemoveAsync(Guid tenantId, IReadOnlyList<EntityRef> entities, CancellationToken ct) => inner.RemoveAsync(tenantId, entities, ct);

    public Task RemoveTenantAsync(Guid tenantId, CancellationToken ct)
    {
        TenantRemovals++;
        return inner.RemoveTenantAsync(tenantId, ct);
    }

    public Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken ct) => inner.SearchAsync(query, ct);

    public Task<IReadOnlyList<FacetCount>> CountAsync(Guid tenantId, CancellationToken ct) => inner.CountAsync(tenantId, ct);
}
