using System.Net;
using System.Net.Http.Json;
using System.Text;
using RusToK.Testing;

namespace RusToK.Web.Tests.Security;

/// <summary>Writes that ride on the sign-in cookie must come from the site's own pages; programs with tokens are unaffected.</summary>
public sealed class CrossOriginRequestTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private const string Attacker = "http://attacker.example";

    private async Task<CookieSession> EditorAsync()
    {
        var session = new CookieSession(app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false }));
        await session.SignInAsync("editor@demo.local", "Editor123!");
        return session;
    }

    private static HttpRequestMessage CreateAnnouncement(string title, string? origin = null, string? referer = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/announcements") { Content = JsonContent.Create(new { title, body = "forged?" }) };
        if (origin is not null) request.Headers.Add("Origin", origin);
        if (referer is not null) request.Headers.Referrer = new Uri(referer);
        return request;
    }

    private async Task<bool> AnnouncementExistsAsync(string title)
    {
        var editor = app.CreateClient().WithBearer((await app.CreateClient().TokenAsync("editor@demo.local", "Editor123!", "demo"))["accessToken"]!.GetValue<string>());
        return (await editor.GetStringAsync("/api/v1/announcements?pageSize=100")).Contains(title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GraphQL_refuses_a_text_plain_body_with_415()
    {
        var response = await app.CreateClient().PostAsync("/graphql", new StringContent("{\"query\":\"{ tenant { name } }\"}", Encoding.UTF8, "text/plain"));
        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await app.CreateClient().GraphQLAsync("{ tenant { name } }"))["data"]!["tenant"]!["name"]!.GetValue<string>().ShouldNotBeEmpty();
    }

    [Fact]
    public async Task A_cookie_write_from_another_origin_is_refused_with_403_and_nothing_is_saved()
    {
        var editor = await EditorAsync();
        var title = "Forged " + Guid.NewGuid().ToString("N")[..8];

        var forged = await editor.SendAsync(CreateAnnouncement(title, origin: Attacker));
        forged.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await forged.JsonAsync())["title"]!.GetValue<string>().ShouldBe("Cross-origin request refused");

        var byReferer = await editor.SendAsync(CreateAnnouncement(title, referer: Attacker + "/trap.html"));
        byReferer.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var graphQL = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = $"mutation {{ createAnnouncement(title: \"{title}\") {{ id }} }}" }) };
        graphQL.Headers.Add("Origin", "null");
        (await editor.SendAsync(graphQL)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await AnnouncementExistsAsync(title)).ShouldBeFalse();
    }

    [Fact]
    public async Task A_cookie_write_from_the_site_itself_goes_through()
    {
        var editor = await EditorAsync();
        var title = "Own page " + Guid.NewGuid().ToString("N")[..8];

        (await editor.SendAsync(CreateAnnouncement(title, origin: "http://localhost"))).StatusCode.ShouldBe(HttpStatusCode.Created);

        (await AnnouncementExistsAsync(title)).ShouldBeTrue();
    }

    [Fact]
    public async Task A_bearer_token_call_with_a_foreign_origin_is_allowed()
    {
        var token = (await app.CreateClient().TokenAsync("editor@demo.local", "Editor123!", "demo"))["accessToken"]!.GetValue<string>();
        var title = "Bearer " + Guid.NewGuid().ToString("N")[..8];
        var request = CreateAnnouncement(title, origin: Attacker);
        request.Headers.Authorization = new("Bearer", token);

        (await app.CreateClient().SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.Created);

        (await AnnouncementExistsAsync(title)).ShouldBeTrue();
    }
}
