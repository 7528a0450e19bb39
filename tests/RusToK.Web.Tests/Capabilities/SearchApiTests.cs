using System.Net;
using System.Net.Http.Json;
using RusToK.Testing;
using static RusToK.Web.Tests.Modules.Content.ContentApi;

namespace RusToK.Web.Tests.Capabilities;

/// <summary>
/// Search through the API as readers and editors use it: the demo found in both languages, a new post found moments
/// after it is published, drafts only for their editors, another site's documents never, and bad input answered plainly.
/// </summary>
public abstract class SearchApiTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : RusToKAppFactory
{
    [Fact]
    public async Task A_reader_finds_the_demo_in_english_and_in_russian_with_a_typo()
    {
        var english = await EventuallyAsync(app.CreateClient(), "/api/v1/search?q=perfekt%20steps", (r, body) => body.Contains("The perfect pour-over"));
        await EventuallyAsync(app.CreateClient(), "/api/v1/search?q=%D0%BF%D1%83%D1%80%D0%BE%D0%B2%D0%B5%D1%80", (r, body) => body.Contains("Идеальный пуровер"));
        var typo = await EventuallyAsync(app.CreateClient(), "/api/v1/search?q=espreso", (r, body) => body.Contains("Coffee tonic"));
        var hit = System.Text.Json.Nodes.JsonNode.Parse(typo)!["items"]!.AsArray().First(h => h!["title"]!.GetValue<string>() == "Coffee tonic")!;
        hit["snippetHtml"]!.GetValue<string>().ShouldContain("<mark>espresso</mark>");
    }

    [Fact]
    public async Task A_published_post_is_found_moments_later_and_its_draft_only_by_its_editors()
    {
        var editor = await DemoEditorAsync(app);
        var word = "zanzibarx" + Guid.NewGuid().ToString("N")[..6];
        var draft = await CreateAsync(editor, new { title = $"Draft about {word}", body = "Not yet.", type = "post" });
        await EventuallyAsync(editor, $"/api/v1/search?q={word}", (r, body) => body.Contains("Draft about"));
        (await (await app.CreateClient().GetAsync($"/api/v1/search?q={word}")).JsonAsync())["totalCount"]!.GetValue<long>().ShouldBe(0, "readers never find a draft");

        await PublishAsync(editor, draft);
        var found = await EventuallyAsync(app.CreateClient(), $"/api/v1/search?q={word}", (r, body) => body.Contains("\"totalCount\":1"));
        found.ShouldContain("\"url\":\"blog/draft-about-");
        var facets = (await (await app.CreateClient().GetAsync($"/api/v1/search?q={word}")).JsonAsync())["facets"]!.AsArray();
        facets.First(f => f!["name"]!.GetValue<string>() == "type")!["values"]![0]!["value"]!.GetValue<string>().ShouldBe("post");
    }

    [Fact]
    public async Task Another_site_never_finds_the_demos_documents_whatever_it_asks()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        await TwoTenants.CreateAsync(app, suffix, "announcements", "content", "blog");
        await EventuallyAsync(app.CreateClient(), "/api/v1/search?q=espresso", (r, body) => body.Contains("\"totalCount\":") && !body.Contains("\"totalCount\":0"));
        var other = await (await app.CreateClient().GetAsync($"/t/alpha{suffix}/api/v1/search?q=espresso%20tenant%20demo")).JsonAsync();
        other["totalCount"]!.GetValue<long>().ShouldBe(0);
    }

    [Fact]
    public async Task Renaming_and_deleting_a_tag_reaches_the_search_facets_of_the_posts_that_carry_it()
    {
        var editor = await DemoEditorAsync(app);
        var word = "tagword" + Guid.NewGuid().ToString("N")[..6];
        var tag = "old-" + word;
        await PublishedPostAsync(editor, $"Tagged {word}", [tag]);
        await EventuallyAsync(app.CreateClient(), $"/api/v1/search?q={word}&tag={tag}", (r, body) => body.Contains("\"totalCount\":1"));

        var id = (await (await editor.GetAsync($"/api/v1/tags?search={tag}&all=true")).JsonAsync())["items"]![0]!["id"]!.GetValue<Guid>();
        (await editor.PutAsJsonAsync($"/api/v1/tags/{id}", new { name = "new-" + word })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await EventuallyAsync(app.CreateClient(), $"/api/v1/search?q={word}&tag=new-{word}", (r, body) => body.Contains("\"totalCount\":1"));
        (await (await app.CreateClient().GetAsync($"/api/v1/search?q={word}&tag={tag}")).JsonAsync())["totalCount"]!.GetValue<long>().ShouldBe(0);

        (await editor.DeleteAsync($"/api/v1/tags/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await EventuallyAsync(app.CreateClient(), $"/api/v1/search?q={word}&tag=new-{word}", (r, body) => body.Contains("\"totalCount\":0"));
        (await (await app.CreateClient().GetAsync($"/api/v1/search?q={word}")).JsonAsync())["totalCount"]!.GetValue<long>().ShouldBe(1, "the post stays, without the tag");
    }

    [Theory]
    [InlineData("title:(")]
    [InlineData("\"unbalanced")]
    [InlineData("*")]
    public async Task Query_syntax_never_breaks_the_search(string q)
    {
        var response = await app.CreateClient().GetAsync($"/api/v1/search?q={Uri.EscapeDataString(q)}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Control_characters_are_refused_with_a_clear_message()
    {
        var response = await app.CreateClient().GetAsync("/api/v1/search?q=%00%01espresso%7F");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.JsonAsync())["title"].ShouldNotBeNull();
    }

    [Fact]
    public async Task Out_of_range_pages_and_huge_queries_get_a_clear_answer()
    {
        var zero = await app.CreateClient().GetAsync("/api/v1/search?q=coffee&page=0");
        zero.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await zero.JsonAsync())["errors"]!["page"]![0]!.GetValue<string>().ShouldContain("between 1 and 100");
        (await app.CreateClient().GetAsync("/api/v1/search?q=coffee&page=10000")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await app.CreateClient().GetAsync($"/api/v1/search?q={new string('a', 10_000)}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.CreateClient().GetAsync("/api/v1/search?q=coffee&type=no-such-type")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

public sealed class SearchApiOnSqlite(SqliteAppFactory app) : SearchApiTests<SqliteAppFactory>(app);

public sealed class SearchApiOnMariaDb(MariaDbAppFactory app) : SearchApiTests<MariaDbAppFactory>(app);
