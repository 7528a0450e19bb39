using System.Net;
using System.Net.Http.Json;
using RusToK.Testing;
using RusToK.Web.Tests.Modules.Content;

namespace RusToK.Web.Tests.Security;

/// <summary>Values that would turn into an attack or a broken site are refused field by field, and nothing is saved.</summary>
public sealed class InputValidationTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private async Task<HttpClient> PlatformAsync() =>
        app.CreateClient().WithBearer((await app.CreateClient().TokenAsync(RusToKAppFactory.AdminEmail, RusToKAppFactory.AdminPassword, "demo"))["accessToken"]!.GetValue<string>());

    [Theory]
    [InlineData("javascript:alert(document.cookie)")]
    [InlineData("data:image/svg+xml,<svg onload=alert(1)>")]
    [InlineData("//evil.example/logo.png")]
    [InlineData("vbscript:msgbox")]
    public async Task A_logo_address_that_is_not_http_or_a_site_path_is_refused(string logo)
    {
        var platform = await PlatformAsync();
        var slug = "logo" + Guid.NewGuid().ToString("N")[..6];

        var response = await platform.PostAsJsonAsync("/api/v1/platform/tenants", new { slug, name = "Logo test", logoUrl = logo });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.JsonAsync())["errors"]!["logoUrl"]![0]!.GetValue<string>().ShouldContain("http(s) address");
        (await app.CreateClient().GetAsync($"/t/{slug}/")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_tenant_with_an_unknown_module_is_refused_and_not_created()
    {
        var platform = await PlatformAsync();
        var slug = "mods" + Guid.NewGuid().ToString("N")[..6];

        var response = await platform.PostAsJsonAsync("/api/v1/platform/tenants", new { slug, name = "Modules test", modules = new[] { "blog", "casino" } });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.JsonAsync())["errors"]!["modules"]![0]!.GetValue<string>().ShouldContain("'casino'");
        (await app.CreateClient().GetAsync($"/t/{slug}/")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await platform.PostAsJsonAsync("/api/v1/platform/tenants", new { slug, name = "Modules test", logoUrl = "https://cdn.example/logo.png", modules = new[] { "blog" } }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("api")]
    [InlineData("account")]
    [InlineData("media")]
    [InlineData("blog")]
    public async Task A_top_level_page_may_not_take_an_address_the_site_itself_answers(string slug)
    {
        var editor = await ContentApi.DemoEditorAsync(app);

        var response = await editor.PostAsJsonAsync("/api/v1/content", new { title = "Sneaky page", slug, type = "page" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        (await response.JsonAsync())["errors"]!["slug"]![0]!.GetValue<string>().ShouldContain("belongs to the site itself");
    }

    [Fact]
    public async Task A_reserved_word_is_fine_below_another_page_and_for_a_post()
    {
        var editor = await ContentApi.DemoEditorAsync(app);
        var parent = await ContentApi.CreateAsync(editor, new { title = "Help", slug = ContentApi.Unique("help").Replace(' ', '-'), type = "page" });

        await ContentApi.CreateAsync(editor, new { title = "Admin guide", slug = "admin", type = "page", parentId = parent["id"] });
        await ContentApi.CreateAsync(editor, new { title = "Notes on our API", slug = "api", type = "post" });
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void The_token_signing_key_is_readable_by_the_app_alone()
    {
        _ = app.Services; // started: the key exists
        var mode = File.GetUnixFileMode(Path.Combine(app.DataDirectory, "keys", "jwt-signing.key"));

        mode.ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }
}
