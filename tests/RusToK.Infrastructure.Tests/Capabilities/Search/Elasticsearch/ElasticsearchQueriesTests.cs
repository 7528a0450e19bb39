using System.Text.Json.Nodes;
using RusToK.Domain.Capabilities.Search;

namespace RusToK.Infrastructure.Tests.Capabilities.Search.Elasticsearch;

/// <summary>What a search sends: the tenant, visibility and facets in the filter whatever the words, and the word forms.</summary>
public sealed class ElasticsearchQueriesTests
{
    private static readonly Guid Tenant = Guid.NewGuid();
    private static readonly Guid Other = Guid.NewGuid();

    [Fact]
    public async Task The_tenant_filter_stays_whatever_the_words_say()
    {
        var plain = await SentAsync(Query("espresso"));
        var hostile = await SentAsync(Query($"tenant:{Other:N} OR public:true *:* \" ) tenant {Other:N}"));

        Filter(plain)[0]!.ToJsonString().ShouldBe($$$"""{"term":{"tenant":"{{{Tenant:N}}}"}}""");
        Filter(hostile).ToJsonString().ShouldBe(Filter(plain).ToJsonString(), "words only ever add to what must match");
        hostile["query"]!["bool"]!.AsObject().Select(p => p.Key).ShouldBe(["must", "filter"], "no should clause for words to widen the search");
        hostile.ToJsonString().ShouldNotContain("query_string");
        Words(hostile).Select(w => w!["bool"]!["should"]![0]!["multi_match"]!["query"]!.GetValue<string>()).ShouldBe(["tenant", Other.ToString("N"), "or", "public", "true"], "each cleaned word must match on its own");
    }

    [Fact]
    public async Task Nothing_visible_sends_match_none_inside_the_filter()
    {
        var nothing = await SentAsync(Query("espresso") with { EditableOnly = true });
        Filter(nothing)[1]!.ToJsonString().ShouldBe("""{"match_none":{}}""");
        Filter(nothing)[0]!["term"]!["tenant"].ShouldNotBeNull();
    }

    [Fact]
    public async Task Public_documents_and_those_the_asker_may_edit_are_visible()
    {
        var anyone = Filter(await SentAsync(Query("espresso")))[1]!["bool"]!["should"]!.AsArray();
        anyone.Select(c => c!.ToJsonString()).ShouldBe(["""{"term":{"public":true}}"""]);

        var editor = Filter(await SentAsync(Query("espresso") with { Permissions = ["content.items.edit", "pages.manage"] }))[1]!["bool"]!;
        editor["minimum_should_match"]!.GetValue<int>().ShouldBe(1);
        editor["should"]!.AsArray().Select(c => c!.ToJsonString()).ShouldBe(["""{"term":{"public":true}}""", """{"terms":{"editor":["content.items.edit","pages.manage"]}}"""]);

        var editableOnly = Filter(await SentAsync(Query("espresso") with { Permissions = ["content.items.edit"], EditableOnly = true }))[1]!["bool"]!["should"]!.AsArray();
        editableOnly.Select(c => c!.ToJsonString()).ShouldBe(["""{"terms":{"editor":["content.items.edit"]}}"""]);
    }

    [Fact]
    public async Task Each_word_matches_stems_and_typos_and_only_the_last_one_its_beginning()
    {
        var words = Words(await SentAsync(Query("brewed espr")));

        foreach (var word in words)
        {
            var fuzzy = word!["bool"]!["should"]![0]!["multi_match"]!;
            fuzzy["fuzziness"]!.GetValue<string>().ShouldBe("AUTO:4,8");
            fuzzy["prefix_length"]!.GetValue<int>().ShouldBe(1);
            fuzzy["fields"]!.AsArray().Select(f => f!.GetValue<string>()).ShouldBe(["title.en^4", "title.ru^4", "text.en", "text.ru", "title^2", "text^0.5"]);
        }

        words[0]!.ToJsonString().ShouldNotContain("prefix\":{");
        words[1]!["bool"]!["should"]![1]!["prefix"]!["title"]!["value"]!.GetValue<string>().ShouldBe("espr");
        words[1]!["bool"]!["should"]![2]!["prefix"]!["text"]!["value"]!.GetValue<string>().ShouldBe("espr");
    }

