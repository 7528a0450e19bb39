using RusToK.Testing;

namespace RusToK.Web.Tests.Admin;

/// <summary>The dashboard shows each person the tiles their role can use, and nothing that leads to a refusal.</summary>
public sealed class DashboardTests(MariaDbAppFactory app) : IClassFixture<MariaDbAppFactory>
{
    private async Task<string> DashboardAsAsync(string email, string password)
    {
        var session = new CookieSession(app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false }));
        await session.SignInAsync(email, password);
        return await (await session.GetAsync("/admin")).Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task An_editor_sees_their_writing_tiles_and_no_counters_of_pages_they_may_not_open()
    {
        var html = await DashboardAsAsync("editor@demo.local", "Editor123!");

        html.ShouldContain("data-testid=\"widget-quick-draft\"");
        html.ShouldContain("data-testid=\"widget-my-drafts\"");
        html.ShouldContain("data-testid=\"widget-scheduled\"");
        html.ShouldContain("data-testid=\"widget-recent-edits\"");
        html.ShouldNotContain("href=\"admin/outbox\"");
        html.ShouldNotContain("href=\"admin/modules\"");
        html.ShouldNotContain("data-testid=\"widget-tenants\"");
        html.ShouldNotContain("data-testid=\"widget-health\"");
    }

    [Fact]
    public async Task The_platform_operator_sees_the_tenants_and_the_health_of_database_events_and_jobs()
    {
        var html = await DashboardAsAsync(RusToKAppFactory.AdminEmail, RusToKAppFactory.AdminPassword);

        html.ShouldContain("data-testid=\"widget-tenants\"");
        html.ShouldContain("RusToK Demo");
        html.ShouldContain("data-testid=\"health-database\"");
        html.ShouldContain("data-testid=\"health-events\"");
        html.ShouldContain("data-testid=\"health-jobs\"");
    }

    [Fact]
    public async Task Recent_edits_list_the_demo_posts_with_links_to_their_editor()
    {
        var html = await DashboardAsAsync("editor@demo.local", "Editor123!");

        var recent = html[html.IndexOf("data-testid=\"widget-recent-edits\"", StringComparison.Ordinal)..];
        recent.ShouldContain("href=\"admin/content/");
    }
}
