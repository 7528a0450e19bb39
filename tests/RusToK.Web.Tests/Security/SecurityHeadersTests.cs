using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using RusToK.Testing;

namespace RusToK.Web.Tests.Security;

/// <summary>Every kind of response carries the browser-hardening headers; only the bundled API reference runs inline scripts.</summary>
public sealed class SecurityHeadersTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private async Task<CookieSession> AdminAsync()
    {
        var session = new CookieSession(app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false }));
        await session.SignInAsync(RusToKAppFactory.AdminEmail, RusToKAppFactory.AdminPassword);
        return session;
    }

    private async Task<string> MediaFileAsync()
    {
        var editor = app.CreateClient().WithBearer((await app.CreateClient().TokenAsync("editor@demo.local", "Editor123!", "demo"))["accessToken"]!.GetValue<string>());
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(TestImages.Png(40, 30));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", "dot.png");
        var uploaded = await (await editor.PostAsync("/api/v1/media", form)).JsonAsync();
        return "/" + uploaded["url"]!.GetValue<string>().TrimStart('/');
    }

    private static void ShouldBeHardened(HttpResponseMessage response, bool inlineScriptsAllowed = false)
    {
        var what = $"{response.RequestMessage!.Method} {response.RequestMessage.RequestUri} ({(int)response.StatusCode})";
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff", what);
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("strict-origin-when-cross-origin", what);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single().Split(';', StringSplitOptions.TrimEntries);
        csp.ShouldContain("frame-ancestors 'none'", what);
        csp.ShouldContain("object-src 'none'", what);
        csp.ShouldContain("base-uri 'self'", what);
        var scripts = csp.Single(d => d.StartsWith("script-src ", StringComparison.Ordinal));
        scripts.ShouldStartWith("script-src 'self'", customMessage: what);
        scripts.Contains("'unsafe-eval'", StringComparison.Ordinal).ShouldBeFalse(what);
        scripts.Contains("'unsafe-inline'", StringComparison.Ordinal).ShouldBe(inlineScriptsAllowed, what);
    }

    [Fact]
    public async Task Pages_api_answers_files_and_feeds_all_carry_the_headers()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var media = await MediaFileAsync();
        foreach (var path in new[] { "/", "/blog/the-perfect-pour-over-in-five-steps", "/account/login", "/api/v1/announcements/visible", "/api/v1/me", media, "/blog/rss.xml", "/sitemap.xml", "/health/live", "/_content/RusToK.Components/rustok.css", "/no-such-page" })
        {
            var response = await client.GetAsync(path);
            response.StatusCode.ShouldNotBe(HttpStatusCode.InternalServerError, path);
            ShouldBeHardened(response);
        }

        ShouldBeHardened(await client.PostAsJsonAsync("/graphql", new { query = "{ tenant { name } }" }));
    }

    [Fact]
    public async Task The_admin_and_jobs_dashboard_are_strict_and_only_the_api_reference_allows_inline_scripts()
    {
        var admin = await AdminAsync();

        var page = await admin.GetAsync("/admin");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        ShouldBeHardened(page);

        var jobs = await admin.GetAsync("/admin/jobs");
        jobs.StatusCode.ShouldBe(HttpStatusCode.OK);
        ShouldBeHardened(jobs);

        var reference = await admin.GetAsync("/openapi-ui");
        ShouldBeHardened(reference, inlineScriptsAllowed: true);
    }

    [Fact]
    public async Task HSTS_is_sent_over_HTTPS_and_not_over_plain_HTTP()
    {
        var https = app.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        var secure = await https.GetAsync("/");
        ShouldBeHardened(secure);
        secure.Headers.GetValues("Strict-Transport-Security").Single().ShouldStartWith("max-age=");

        (await app.CreateClient().GetAsync("/")).Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
    }
}