    [Fact]
    public async Task Facets_are_counted_over_every_hit_and_narrow_in_the_filter()
    {
        var body = await SentAsync(Query("espresso") with { Type = "post", Tag = "summer", Category = "news", Language = "ru", Page = 3, PageSize = 5 });

        foreach (var (facet, field) in new[] { ("type", "type"), ("tag", "tag"), ("category", "category"), ("language", "lang") })
        {
            body["aggs"]![facet]!["terms"]!["field"]!.GetValue<string>().ShouldBe(field);
            body["aggs"]![facet]!["terms"]!["size"]!.GetValue<int>().ShouldBe(SearchFacets.MaxValues);
        }

        Filter(body).Skip(2).Select(c => c!.ToJsonString()).ShouldBe(["""{"term":{"type":"post"}}""", """{"term":{"tag":"summer"}}""", """{"term":{"category":"news"}}""", """{"term":{"lang":"ru"}}"""]);
        (body["from"]!.GetValue<int>(), body["size"]!.GetValue<int>()).ShouldBe((10, 5));
        body["track_total_hits"]!.GetValue<bool>().ShouldBeTrue("the total counts every hit, not the first 10,000");
    }

    [Fact]
    public async Task Newest_sorts_by_date_and_keeps_scores_while_relevance_leaves_the_order_to_the_score()
    {
        var newest = await SentAsync(Query("espresso") with { Sort = SearchSort.Newest });
        newest["sort"]!.ToJsonString().ShouldBe("""[{"published":{"order":"desc"}}]""");
        newest["track_scores"]!.GetValue<bool>().ShouldBeTrue();

        (await SentAsync(Query("espresso")))["sort"].ShouldBeNull();
    }

    [Fact]
    public async Task The_readers_language_multiplies_the_score_without_leaving_the_filter()
    {
        var body = await SentAsync(Query("espresso") with { PreferredLanguage = "ru" });
        var scored = body["query"]!["bool"]!["must"]![0]!["function_score"]!;
        scored["functions"]![0]!["filter"]!.ToJsonString().ShouldBe("""{"term":{"lang":"ru"}}""");
        scored["functions"]![0]!["weight"]!.GetValue<int>().ShouldBeGreaterThan(1);
        scored["query"]!["bool"]!["must"]!.AsArray().Count.ShouldBe(1);
        Filter(body)[0]!["term"]!["tenant"]!.GetValue<string>().ShouldBe(Tenant.ToString("N"));
    }

    [Fact]
    public async Task No_words_ask_the_server_nothing()
    {
        var es = new RecordedElasticsearch();
        (await es.Index.SearchAsync(Query("*:* \" ( ) :( - +"), default)).Total.ShouldBe(0);
        es.Connection.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task Counting_a_tenants_documents_filters_by_the_tenant_and_asks_for_no_hits()
    {
        var es = new RecordedElasticsearch();
        await es.Index.CountAsync(Tenant, default);
        var body = es.Sent("/_search").Json();
        body["size"]!.GetValue<int>().ShouldBe(0);
        Filter(body).Single()!.ToJsonString().ShouldBe($$$"""{"term":{"tenant":"{{{Tenant:N}}}"}}""");
        body["aggs"]!["type"]!["terms"]!["field"]!.GetValue<string>().ShouldBe("type");
    }

    private static SearchQuery Query(string text) => new(Tenant, SearchText.Words(text));

    private static JsonArray Filter(JsonNode body) => body["query"]!["bool"]!["filter"]!.AsArray();

    private static JsonArray Words(JsonNode body) => body["query"]!["bool"]!["must"]![0]!["bool"]!["must"]!.AsArray();

    private static async Task<JsonNode> SentAsync(SearchQuery query)
    {
        var es = new RecordedElasticsearch();
        await es.Index.SearchAsync(query, default);
        var search = es.Sent("/_search");
        search.Path.ShouldBe("/test-search/_search");
        return search.Json();
    }
}
