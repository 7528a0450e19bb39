using System.Net;
using RusToK.Testing;

namespace RusToK.Web.Tests.Api;

/// <summary>What deployers and integrators rely on: health probes, the OpenAPI document, the sign-in page.</summary>
public sealed class PlatformEndpointsTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task Health_probes_answer_healthy()
    {
        (await app.CreateClient().GetStringAsync("/health/live")).ShouldBe("Healthy");
        (await app.CreateClient().GetStringAsync("/health/ready")).ShouldBe("Healthy");
    }

    [Fact]
    public async Task Openapi_document_describes_the_rest_routes()
    {
        var doc = await (await app.CreateClient().GetAsync("/openapi/v1.json")).JsonAsync();
        var paths = doc["paths"]!.AsObject().Select(p => p.Key).ToList();
        paths.ShouldContain("/api/v1/auth/token");
        paths.ShouldContain("/api/v1/announcements");
        paths.ShouldContain("/api/v1/platform/tenants");
        (await app.CreateClient().GetAsync("/openapi-ui")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Anonymous_admin_visit_goes_to_sign_in_and_api_answers_401()
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var admin = await client.GetAsync("/admin");
        admin.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        admin.Headers.Location!.ToString().ShouldContain("/account/login");
        (await client.GetAsync("/api/v1/users")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var page = await client.GetStringAsync("/account/login");
        page.ShouldContain("Sign in to RusToK Demo");
    }

    [Fact]
    public async Task Storefront_speaks_russian_when_asked()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/blog");
        request.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Dru%7Cuic%3Dru");
        var html = await (await app.CreateClient().SendAsync(request)).Content.ReadAsStringAsync();
        html.ShouldContain("Новости, руководства и истории от RusToK Demo.");
        html.ShouldContain("мин чтения");
        html.ShouldContain("lang=\"ru\"");
    }

    [Fact]
    public async Task Job_dashboard_opens_for_platform_administrators_only()
    {
        var admin = app.CreateClient().WithBearer((await app.CreateClient().TokenAsync(RusToKAppFactory.AdminEmail, RusToKAppFactory.AdminPassword, "demo"))["accessToken"]!.GetValue<string>());
        var dashboard = await admin.GetAsync("/admin/jobs/recurring");
        dashboard.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await dashboard.Content.ReadAsStringAsync()).ShouldContain("outbox-relay");

        // Everyone else is answered by the admin's own page (sign-in, access denied): JobsDashboardAccessTests.
        var editor = app.CreateClient().WithBearer((await app.CreateClient().TokenAsync("editor@demo.local", "Editor123!", "demo"))["accessToken"]!.GetValue<string>());
        (await (await editor.GetAsync("/admin/jobs/recurring")).Content.ReadAsStringAsync()).ShouldNotContain("outbox-relay");
        (await (await app.CreateClient().GetAsync("/admin/jobs/recurring")).Content.ReadAsStringAsync()).ShouldNotContain("outbox-relay");
    }
}
