using System.Text.Json.Nodes;
using RusToK.Infrastructure.Capabilities.Search.Elasticsearch;
using HttpMethod = Elasticsearch.Net.HttpMethod;

namespace RusToK.Infrastructure.Tests.Capabilities.Search.Elasticsearch;

/// <summary>The first generation and its strict mapping, and a rebuild's next generation swapped in at once.</summary>
public sealed class ElasticsearchIndexesTests
{
    private const string Generations = """{"test-search-000001":{"aliases":{"test-search":{}}},"test-search-000002":{"aliases":{}},"test-search-old":{"aliases":{}}}""";

    [Fact]
    public async Task The_first_search_creates_a_strict_first_generation_behind_the_alias()
    {
        var es = new RecordedElasticsearch(r => r.Method == HttpMethod.HEAD ? (404, "") : RecordingConnection.Default(r));
        await es.Index.SearchAsync(new(Guid.NewGuid(), ["coffee"]), default);

        var create = es.Connection.Requests[1];
        (create.Method, create.Path).ShouldBe((HttpMethod.PUT, "/test-search-000001"));
        var body = create.Json();
        body["aliases"]!["test-search"].ShouldNotBeNull();
        body["mappings"]!["dynamic"]!.GetValue<string>().ShouldBe("strict", "a field nobody mapped is refused, not guessed");
        var properties = body["mappings"]!["properties"]!;
        foreach (var keyword in new[] { "tenant", "entity_type", "entity_id", "type", "lang", "tag", "category", "editor", "url" }) properties[keyword]!["type"]!.GetValue<string>().ShouldBe("keyword");
        properties["public"]!["type"]!.GetValue<string>().ShouldBe("boolean");
        properties["published"]!["type"]!.GetValue<string>().ShouldBe("date");
        foreach (var words in new[] { "title", "text" })
        {
            properties[words]!["fields"]!["en"]!["analyzer"]!.GetValue<string>().ShouldBe("english");
            properties[words]!["fields"]!["ru"]!["analyzer"]!.GetValue<string>().ShouldBe("russian");
            properties[words]!["index_prefixes"].ShouldNotBeNull("beginnings of words are found as they are typed");
        }
    }

    [Fact]
    public async Task An_existing_alias_is_left_as_it_is_and_checked_once()
    {
        var es = new RecordedElasticsearch();
        await es.Index.SearchAsync(new(Guid.NewGuid(), ["coffee"]), default);
        await es.Index.CountAsync(Guid.NewGuid(), default);

        es.Connection.Requests.Count(r => r.Method == HttpMethod.HEAD).ShouldBe(1);
        es.Connection.Requests.ShouldNotContain(r => r.Method == HttpMethod.PUT);
    }

    [Fact]
    public async Task Another_node_creating_the_index_first_is_not_a_failure_but_a_refusal_is()
    {
        var raced = new RecordedElasticsearch(r => r.Method == HttpMethod.HEAD ? (404, "") : r.Method == HttpMethod.PUT ? (400, """{"error":{"type":"resource_already_exists_exception"}}""") : RecordingConnection.Default(r));
        await raced.Index.SearchAsync(new(Guid.NewGuid(), ["coffee"]), default);

        var refused = new RecordedElasticsearch(r => r.Method == HttpMethod.HEAD ? (404, "") : (400, """{"error":{"type":"mapper_parsing_exception","reason":"bad mapping"}}"""));
        (await Should.ThrowAsync<ElasticsearchFailure>(() => refused.Index.SearchAsync(new(Guid.NewGuid(), ["coffee"]), default))).Message.ShouldContain("mapper_parsing_exception");
    }

    [Fact]
    public async Task A_rebuild_fills_the_next_generation_and_the_alias_moves_in_one_request()
    {
        var es = new RecordedElasticsearch(r => (200, r.Path.EndsWith("/_alias", StringComparison.Ordinal) ? Generations : r.Path == "/_alias/test-search" ? """{"test-search-000001":{"aliases":{"test-search":{}}}}""" : "{}"));
        var next = await es.Index.Indexes.CreateNextAsync(default);
        await es.Index.Indexes.SwapAsync(next, default);

        next.ShouldBe("test-search-000003");
        es.Connection.Requests.ShouldContain(r => r.Method == HttpMethod.PUT && r.Path == "/test-search-000003" && r.Json()["mappings"]!["dynamic"]!.GetValue<string>() == "strict");
        var swap = es.Connection.Requests.Single(r => r.Path == "/_aliases").Json()["actions"]!.AsArray();
        swap.Select(a => a!.ToJsonString()).ShouldBe(
        [
            new JsonObject { ["remove"] = new JsonObject { ["index"] = "test-search-000001", ["alias"] = "test-search" } }.ToJsonString(),
            new JsonObject { ["add"] = new JsonObject { ["index"] = "test-search-000003", ["alias"] = "test-search" } }.ToJsonString(),
        ]);
    }

    [Fact]
    public async Task Old_generations_are_deleted_by_name_never_by_wildcard()
    {
        var es = new RecordedElasticsearch(_ => (200, Generations));
        var generations = await es.Index.Indexes.GenerationsAsync(default);
        await es.Index.Indexes.DeleteAsync(generations, default);

        generations.ShouldBe(["test-search-000001", "test-search-000002"], "an index that only shares the prefix is not ours");
        es.Connection.Requests.Single(r => r.Method == HttpMethod.DELETE).Path.ShouldBe("/test-search-000001,test-search-000002");
    }
}
