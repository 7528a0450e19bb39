using System.Net;
using System.Net.Http.Json;
using RusToK.Testing;

namespace RusToK.Web.Tests.Tenancy;

/// <summary>The platform operator creates, edits, suspends and resumes tenants; bad input changes nothing.</summary>
public abstract class TenantAdministrationTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : RusToKAppFactory
{
    private async Task<HttpClient> PlatformAsync() =>
        app.CreateClient().WithBearer((await app.CreateClient().TokenAsync(RusToKAppFactory.AdminEmail, RusToKAppFactory.AdminPassword, "demo"))["accessToken"]!.GetValue<string>());

    [Fact]
    public async Task New_tenant_gets_its_site_its_roles_and_its_theme()
    {
        var platform = await PlatformAsync();
        var slug = "shop" + Guid.NewGuid().ToString("N")[..6];
        var created = await platform.PostAsJsonAsync("/api/v1/platform/tenants", new { slug, name = "Corner Shop", hosts = new[] { $"{slug}.example.com" }, primaryColor = "#AA3300" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);

        var html = await app.CreateClient().GetStringAsync($"/t/{slug}/");
        html.ShouldContain("Corner Shop");
        var sheet = System.Text.RegularExpressions.Regex.Match(html, "theme/light\\.css\\?v=[0-9a-f]+").Value;
        (await app.CreateClient().GetStringAsync($"/t/{slug}/{sheet}")).ShouldContain("rgba(170,51,0,1)"); // the theme's primary colour

        var byHost = new HttpRequestMessage(HttpMethod.Get, "/");
        byHost.Headers.Host = $"{slug}.example.com";
        (await (await app.CreateClient().SendAsync(byHost)).Content.ReadAsStringAsync()).ShouldContain("Corner Shop");

        var roles = await (await platform.GetAsync($"/t/{slug}/api/v1/roles")).JsonAsync();
        roles.AsArray().Select(r => r!["name"]!.GetValue<string>()).ShouldBe(["Owner", "Admin", "Editor", "Moderator", "Customer"]);
    }

    [Fact]
    public async Task Duplicate_slug_or_host_and_bad_slug_are_refused_field_by_field()
    {
        var platform = await PlatformAsync();
        var duplicate = await platform.PostAsJsonAsync("/api/v1/platform/tenants", new { slug = "demo", name = "Again", hosts = new[] { "localhost" } });
        duplicate.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await duplicate.JsonAsync())["errors"]!;
        errors["slug"]![0]!.GetValue<string>().ShouldContain("already taken");

        var hostTaken = await platform.PostAsJsonAsync("/api/v1/platform/tenants", new { slug = "fresh" + Guid.NewGuid().ToString("N")[..6], name = "Fresh", hosts = new[] { "localhost" } });
        (await hostTaken.JsonAsync())["errors"]!["hosts"]![0]!.GetValue<string>().ShouldContain("already belongs to another tenant");

        var badSlug = await platform.PostAsJsonAsync("/api/v1/platform/tenants", new { slug = "Bad Slug!", name = "Bad" });
        (await badSlug.JsonAsync())["errors"]!["slug"]![0]!.GetValue<string>().ShouldContain("lower-case letters");

        var reserved = await platform.PostAsJsonAsync("/api/v1/platform/tenants", new { slug = "admin", name = "Sneaky" });
        (await reserved.JsonAsync())["errors"]!["slug"]![0]!.GetValue<string>().ShouldContain("reserved");

        var tooLong = await platform.PostAsJsonAsync("/api/v1/platform/tenants", new { slug = "ok" + Guid.NewGuid().ToString("N")[..6], name = new string('x', 500) });
        (await tooLong.JsonAsync())["errors"]!["name"].ShouldNotBeNull();

        var list = await (await platform.GetAsync("/api/v1/platform/tenants?search=Sneaky")).JsonAsync();
        list["totalCount"]!.GetValue<int>().ShouldBe(0);
    }

