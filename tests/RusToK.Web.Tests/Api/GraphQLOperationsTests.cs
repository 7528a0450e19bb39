using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RusToK.Domain.Kernel.Modules;
using RusToK.Testing;
using static RusToK.Web.Tests.Modules.Content.ContentApi;

namespace RusToK.Web.Tests.Api;

/// <summary>What GraphQL gained by being mapped from the same declarations as REST: the same operations, shapes and refusals.</summary>
public sealed class GraphQLOperationsTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task An_announcement_is_updated_through_graphql_and_a_stale_stamp_is_a_conflict()
    {
        var editor = await DemoEditorAsync(app);
        var created = (await editor.GraphQLAsync("mutation { createAnnouncement(title: \"Draft notice\", isPublished: false) { id concurrencyStamp } }"))["data"]!["createAnnouncement"]!;

        var updated = await editor.GraphQLAsync($$"""mutation { updateAnnouncement(id: "{{created["id"]}}", title: "Final notice", tone: "Warning", concurrencyStamp: "{{created["concurrencyStamp"]}}") { title tone } }""");
        var stale = await editor.GraphQLAsync($$"""mutation { updateAnnouncement(id: "{{created["id"]}}", title: "Lost edit", concurrencyStamp: "{{created["concurrencyStamp"]}}") { title } }""");

        updated["data"]!["updateAnnouncement"]!["title"]!.GetValue<string>().ShouldBe("Final notice", updated.ToJsonString());
        updated["data"]!["updateAnnouncement"]!["tone"]!.GetValue<string>().ShouldBe("Warning");
        Code(stale).ShouldBe("CONFLICT");
        (await (await editor.GetAsync($"/api/v1/announcements/{created["id"]}")).JsonAsync())["title"]!.GetValue<string>().ShouldBe("Final notice");
    }

    [Fact]
    public async Task A_menu_is_saved_and_read_as_a_tree_and_page_blocks_are_saved_through_graphql()
    {
        var modules = app.Services.GetRequiredService<ModuleCatalog>().All.Select(m => m.Name).Where(m => m != KernelModule.ModuleName).ToArray();
        var tenants = await TwoTenants.CreateAsync(app, "gqlops", modules);
        var owner = app.CreateClient().WithBearer(tenants.AlphaToken);
        const string prefix = "/t/alphagqlops";

        var saved = await owner.GraphQLAsync("""
            mutation { saveMenu(location: "Header", items: [{ title: "Shop", url: "/shop", children: [{ title: "Beans", url: "/shop/beans", children: [] }] }]) { title children { title url } } }
            """, $"{prefix}/graphql");
        var refused = await owner.GraphQLAsync("""mutation { saveMenu(location: "Footer", items: [{ title: "Evil", url: "javascript:alert(1)", children: [] }]) { title } }""", $"{prefix}/graphql");
        var unknownPlace = await owner.GraphQLAsync("""{ menu(location: "Sidebar") { title } }""", $"{prefix}/graphql");

        saved["data"]!["saveMenu"]![0]!["children"]![0]!["url"]!.GetValue<string>().ShouldBe("/shop/beans", saved.ToJsonString());
        var read = await app.CreateClient().GraphQLAsync("{ menu(location: \"Header\") { title children { title } } }", $"{prefix}/graphql");
        read["data"]!["menu"]![0]!["children"]![0]!["title"]!.GetValue<string>().ShouldBe("Beans");
        (await (await app.CreateClient().GetAsync($"{prefix}/api/v1/menus/Header")).JsonAsync())[0]!["children"]![0]!["title"]!.GetValue<string>().ShouldBe("Beans");
        Code(refused).ShouldBe("VALIDATION");
        refused["errors"]![0]!["extensions"]!["fields"]!["items[0].url"].ShouldNotBeNull(refused.ToJsonString());
        Code(unknownPlace).ShouldBe("VALIDATION");
        unknownPlace["errors"]![0]!["extensions"]!["fields"]!["location"].ShouldNotBeNull();

        var page = await CreateAsync(owner, new { title = "About the shop", type = "page" }, prefix);
        var blocks = await owner.GraphQLAsync($$"""mutation { savePageBlocks(id: "{{page["id"]}}", blocks: [{ kind: HERO, title: "Welcome" }, { kind: LATEST_POSTS }]) { kind count } }""", $"{prefix}/graphql");
        blocks["data"]!["savePageBlocks"]!.AsArray().Select(b => b!["kind"]!.GetValue<string>()).ShouldBe(["Hero", "LatestPosts"], blocks.ToJsonString());
        var stored = await owner.GraphQLAsync($$"""{ pageBlocksById(id: "{{page["id"]}}") { kind title } }""", $"{prefix}/graphql");
        stored["data"]!["pageBlocksById"]![0]!["title"]!.GetValue<string>().ShouldBe("Welcome");
    }

    [Fact]
    public async Task A_filter_outside_its_values_is_refused_with_the_field_named_and_media_answers_not_found()
    {
        var editor = await DemoEditorAsync(app);
        var admin = app.CreateClient().WithBearer((await app.CreateClient().TokenAsync(RusToKAppFactory.AdminEmail, RusToKAppFactory.AdminPassword, "demo"))["accessToken"]!.GetValue<string>());

        var status = await editor.GraphQLAsync("{ contentItems(status: \"Nope\") { id } }");
        var media = await admin.GraphQLAsync($$"""mutation { describeMedia(id: "{{Guid.NewGuid()}}", altText: "A cup") { id } }""");
        var library = await admin.GraphQLAsync("{ mediaFiles(kind: \"Image\") { id } }");

        Code(status).ShouldBe("VALIDATION");
        status["errors"]![0]!["extensions"]!["fields"]!["status"].ShouldNotBeNull();
        Code(media).ShouldBe("NOT_FOUND");
        library["data"]!["mediaFiles"].ShouldBeOfType<JsonArray>(library.ToJsonString());
    }

    private static string Code(JsonNode answer) => answer["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>() ?? $"(no error: {answer.ToJsonString()})";
}
