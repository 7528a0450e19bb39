using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RusToK.Domain.Modules.Content;
using RusToK.Infrastructure.Kernel.Tenancy;
using RusToK.Testing;
using static RusToK.Web.Tests.Modules.Content.ContentApi;

namespace RusToK.Web.Tests.Modules.Content;

/// <summary>Each content type says where readers find its live items, in one place, and the storefront agrees.</summary>
public abstract class ContentTypeAddressTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : RusToKAppFactory
{
    [Fact]
    public async Task Posts_and_pages_answer_where_their_type_says_and_drafts_nowhere()
    {
        var editor = await DemoEditorAsync(app);
        var post = await PublishedPostAsync(editor, Unique("Addressed"));
        var slug = "bilingual-" + Guid.NewGuid().ToString("N")[..6];
        var english = await PublishAsync(editor, await CreateAsync(editor, new { title = "Bilingual", slug, type = "post" }));
        await PublishAsync(editor, await CreateAsync(editor, new { title = "Двуязычная", slug, type = "post", language = "ru" }));
        var draft = await CreateAsync(editor, new { title = Unique("Not yet"), type = "post" });
        var article = await PublishAsync(editor, await CreateAsync(editor, new { title = Unique("Plain article") }));
        var top = "where-" + Guid.NewGuid().ToString("N")[..6];
        var parent = await PublishAsync(editor, await CreateAsync(editor, new { title = "Where", slug = top, type = "page" }));
        var child = await PublishAsync(editor, await CreateAsync(editor, new { title = "Here", slug = "here", type = "page", parentId = parent["id"] }));

        (await ReaderPathAsync(post)).ShouldBe($"blog/{post["slug"]}");
        (await ReaderPathAsync(english)).ShouldBe($"blog/{slug}?lang=en", "a translated post's versions each have their own address");
        (await ReaderPathAsync(draft)).ShouldBeNull();
        (await ReaderPathAsync(article)).ShouldBeNull("no module gives articles a reader address");
        (await ReaderPathAsync(child)).ShouldBe($"{top}/here");
        var home = (await (await editor.GetAsync("/api/v1/pages")).JsonAsync()).AsArray().Single(p => p!["path"]!.GetValue<string>() == "home")!;
        (await ReaderPathAsync(home)).ShouldBe("./", "the home page lives at the site's root");
        // The page tree readers see is cached and forgotten when the relayed publish event arrives: poll for it.
        await EventuallyAsync(app.CreateClient(), $"/{top}/here", (response, _) => response.StatusCode == System.Net.HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_page_nested_deeper_than_the_tree_goes_has_no_address_for_the_editor_nor_for_readers()
    {
        var editor = await DemoEditorAsync(app);
        var path = "deep-" + Guid.NewGuid().ToString("N")[..6];
        var page = await PublishAsync(editor, await CreateAsync(editor, new { title = "Level 0", slug = path, type = "page" }));
        for (var level = 1; level <= Domain.Modules.Pages.PageService.MaxDepth + 1; level++)
        {
            (await ReaderPathAsync(page)).ShouldBe(path);
            page = await PublishAsync(editor, await CreateAsync(editor, new { title = $"Level {level}", slug = $"level-{level}", type = "page", parentId = page["id"] }));
            path += $"/level-{level}";
        }

        (await ReaderPathAsync(page)).ShouldBeNull();
        (await app.CreateClient().GetAsync($"/{path}")).StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
    }

    // What the editor's "View" button links to: the item's type's reader address, read in the demo tenant.
    private async Task<string?> ReaderPathAsync(JsonNode item)
    {
        var demo = await app.Services.GetRequiredService<TenantStore>().FindBySlugAsync("demo");
        await using var scope = await app.Services.GetRequiredService<TenantScopeFactory>().CreateAsync(demo!.Id);
        var stored = await scope.ServiceProvider.GetRequiredService<ContentQueries>().FindAsync(item["id"]!.GetValue<Guid>());
        return await scope.ServiceProvider.GetRequiredService<ContentTypeCatalog>().For(stored!.Type).ReaderPathAsync(stored);
    }
}

public sealed class ContentTypeAddressesOnSqlite(SqliteAppFactory app) : ContentTypeAddressTests<SqliteAppFactory>(app);

public sealed class ContentTypeAddressesOnMariaDb(MariaDbAppFactory app) : ContentTypeAddressTests<MariaDbAppFactory>(app);
