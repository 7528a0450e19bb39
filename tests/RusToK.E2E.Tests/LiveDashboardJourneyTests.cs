using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using RusToK.Testing;
using Xunit.Abstractions;

namespace RusToK.E2E.Tests;

/// <summary>
/// Two people with the admin open in their own browsers: what one does reaches the other's page without a reload: the
/// dashboard's feed and counters for the administrator, the bell for the author whose draft went live.
/// </summary>
public sealed class LiveDashboardJourneyTests(KestrelMariaDbAppFactory app, BrowserFixture browser, ITestOutputHelper output) : IClassFixture<KestrelMariaDbAppFactory>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_dashboard_and_the_bell_change_in_place_when_someone_else_publishes()
    {
        var root = app.Address.ToString();
        await using var adminContext = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await using var editorContext = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var admin = await adminContext.NewPageAsync();
        var editor = await editorContext.NewPageAsync();
        admin.SetDefaultTimeout(20_000);
        editor.SetDefaultTimeout(20_000);
        try
        {
            await admin.SignInAsync(root, RusToKAppFactory.AdminEmail, RusToKAppFactory.AdminPassword);
            await editor.SignInAsync(root, "editor@demo.local", "Editor123!");
            var published = admin.TestId("count-published").Locator(".mud-typography-h5");
            await Assertions.Expect(published).Not.ToHaveTextAsync("…");
            var before = int.Parse((await published.InnerTextAsync()).Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
            // A marker a reload would wipe: both pages must still carry it at the end.
            await admin.EvaluateAsync("() => window.rustokStayed = true");
            await editor.EvaluateAsync("() => window.rustokStayed = true");

            using var editorApi = await ApiAsync("editor@demo.local", "Editor123!");
            using var adminApi = await ApiAsync(RusToKAppFactory.AdminEmail, RusToKAppFactory.AdminPassword);
            var title = "Live roast " + Guid.NewGuid().ToString("N")[..6];
            var draft = await (await editorApi.PostAsJsonAsync("api/v1/content", new { title, body = "Fresh.", type = "post" })).Content.ReadFromJsonAsync<JsonObject>();
            (await adminApi.PostAsync($"api/v1/content/{draft!["id"]}/publish", null)).EnsureSuccessStatusCode();

            // The draft's own entry arrives first; the publication follows it, in place.
            await Assertions.Expect(admin.TestId("widget-activity")).ToContainTextAsync($"Platform administrator published “{title}”");
            await Assertions.Expect(published).ToHaveTextAsync((before + 1).ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en")));

            await Assertions.Expect(editor.TestId("notification-count").Locator(".mud-badge")).ToContainTextAsync("1");
            await editor.TestId("notification-bell").Locator("button").First.ClickAsync();
            await editor.GetByText($"Platform administrator published your “{title}”").WaitForAsync();

            (await admin.EvaluateAsync<bool>("() => window.rustokStayed === true")).ShouldBeTrue("the dashboard changed without a reload");
            (await editor.EvaluateAsync<bool>("() => window.rustokStayed === true")).ShouldBeTrue("the bell changed without a reload");
        }
        catch
        {
            foreach (var (name, page) in new[] { ("admin", admin), ("editor", editor) })
            {
                var shot = Path.Combine(Path.GetTempPath(), $"rustok-e2e-failure-live-{name}.png");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true });
                output.WriteLine($"Screenshot of the failure: {shot} at {page.Url}");
            }

            throw;
        }
    }

    private async Task<HttpClient> ApiAsync(string email, string password)
    {
        var client = new HttpClient { BaseAddress = app.Address };
        return client.WithBearer((await client.TokenAsync(email, password, "demo"))["accessToken"]!.GetValue<string>());
    }
}
