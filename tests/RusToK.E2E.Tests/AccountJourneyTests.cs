using System.Net;
using System.Net.Http.Json;
using RusToK.Testing;

namespace RusToK.E2E.Tests;

/// <summary>A visitor registers, confirms by e-mail, forgets the password and chooses a new one: real SMTP, real browser.</summary>
public sealed class AccountJourneyTests(KestrelMariaDbAppFactory app, BrowserFixture browser) : IClassFixture<KestrelMariaDbAppFactory>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Visitor_registers_confirms_the_email_and_later_resets_the_password()
    {
        var root = app.Address.ToString();
        var email = $"reader-{Guid.NewGuid():N}@example.com";
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        using var api = new HttpClient { BaseAddress = app.Address };

        await page.GotoAsync($"{root}account/register");
        await page.FillAsync("#name", "Rita Reader");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", "Reader123!");
        await page.ClickAsync("button[type=submit]");
        await page.Locator("[data-testid=register-sent]").WaitForAsync();

        var unconfirmed = await api.PostAsJsonAsync("/api/v1/auth/token", new { email, password = "Reader123!", tenant = "demo" });
        unconfirmed.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await unconfirmed.Content.ReadAsStringAsync()).ShouldContain("Confirm your e-mail");

        await page.GotoAsync(await TestMailbox.LinkSentToAsync(email, "confirm-email"));
        await page.Locator("[data-testid=email-confirmed]").WaitForAsync();
        (await api.PostAsJsonAsync("/api/v1/auth/token", new { email, password = "Reader123!", tenant = "demo" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        await page.GotoAsync($"{root}account/forgot-password");
        await page.FillAsync("#email", email);
        await page.ClickAsync("button[type=submit]");
        await page.Locator("[data-testid=reset-sent]").WaitForAsync();
        await page.GotoAsync(await TestMailbox.LinkSentToAsync(email, "set-password"));
        await page.FillAsync("#password", "Renewed123!");
        await page.FillAsync("#confirm", "Renewed123!");
        await page.ClickAsync("button[type=submit]");
        await page.GetByText("Your password is set.").WaitForAsync();

        (await api.PostAsJsonAsync("/api/v1/auth/token", new { email, password = "Reader123!", tenant = "demo" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await api.PostAsJsonAsync("/api/v1/auth/token", new { email, password = "Renewed123!", tenant = "demo" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Two-factor sign-in, set up and used in the browser.
        await page.GotoAsync($"{root}account/login?returnUrl=%2Faccount%2Ftwo-factor");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", "Renewed123!");
        await page.ClickAsync("[data-testid=sign-in]");
        await page.ClickAsync("[data-testid=two-factor-setup]");
        var key = (await page.Locator("[data-testid=authenticator-key]").InnerTextAsync()).Trim();
        await page.FillAsync("#code", Totp.Code(key));
        await page.ClickAsync("[data-testid=two-factor-enable]");
        await page.Locator("[data-testid=two-factor-on]").WaitForAsync();
        (await page.Locator("[data-testid=recovery-codes]").InnerTextAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(8);

        await page.GotoAsync(root);
        await page.ClickAsync("[data-testid=sign-out]");
        await page.Locator("[data-testid=sign-in-link]").WaitForAsync();
        await page.GotoAsync($"{root}account/login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", "Renewed123!");
        await page.ClickAsync("[data-testid=sign-in]");
        await page.WaitForURLAsync(u => u.Contains("login-2fa"));
        await page.FillAsync("#code", Totp.Code(key));
        await page.ClickAsync("[data-testid=two-factor-verify]");
        (await page.Locator("[data-testid=current-user]").TextContentAsync())!.Trim().ShouldBe(email);
    }
}
