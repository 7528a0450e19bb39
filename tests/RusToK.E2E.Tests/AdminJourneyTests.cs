using Microsoft.Playwright;
using RusToK.Testing;
using Xunit.Abstractions;

namespace RusToK.E2E.Tests;

/// <summary>
/// The platform operator's first day, in a real browser: sign in, create a tenant, enable a module, add an
/// editor; the editor signs in and sees only what the Editor role allows.
/// </summary>
public sealed class AdminJourneyTests(KestrelMariaDbAppFactory app, BrowserFixture browser, ITestOutputHelper output) : IClassFixture<KestrelMariaDbAppFactory>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Operator_creates_a_tenant_enables_a_module_and_an_editor_sees_only_what_the_role_allows()
    {
        var slug = "acme" + Guid.NewGuid().ToString("N")[..6];
        var root = app.Address.ToString();
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        page.Console += (_, message) => output.WriteLine($"console {message.Type}: {message.Text}");
        page.PageError += (_, error) => output.WriteLine($"page error: {error}");
        try
        {
            await RunJourneyAsync(page, context, root, slug);
        }
        catch
        {
            var shot = Path.Combine(Path.GetTempPath(), $"rustok-e2e-failure-{slug}.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true });
            output.WriteLine($"Screenshot of the failure: {shot} at {page.Url}");
            throw;
        }
    }

    private static async Task RunJourneyAsync(IPage page, IBrowserContext context, string root, string slug)
    {

        // 1. The platform administrator signs in and creates a tenant.
        await page.SignInAsync(root, RusToKAppFactory.AdminEmail, RusToKAppFactory.AdminPassword);

        // A mistyped admin address is the admin's "not found" (404), with a working circuit; it was a 500.
        var mistyped = await page.GotoAsync($"{root}admin/nope/deeper");
        mistyped!.Status.ShouldBe(404);
        await page.WaitForInteractiveAsync();
        await page.GetByText("Page not found").First.WaitForAsync();
        await page.OpenAdminAsync($"{root}admin/tenants");
        // In steps: the slug follows the name (a taken name is refused at once), then a template, then no owner yet.
        await page.TestId("new-tenant").ClickAsync();
        await page.Field("tenant-name").FillAsync("RusToK Demo");
        await page.TestId("step-next").ClickAsync();
        await page.GetByText("A tenant named 'RusToK Demo' already exists.").WaitForAsync();
        await page.Field("tenant-name").FillAsync("Acme Tools");
        await Assertions.Expect(page.Field("tenant-slug")).ToHaveValueAsync("acme-tools");
        await page.Field("tenant-slug").FillAsync(slug);
        await page.Field("tenant-hosts").FillAsync($"{slug}.example.com");
        await page.TestId("step-next").ClickAsync();
        await page.TestId("template-empty").ClickAsync();
        await page.TestId("step-next").ClickAsync();
        await page.TestId("owner-later").ClickAsync();
        await page.TestId("save-tenant").ClickAsync();
        await page.Locator("[data-testid=tenants-table]").GetByText("Acme Tools").WaitForAsync();

        // 2. In the new tenant's admin, the Announcements module is switched on.
        var tenantRoot = $"{root}t/{slug}/";
        await page.OpenAdminAsync($"{tenantRoot}admin/modules");
        await page.Locator("[data-testid=module-announcements] input[type=checkbox]").CheckAsync();
        await page.Locator("[data-testid=module-announcements]").GetByText("Enabled").WaitForAsync();
        await page.Locator("nav").GetByText("Announcements").WaitForAsync();

        // 3. An editor is added with an initial password.
        await page.OpenAdminAsync($"{tenantRoot}admin/users");
        await page.TestId("invite-user").ClickAsync();
        await page.Field("invite-email").FillAsync($"writer@{slug}.example.com");
        await page.Field("invite-name").FillAsync("Wendy Writer");
        await page.TestId("invite-roles").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").GetByText("Editor", new() { Exact = true }).ClickAsync();
        await page.ClosePopoversAsync();
        await page.Field("invite-set-password").CheckAsync();
        await page.Field("invite-password").FillAsync("Writer123!");
        await page.TestId("send-invite").ClickAsync();
        await page.Locator("[data-testid=users-table]").GetByText("Wendy Writer").WaitForAsync();
        (await page.Locator("[data-testid=users-table]").InnerTextAsync()).ShouldContain("Editor");

        // 4. The editor signs in: Announcements yes, Users, Roles and Modules no.
        await page.TestId("sign-out").ClickAsync();
        await page.WaitForURLAsync(u => !u.Contains("/admin"));
        await page.SignInAsync(tenantRoot, $"writer@{slug}.example.com", "Writer123!");
        var nav = await page.Locator("nav[aria-label=Admin]").InnerTextAsync();
        nav.ShouldContain("Announcements");
        nav.ShouldNotContain("Users");
        nav.ShouldNotContain("Roles");
        nav.ShouldNotContain("Modules");
        nav.ShouldNotContain("Tenants");

        await page.GotoAsync($"{tenantRoot}admin/users");
        await page.GetByText("You do not have access to this page.").WaitForAsync();

        // 5. What the editor writes appears on the tenant's storefront.
        await page.OpenAdminAsync($"{tenantRoot}admin/announcements");
        await page.TestId("new-announcement").ClickAsync();
        await page.Field("announcement-title").FillAsync("Grand opening on Saturday");
        await page.TestId("save-announcement").ClickAsync();
        await page.Locator("[data-testid=announcements-table]").GetByText("Grand opening on Saturday").WaitForAsync();

        var storefront = await context.NewPageAsync();
        await storefront.GotoAsync(tenantRoot);
        (await storefront.TestId("announcement-banner").InnerTextAsync()).ShouldContain("Grand opening on Saturday");
        (await storefront.Locator("h1").InnerTextAsync()).ShouldContain("Acme Tools");
    }
}
