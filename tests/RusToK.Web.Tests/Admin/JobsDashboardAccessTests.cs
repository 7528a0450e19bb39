using System.Net;
using RusToK.Testing;

namespace RusToK.Web.Tests.Admin;

/// <summary>The jobs dashboard answers like every other admin page: sign in first, then the access-denied page if not allowed.</summary>
public sealed class JobsDashboardAccessTests(MariaDbAppFactory app) : IClassFixture<MariaDbAppFactory>
{
    private CookieSession NewSession() => new(app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false }));

    [Fact]
    public async Task A_visitor_who_is_not_signed_in_is_sent_to_sign_in_and_back()
    {
        var response = await NewSession().GetAsync("/admin/jobs");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("account/login?returnUrl=%2Fadmin%2Fjobs");
    }

    [Theory]
    [InlineData("/admin/jobs")]
    [InlineData("/admin/jobs/recurring")]
    public async Task An_editor_gets_the_admin_s_access_denied_page_not_a_bare_403(string path)
    {
        var session = NewSession();
        await session.SignInAsync("editor@demo.local", "Editor123!");

        var response = await session.GetAsync(path);
        var tenants = await session.GetAsync("/admin/tenants");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Split('?')[0].ShouldBe(tenants.Headers.Location!.ToString().Split('?')[0]);
        var denied = await (await session.GetAsync(response.Headers.Location.ToString())).Content.ReadAsStringAsync();
        denied.ShouldContain("You do not have access to this page.");
    }

    [Fact]
    public async Task The_platform_administrator_gets_the_jobs_dashboard()
    {
        var session = NewSession();
        await session.SignInAsync(RusToKAppFactory.AdminEmail, RusToKAppFactory.AdminPassword);

        var response = await session.GetAsync("/admin/jobs/recurring");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("outbox-relay");
    }
}
