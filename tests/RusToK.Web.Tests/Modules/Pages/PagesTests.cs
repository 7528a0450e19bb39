using System.Net;
using System.Net.Http.Json;
using RusToK.Testing;
using static RusToK.Web.Tests.Modules.Content.ContentApi;

namespace RusToK.Web.Tests.Modules.Pages;

/// <summary>Pages with their own addresses and blocks, menus, and the home page built from blocks.</summary>
public abstract class PagesTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : RusToKAppFactory
{
    [Fact]
    public async Task Demo_home_page_is_built_from_blocks_and_the_header_menu_links_the_pages()
    {
        var home = await app.CreateClient().GetStringAsync("/");
        home.ShouldContain("Coffee roasted this week, brewed your way");
        home.ShouldContain("data-testid=\"block-latest-posts\"");
        home.ShouldContain("<a href=\"about\">About</a>");
        home.ShouldContain("<a href=\"about/team\">Our team</a>");
        (await app.CreateClient().GetStringAsync("/about/team")).ShouldContain("<a href=\"about\">About us</a>");
        (await app.CreateClient().GetAsync("/team")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "a child page answers only under its parent's address");
    }

    [Fact]
    public async Task Child_page_gets_a_nested_address_and_its_blocks_show_once_saved()
    {
        var editor = await DemoEditorAsync(app);
        var parentSlug = "services-" + Guid.NewGuid().ToString("N")[..6];
        var parent = await PublishAsync(editor, await CreateAsync(editor, new { title = "Services", slug = parentSlug, type = "page" }));
        var child = await PublishAsync(editor, await CreateAsync(editor, new { title = "Roasting for cafés", slug = "roasting", type = "page", parentId = parent["id"] }));

        var saved = await editor.PutAsJsonAsync($"/api/v1/pages/{child["id"]}/blocks", new
        {
            blocks = new object[]
            {
                new { kind = "Hero", title = "Wholesale roasting", text = "For **cafés**.", buttonText = "Ask us", buttonUrl = "/contact" },
                new { kind = "RichText", text = "Minimum order: 5 kg." },
            },
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());

        var view = await (await app.CreateClient().GetAsync($"/api/v1/pages/by-path?path={parentSlug}/roasting")).JsonAsync();
        view["blocks"]!.AsArray().Select(b => b!["kind"]!.GetValue<string>()).ShouldBe(["Hero", "RichText"]);
        view["breadcrumbs"]!.AsArray().Single()!.GetValue<string>().ShouldBe("Services");
        var html = await EventuallyAsync(app.CreateClient(), $"/{parentSlug}/roasting", (r, body) => body.Contains("Wholesale roasting"));
        html.ShouldContain("<strong>cafés</strong>");
    }

    [Fact]
    public async Task Blocks_and_menus_with_bad_input_are_refused_field_by_field_and_nothing_changes()
    {
        var editor = await DemoEditorAsync(app);
        var page = await CreateAsync(editor, new { title = Unique("Gallery"), type = "page" });
        var bad = await editor.PutAsJsonAsync($"/api/v1/pages/{page["id"]}/blocks", new
        {
            blocks = new object[] { new { kind = "Image", imageUrl = "/a.png" }, new { kind = "CallToAction", title = "Go", buttonText = "Click" } },
        });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await bad.JsonAsync())["errors"]!;
        errors["blocks[0].imageAlt"]![0]!.GetValue<string>().ShouldContain("alt text");
        errors["blocks[1].buttonUrl"]![0]!.GetValue<string>().ShouldContain("both a text and an address");
        (await (await editor.GetAsync($"/api/v1/pages/{page["id"]}/blocks")).JsonAsync()).AsArray().ShouldBeEmpty();

        var menu = await editor.PutAsJsonAsync("/api/v1/menus/Footer", new { items = new[] { new { title = "Evil", url = "javascript:alert(1)", children = Array.Empty<object>() } } });
        menu.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await menu.JsonAsync())["errors"]!["items[0].url"]![0]!.GetValue<string>().ShouldContain("address on this site");
        (await (await app.CreateClient().GetAsync("/api/v1/menus/Footer")).JsonAsync()).AsArray().Select(l => l!["title"]!.GetValue<string>()).ShouldContain("RSS");
    }

    [Fact]
    public async Task Saved_menu_shows_in_the_site_header_at_once_and_only_on_its_own_site()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var tenants = await TwoTenants.CreateAsync(app, suffix, "announcements", "content", "pages");
        var alpha = app.CreateClient().WithBearer(tenants.AlphaToken);
        var beta = app.CreateClient().WithBearer(tenants.BetaToken);
        (await app.CreateClient().GetStringAsync($"/t/alpha{suffix}/")).ShouldNotContain("Opening hours");

        var saved = await alpha.PutAsJsonAsync($"/t/alpha{suffix}/api/v1/menus/Header", new { items = new[] { new { title = "Opening hours", url = "/hours", children = Array.Empty<object>() } } });
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        await EventuallyAsync(app.CreateClient(), $"/t/alpha{suffix}/", (_, html) => html.Contains("Opening hours"));
        (await app.CreateClient().GetStringAsync($"/t/beta{suffix}/")).ShouldNotContain("Opening hours");

        var page = await PublishAsync(alpha, await CreateAsync(alpha, new { title = "Alpha only", type = "page" }, $"/t/alpha{suffix}"), $"/t/alpha{suffix}");
        var foreign = await beta.PutAsJsonAsync($"/t/beta{suffix}/api/v1/pages/{page["id"]}/blocks", new { blocks = new[] { new { kind = "RichText", text = "hijack" } } });
        foreign.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.CreateClient().GetAsync($"/t/beta{suffix}/{page["slug"]}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class PagesOnSqlite(SqliteAppFactory app) : PagesTests<SqliteAppFactory>(app);

public sealed class PagesOnMariaDb(MariaDbAppFactory app) : PagesTests<MariaDbAppFactory>(app);
