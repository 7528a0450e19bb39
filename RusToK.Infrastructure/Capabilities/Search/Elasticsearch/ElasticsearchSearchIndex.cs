using Elasticsearch.Net;
using RusToK.Domain.Capabilities.Search;
using RusToK.Domain.Kernel.Entities;
using HttpMethod = Elasticsearch.Net.HttpMethod;

namespace RusToK.Infrastructure.Capabilities.Search.Elasticsearch;

/// <summary>
/// Search at scale: one Elasticsearch index (behind an alias, see <see cref="ElasticsearchIndexes"/>) for every tenant,
/// a tenant term on each document and in every query's filter. Writes name the alias and require it, so a write can
/// never create a stray, unmapped index. Failures throw, for the search breaker to count.
/// </summary>
public sealed class ElasticsearchSearchIndex(ElasticsearchCalls calls, ElasticsearchOptions options) : ISearchIndex
{
    private volatile bool _ready;

    public ElasticsearchIndexes Indexes { get; } = new(calls, options.IndexPrefix);

    /// <summary>What bulk bodies are: lines of JSON, not one document.</summary>
    public const string NdJson = "application/x-ndjson";

    public async Task UpsertAsync(IReadOnlyList<SearchEntry> entries, CancellationToken ct)
    {
        if (entries.Count > 0) await BulkAsync(ElasticsearchBulk.Upserts(entries), ct);
    }

    public async Task RemoveAsync(Guid tenantId, IReadOnlyList<EntityRef> entities, CancellationToken ct)
    {
        if (entities.Count > 0) await BulkAsync(ElasticsearchBulk.Removals(tenantId, entities), ct);
    }

    public async Task RemoveTenantAsync(Guid tenantId, CancellationToken ct)
    {
        await ReadyAsync(ct);
        // Conflicts (a document changed while being deleted) must not stop the rest from going.
        var parameters = new DeleteByQueryRequestParameters { Conflicts = Conflicts.Proceed, Refresh = options.RefreshOnWrite ? true : null };
        await calls.SendAsync(HttpMethod.POST, $"/{Indexes.Alias}/_delete_by_query", ElasticsearchQueries.TenantOnly(tenantId).ToJsonString(), parameters, ct);
    }

    public async Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken ct)
    {
        if (query.Words.Count == 0) return SearchResults.Empty(query.Page, query.PageSize);
        await ReadyAsync(ct);
        var response = await calls.SendAsync(HttpMethod.POST, $"/{Indexes.Alias}/_search", ElasticsearchQueries.Search(query).ToJsonString(), ct);
        return ElasticsearchResults.Read(response.Body, query);
    }

    public async Task<IReadOnlyList<FacetCount>> CountAsync(Guid tenantId, CancellationToken ct)
    {
        await ReadyAsync(ct);
        using var doc = await calls.JsonAsync(HttpMethod.POST, $"/{Indexes.Alias}/_search", ElasticsearchQueries.Count(tenantId).ToJsonString(), ct);
        return ElasticsearchResults.Facet(doc.RootElement, SearchFacets.Type);
    }

    private async Task BulkAsync(string ndjson, CancellationToken ct)
    {
        await ReadyAsync(ct);
        // Requiring the alias means a write can never create a stray index with guessed mappings.
        var parameters = new BulkRequestParameters { RequireAlias = true, Refresh = options.RefreshOnWrite ? Refresh.True : null, RequestConfiguration = new RequestConfiguration { ContentType = NdJson } };
        var response = await calls.SendAsync(HttpMethod.POST, $"/{Indexes.Alias}/_bulk", ndjson, parameters, ct);
        ElasticsearchBulk.Check(response.Body);
    }

    // The alias is made once per process; a failure leaves it to be tried again with the next call.
    private async Task ReadyAsync(CancellationToken ct)
    {
        if (_ready) return;
        await Indexes.EnsureAsync(ct);
        _ready = true;
    }
}
