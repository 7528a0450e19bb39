using System.Globalization;
using System.Text.Json;
using RusToK.Domain.Capabilities.Search;
using RusToK.Domain.Kernel.Entities;

namespace RusToK.Infrastructure.Capabilities.Search.Elasticsearch;

/// <summary>
/// A search response as results: the hits' sources with snippets made by <see cref="SearchSnippet"/> (not
/// Elasticsearch's highlighter, so both engines mark words alike), the total, and each facet's counted values.
/// </summary>
public static class ElasticsearchResults
{
    public static SearchResults Read(string json, SearchQuery query)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var hits = root.GetProperty("hits");
        return new SearchResults(
            [.. hits.GetProperty("hits").EnumerateArray().Select(h => Hit(h, query.Words))],
            hits.GetProperty("total").GetProperty("value").GetInt64(),
            SearchFacets.All.ToDictionary(f => f, f => Facet(root, f)),
            query.Page,
            query.PageSize);
    }

    /// <summary>A facet's buckets, none when the response has no such aggregation.</summary>
    public static IReadOnlyList<FacetCount> Facet(JsonElement root, string facet) =>
        root.TryGetProperty("aggregations", out var aggs) && aggs.TryGetProperty(facet, out var agg)
            ? [.. agg.GetProperty("buckets").EnumerateArray().Select(b => new FacetCount(b.GetProperty("key").GetString()!, b.GetProperty("doc_count").GetInt64()))]
            : [];

    private static SearchHit Hit(JsonElement hit, IReadOnlyList<string> words)
    {
        var source = hit.GetProperty("_source");
        string Text(string field) => source.TryGetProperty(field, out var value) ? value.GetString() ?? "" : "";
        var published = source.TryGetProperty(SearchFields.Published, out var at) && at.ValueKind == JsonValueKind.String
            ? DateTime.Parse(at.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal)
            : (DateTime?)null;
        return new SearchHit(
            new EntityRef(Text(SearchFields.EntityType), Guid.Parse(Text(SearchFields.EntityId))),
            Text(SearchFields.Type), Text(SearchFields.Language), Text(SearchFields.Title), Text(SearchFields.Url),
            SearchSnippet.Of(Text(SearchFields.Text), words),
            published,
            hit.TryGetProperty("_score", out var score) && score.ValueKind == JsonValueKind.Number ? score.GetSingle() : 0);
    }
}
