using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using RusToK.Testing;
using RusToK.Web.Tests.Modules.Content;

namespace RusToK.Web.Tests.Security;

/// <summary>Public lists and counts show what is published; a draft's tags and categories stay the editors' business.</summary>
public abstract class DraftVisibilityTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : RusToKAppFactory
{
    private static async Task<JsonNode?> TagAsync(HttpClient client, string name, string query = "") =>
        (await (await client.GetAsync($"/api/v1/tags?search={Uri.EscapeDataString(name)}{query}")).JsonAsync())["items"]!.AsArray().FirstOrDefault(t => t!["name"]!.GetValue<string>() == name);

    private static async Task<JsonNode> CategoryAsync(HttpClient client, Guid id, string query = "") =>
        (await (await client.GetAsync($"/api/v1/categories{query}")).JsonAsync()).AsArray().Single(c => c!["id"]!.GetValue<Guid>() == id)!;

    [Fact]
    public async Task A_draft_shows_in_no_public_tag_list_or_category_count_until_it_is_published()
    {
        var editor = await ContentApi.DemoEditorAsync(app);
        var tag = ContentApi.Unique("unannounced");
        var category = await (await editor.PostAsJsonAsync("/api/v1/categories", new { name = ContentApi.Unique("Launch plans") })).JsonAsync();
        var categoryId = category["id"]!.GetValue<Guid>();
        var draft = await ContentApi.CreateAsync(editor, new { title = ContentApi.Unique("Secret launch"), type = "post", tags = new[] { tag }, categoryId });
        var anonymous = app.CreateClient();

        (await TagAsync(anonymous, tag)).ShouldBeNull();
        (await CategoryAsync(anonymous, categoryId))["itemCount"]!.GetValue<int>().ShouldBe(0);
        (await anonymous.GraphQLAsync($"{{ tags(search: \"{tag}\") {{ name }} }}"))["data"]!["tags"]!.AsArray().ShouldBeEmpty();

        // Editors still see what they are working on, when they ask for it.
        (await TagAsync(editor, tag, "&all=true"))!["count"]!.GetValue<int>().ShouldBe(1);
        (await CategoryAsync(editor, categoryId, "?all=true"))["itemCount"]!.GetValue<int>().ShouldBe(1);
        (await anonymous.GetAsync("/api/v1/tags?all=true")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await anonymous.GetAsync("/api/v1/categories?all=true")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        await ContentApi.PublishAsync(editor, draft);

        (await TagAsync(anonymous, tag))!["count"]!.GetValue<int>().ShouldBe(1);
        (await CategoryAsync(anonymous, categoryId))["itemCount"]!.GetValue<int>().ShouldBe(1);
    }
}

public sealed class DraftVisibilityOnSqlite(SqliteAppFactory app) : DraftVisibilityTests<SqliteAppFactory>(app);

public sealed class DraftVisibilityOnMariaDb(MariaDbAppFactory app) : DraftVisibilityTests<MariaDbAppFactory>(app);
