using Microsoft.Playwright;

namespace RusToK.E2E.Tests;

/// <summary>Finds MudBlazor inputs by the data-testid the design system puts on them.</summary>
public static class MudPage
{
    public static ILocator Field(this IPage page, string testId) =>
        page.Locator($"input[data-testid={testId}], [data-testid={testId}] input, textarea[data-testid={testId}]").First;

    public static ILocator TestId(this IPage page, string testId) => page.Locator($"[data-testid={testId}]").First;

    public static async Task SignInAsync(this IPage page, string baseUrl, string email, string password)
    {
        await page.GotoAsync($"{baseUrl}account/login?returnUrl=%2Fadmin");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("[data-testid=sign-in]");
        await page.WaitForURLAsync(u => u.Contains("/admin"));
        await page.WaitForInteractiveAsync();
    }

    /// <summary>Goes to an admin page and waits until its circuit answers clicks (prerendered HTML does not).</summary>
    public static async Task OpenAdminAsync(this IPage page, string url)
    {
        await page.GotoAsync(url);
        await page.WaitForInteractiveAsync();
    }

    public static Task WaitForInteractiveAsync(this IPage page) => page.Locator("main[data-interactive=true]").WaitForAsync();
}