    [Fact]
    public async Task Suspended_tenant_shows_a_clear_page_and_503_and_comes_back_with_its_data()
    {
        var platform = await PlatformAsync();
        var slug = "pause" + Guid.NewGuid().ToString("N")[..6];
        var id = (await (await platform.PostAsJsonAsync("/api/v1/platform/tenants", new { slug, name = "Paused Cafe", modules = new[] { "announcements" } })).JsonAsync())["id"]!.GetValue<Guid>();
        (await platform.PostAsJsonAsync($"/t/{slug}/api/v1/announcements", new { title = "Open all night" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        (await platform.PostAsync($"/api/v1/platform/tenants/{id}/suspend", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var page = await app.CreateClient().GetAsync($"/t/{slug}/");
        page.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await page.Content.ReadAsStringAsync()).ShouldContain("temporarily unavailable");
        (await app.CreateClient().GetAsync($"/t/{slug}/api/v1/announcements/visible")).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);

        (await platform.PostAsync($"/api/v1/platform/tenants/{id}/resume", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var html = await app.CreateClient().GetStringAsync($"/t/{slug}/");
        html.ShouldContain("Open all night");
    }

    [Fact]
    public async Task A_site_made_from_a_template_starts_with_its_modules_and_an_owner_who_can_sign_in()
    {
        var platform = await PlatformAsync();
        var templates = await (await platform.GetAsync("/api/v1/platform/templates")).JsonAsync();
        templates.AsArray().Select(t => t!["id"]!.GetValue<string>()).ShouldBe(["blog", "shop", "website", "empty"]);

        var slug = "tpl" + Guid.NewGuid().ToString("N")[..6];
        var owner = new { email = $"owner@{slug}.test", displayName = "Olga Owner", password = "Owner123!" };
        var created = await platform.PostAsJsonAsync("/api/v1/platform/tenants", new { slug, name = $"Coffee Notes {slug}", template = "blog", owner });
        var tenant = await created.JsonAsync();
        created.StatusCode.ShouldBe(HttpStatusCode.Created, tenant.ToJsonString());
        tenant["enabledModules"]!.AsArray().Select(m => m!.GetValue<string>()).Order().ShouldBe(["blog", "content", "media", "pages", "tags"]);

        var ownerClient = app.CreateClient().WithBearer((await app.CreateClient().TokenAsync(owner.email, owner.password, slug))["accessToken"]!.GetValue<string>());
        var users = await (await ownerClient.GetAsync($"/t/{slug}/api/v1/users")).JsonAsync();
        var person = users["items"]!.AsArray().Single()!;
        person["displayName"]!.GetValue<string>().ShouldBe("Olga Owner");
        person["roles"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldBe(["Owner"]);
        (await ownerClient.GetAsync($"/t/{slug}/api/v1/roles")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_taken_name_an_unknown_template_or_a_weak_owner_password_creates_nothing()
    {
        var platform = await PlatformAsync();
        var slug = "nope" + Guid.NewGuid().ToString("N")[..6];

        var taken = await platform.PostAsJsonAsync("/api/v1/platform/tenants", new { slug, name = "rustok demo" });
        taken.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await taken.JsonAsync())["errors"]!["name"]![0]!.GetValue<string>().ShouldContain("already exists");

        var unknown = await platform.PostAsJsonAsync("/api/v1/platform/tenants", new { slug, name = $"Fresh {slug}", template = "casino" });
        (await unknown.JsonAsync())["errors"]!["template"]![0]!.GetValue<string>().ShouldContain("Templates on offer: blog, shop, website, empty");

        var weak = await platform.PostAsJsonAsync("/api/v1/platform/tenants", new { slug, name = $"Fresh {slug}", owner = new { email = "not-an-address", displayName = "Olga", password = "short" } });
        var errors = (await weak.JsonAsync())["errors"]!;
        errors["owner.email"]![0]!.GetValue<string>().ShouldContain("not an e-mail address");
        errors["owner.password"].ShouldNotBeNull();

        var list = await (await platform.GetAsync($"/api/v1/platform/tenants?search={slug}")).JsonAsync();
        list["totalCount"]!.GetValue<int>().ShouldBe(0);
    }

    [Fact]
    public async Task Unknown_site_is_a_clear_404()
    {
        var response = await app.CreateClient().GetAsync("/t/nobody-here/");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Unknown site");
    }
}

public sealed class TenantAdministrationOnSqlite(SqliteAppFactory app) : TenantAdministrationTests<SqliteAppFactory>(app);

public sealed class TenantAdministrationOnMariaDb(MariaDbAppFactory app) : TenantAdministrationTests<MariaDbAppFactory>(app);
