using RusToK.Domain.Capabilities.Search;
using RusToK.Domain.Kernel.Entities;

namespace RusToK.Infrastructure.Tests.Capabilities.Search.Elasticsearch;

/// <summary>A server's answer read as results: hits with marked snippets, the total and every facet.</summary>
public sealed class ElasticsearchResultsTests
{
    private static readonly Guid Post = Guid.NewGuid();

    private static readonly string Response = $$$$"""
        {"took":4,"hits":{"total":{"value":12,"relation":"eq"},"max_score":3.5,"hits":[
          {"_id":"t|content|{{{{Post:N}}}}","_score":3.5,"_source":{"entity_type":"content","entity_id":"{{{{Post:N}}}}","type":"post","lang":"en",
            "title":"Coffee tonic for summer","text":"Tonic water and espresso <b>over ice</b>.","url":"blog/coffee-tonic","published":"2026-11-22T00:00:00Z"}},
          {"_id":"t|content|x","_score":null,"_source":{"entity_type":"page","entity_id":"{{{{Guid.Empty:N}}}}","type":"page","lang":"ru",
            "title":"О нас","text":"Мы обжариваем кофе.","url":"about","published":"2026-11-01T12:30:00.000Z"}}]},
         "aggregations":{
          "type":{"buckets":[{"key":"post","doc_count":9},{"key":"page","doc_count":3}]},
          "tag":{"buckets":[{"key":"summer","doc_count":2}]},
          "category":{"buckets":[]},
          "language":{"buckets":[{"key":"en","doc_count":11},{"key":"ru","doc_count":1}]}}}
        """;

    [Fact]
    public async Task Hits_come_back_with_their_addresses_dates_and_marked_snippets()
    {
        var es = new RecordedElasticsearch(r => r.Path.EndsWith("_search", StringComparison.Ordinal) ? (200, Response) : RecordingConnection.Default(r));
        var results = await es.Index.SearchAsync(new SearchQuery(Guid.NewGuid(), ["tonic"], PageSize: 2), default);

        results.Total.ShouldBe(12);
        results.TotalPages.ShouldBe(6);
        var hit = results.Hits[0];
        hit.Entity.ShouldBe(new EntityRef("content", Post));
        (hit.Type, hit.Language, hit.Title, hit.Url, hit.Score).ShouldBe(("post", "en", "Coffee tonic for summer", "blog/coffee-tonic", 3.5f));
        hit.PublishedAt.ShouldBe(new DateTime(2026, 11, 22, 0, 0, 0, DateTimeKind.Utc));
        hit.PublishedAt!.Value.Kind.ShouldBe(DateTimeKind.Utc);
        hit.SnippetHtml.ShouldBe(SearchSnippet.Of("Tonic water and espresso <b>over ice</b>.", ["tonic"]), "both engines mark words alike");
        hit.SnippetHtml.ShouldStartWith("<mark>Tonic</mark>");
        hit.SnippetHtml.ShouldContain("&lt;b&gt;", Case.Sensitive, "a document's markup is shown as text");
        results.Hits[1].Score.ShouldBe(0, "a hit sorted by date without a score has none");
        results.Hits[1].PublishedAt.ShouldBe(new DateTime(2026, 11, 1, 12, 30, 0, DateTimeKind.Utc));
    }

    [Fact]
    public async Task Every_facet_is_there_with_its_counts_even_when_it_has_no_values()
    {
        var es = new RecordedElasticsearch(r => r.Path.EndsWith("_search", StringComparison.Ordinal) ? (200, Response) : RecordingConnection.Default(r));
        var facets = (await es.Index.SearchAsync(new SearchQuery(Guid.NewGuid(), ["tonic"]), default)).Facets;

        facets.Keys.ShouldBe(SearchFacets.All, ignoreOrder: true);
        facets[SearchFacets.Type].ShouldBe([new FacetCount("post", 9), new FacetCount("page", 3)]);
        facets[SearchFacets.Tag].ShouldBe([new FacetCount("summer", 2)]);
        facets[SearchFacets.Category].ShouldBeEmpty();
        facets[SearchFacets.Language].ShouldBe([new FacetCount("en", 11), new FacetCount("ru", 1)]);
        (await es.Index.CountAsync(Guid.NewGuid(), default)).ShouldBe([new FacetCount("post", 9), new FacetCount("page", 3)]);
    }
}
