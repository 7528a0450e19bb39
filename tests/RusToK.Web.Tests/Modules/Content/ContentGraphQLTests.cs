using RusToK.Testing;
using static RusToK.Web.Tests.Modules.Content.ContentApi;

namespace RusToK.Web.Tests.Modules.Content;

/// <summary>Writing content through GraphQL takes the same fields as REST, so a save there loses nothing REST would keep.</summary>
public abstract class ContentGraphQLTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : RusToKAppFactory
{
    [Fact]
    public async Task Saving_a_page_through_graphql_keeps_its_parent_cover_and_position()
    {
        var editor = await DemoEditorAsync(app);
        var parent = await CreateAsync(editor, new { title = Unique("Parent"), type = "page" });
        var child = await CreateAsync(editor, new { title = Unique("Child"), type = "page", parentId = parent["id"], coverImageUrl = "https://example.org/cup.jpg", coverImageAlt = "A cup", position = 3 });

        var saved = await editor.GraphQLAsync($$"""
            mutation { updateContent(id: "{{child["id"]}}", title: "Renamed child", slug: "{{child["slug"]}}", type: "page",
              parentId: "{{parent["id"]}}", coverImageUrl: "https://example.org/cup.jpg", coverImageAlt: "A cup", position: 3,
              concurrencyStamp: "{{child["concurrencyStamp"]}}") { title parentId coverImageUrl coverImageAlt position } }
            """);

        var item = saved["data"]?["updateContent"] ?? throw new ShouldAssertException(saved.ToJsonString());
        item["title"]!.GetValue<string>().ShouldBe("Renamed child");
        item["parentId"]!.GetValue<string>().ShouldBe(parent["id"]!.GetValue<string>());
        item["coverImageUrl"]!.GetValue<string>().ShouldBe("https://example.org/cup.jpg");
        item["coverImageAlt"]!.GetValue<string>().ShouldBe("A cup");
        item["position"]!.GetValue<int>().ShouldBe(3);
    }
}

public sealed class ContentGraphQLOnSqlite(SqliteAppFactory app) : ContentGraphQLTests<SqliteAppFactory>(app);
