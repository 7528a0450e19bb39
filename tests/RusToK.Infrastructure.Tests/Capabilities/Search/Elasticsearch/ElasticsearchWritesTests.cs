using RusToK.Domain.Capabilities.Search;
using RusToK.Domain.Kernel.Entities;
using RusToK.Infrastructure.Capabilities.Search.Elasticsearch;
using HttpMethod = Elasticsearch.Net.HttpMethod;

namespace RusToK.Infrastructure.Tests.Capabilities.Search.Elasticsearch;

/// <summary>What a write sends: bulk lines through the alias, a tenant's removal by its term; and failures that throw.</summary>
public sealed class ElasticsearchWritesTests
{
    private static readonly Guid Tenant = Guid.NewGuid();
    private static readonly EntityRef Post = new("content", Guid.NewGuid());

    [Fact]
    public async Task Documents_go_in_one_bulk_request_through_the_alias_keyed_by_tenant_and_entity()
    {
        var es = new RecordedElasticsearch(refreshOnWrite: true);
        await es.Index.UpsertAsync([new SearchEntry(Tenant, Document(isPublic: false))], default);

        var bulk = es.Sent("/_bulk");
        (bulk.Method, bulk.Path).ShouldBe((HttpMethod.POST, "/test-search/_bulk?require_alias=true&refresh=true"));
        bulk.ContentType.ShouldBe(ElasticsearchSearchIndex.NdJson);
        var lines = bulk.Lines();
        lines.Count.ShouldBe(2);
        lines[0]["index"]!["_id"]!.GetValue<string>().ShouldBe($"{Tenant:N}|content|{Post.Id:N}");
        var source = lines[1];
        source["tenant"]!.GetValue<string>().ShouldBe(Tenant.ToString("N"));
        source["public"]!.GetValue<bool>().ShouldBeFalse();
        source["editor"]!.GetValue<string>().ShouldBe("content.items.edit");
        source["tag"]!.AsArray().Select(t => t!.GetValue<string>()).ShouldBe(["espresso"], "blank and repeated tags are dropped");
        source["published"]!.GetValue<string>().ShouldBe("2026-11-20T08:00:00.0000000Z", "a draft sorts by when it was last changed");
        source["text"]!.GetValue<string>().Length.ShouldBe(20_000, "long texts are cut to what finding and snippets need");
    }

    [Fact]
    public async Task Removals_delete_by_id_and_a_tenants_removal_names_only_its_tenant()
    {
        var es = new RecordedElasticsearch();
        await es.Index.RemoveAsync(Tenant, [Post], default);
        await es.Index.RemoveTenantAsync(Tenant, default);

        es.Sent("/_bulk").Lines().Single()["delete"]!["_id"]!.GetValue<string>().ShouldBe($"{Tenant:N}|content|{Post.Id:N}");
        es.Sent("/_bulk").Path.ShouldNotContain("refresh", Case.Insensitive, "production lets the index refresh itself");
        var removal = es.Sent("_delete_by_query");
        removal.Path.ShouldBe("/test-search/_delete_by_query?conflicts=proceed");
        removal.Json()["query"]!.ToJsonString().ShouldBe($$$"""{"term":{"tenant":"{{{Tenant:N}}}"}}""");
    }

    [Fact]
    public async Task Nothing_to_write_sends_nothing()
    {
        var es = new RecordedElasticsearch();
        await es.Index.UpsertAsync([], default);
        await es.Index.RemoveAsync(Tenant, [], default);
        es.Connection.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_bulk_with_failed_items_throws_with_the_reason()
    {
        var es = new RecordedElasticsearch(r => r.Path.Contains("_bulk", StringComparison.Ordinal)
            ? (200, """{"took":3,"errors":true,"items":[{"index":{"_id":"a","status":201}},{"index":{"_id":"b","status":400,"error":{"type":"strict_dynamic_mapping_exception","reason":"mapping set to strict"}}}]}""")
            : RecordingConnection.Default(r));

        var failure = await Should.ThrowAsync<ElasticsearchFailure>(() => es.Index.UpsertAsync([new SearchEntry(Tenant, Document())], default));
        failure.Message.ShouldContain("strict_dynamic_mapping_exception");
        failure.Message.ShouldContain("b");
    }

    [Fact]
    public async Task A_server_error_or_no_server_throws_for_the_breaker_to_count()
    {
        var failing = new RecordedElasticsearch(r => r.Method == HttpMethod.HEAD ? (200, "") : (503, """{"error":{"type":"cluster_block_exception","reason":"no master"},"status":503}"""));
        (await Should.ThrowAsync<ElasticsearchFailure>(() => failing.Index.CountAsync(Tenant, default))).Message.ShouldContain("503");

        var options = new ElasticsearchOptions { Url = "http://127.0.0.1:1", IndexPrefix = "nowhere" };
        var unreachable = new ElasticsearchSearchIndex(ElasticsearchCalls.Create(options), options);
        (await Should.ThrowAsync<ElasticsearchFailure>(() => unreachable.CountAsync(Tenant, default))).Message.ShouldContain("could not be reached");
    }

    private static SearchDocument Document(bool isPublic = true) => new(
        Post, "post", "en", "Brewing", new string('x', 25_000), ["espresso", " ", "espresso"], [], "blog/brewing", isPublic,
        null, new DateTime(2026, 11, 20, 8, 0, 0, DateTimeKind.Utc), "content.items.edit");
}
