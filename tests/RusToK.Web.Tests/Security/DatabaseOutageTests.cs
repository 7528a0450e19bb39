using System.Net;
using System.Net.Http.Json;
using RusToK.Testing;

namespace RusToK.Web.Tests.Security;

/// <summary>While the database is away the site says so (503, Retry-After) instead of failing, and comes back by itself.</summary>
public sealed class DatabaseOutageTests(OutageMariaDbAppFactory app) : IClassFixture<OutageMariaDbAppFactory>
{
    [Fact]
    public async Task While_the_database_is_down_requests_answer_503_with_retry_after_and_nothing_is_lost_after()
    {
        var editor = app.CreateClient().WithBearer((await app.CreateClient().TokenAsync("editor@demo.local", "Editor123!", "demo"))["accessToken"]!.GetValue<string>());
        var reader = app.CreateClient();

        app.Database.Cut();
        try
        {
            var write = await editor.PostAsJsonAsync("/api/v1/announcements", new { title = "Written during the outage" });
            write.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable, await write.Content.ReadAsStringAsync());
            write.Headers.RetryAfter.ShouldNotBeNull();
            write.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");

            var page = await reader.GetAsync("/blog/a-post-nobody-has-read-" + Guid.NewGuid().ToString("N")[..6]);
            page.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            page.Headers.RetryAfter.ShouldNotBeNull();
            (await page.Content.ReadAsStringAsync()).ShouldContain("briefly unavailable");

            (await reader.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        }
        finally
        {
            app.Database.Restore();
        }

        // Pooled connections broken by the cut are dropped as they are tried: once readiness is green again, writes go through.
        for (var attempt = 0; attempt < 50 && (await reader.GetAsync("/health/ready")).StatusCode != HttpStatusCode.OK; attempt++) await Task.Delay(200);
        var after = await editor.PostAsJsonAsync("/api/v1/announcements", new { title = "Written after the outage" });
        after.StatusCode.ShouldBe(HttpStatusCode.Created, await after.Content.ReadAsStringAsync());
        var titles = (await (await editor.GetAsync("/api/v1/announcements")).JsonAsync()).ToJsonString();
        titles.ShouldContain("Written after the outage");
        titles.ShouldNotContain("Written during the outage");
        (await reader.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
