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

    /// <summary>
    /// Closes an open MudBlazor popover (a select's list) as a person would: Escape, or a click on the dialog's
    /// title, repeated until it is gone, because the list can take a round-trip to the server to notice.
    /// </summary>
    public static async Task ClosePopoversAsync(this IPage page)
    {
        var open = page.Locator(".mud-popover-open");
        for (var i = 0; i < 10 && await open.CountAsync() > 0; i++)
        {
            await page.Keyboard.PressAsync("Escape");
            await page.WaitForTimeoutAsync(250);
            if (await open.CountAsync() > 0) await page.Locator(".mud-dialog-title").ClickAsync(new LocatorClickOptions { Force = true });
        }

        await open.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
    }

    /// <summary>
    /// Chooses a file in the upload field of the open dialog once Blazor listens to it: a file set the moment the
    /// dialog appears, before the framework's InputFile has hooked the field (it marks it then), went unnoticed.
    /// </summary>
    public static async Task UploadInDialogAsync(this IPage page, string path)
    {
        await page.WaitForFunctionAsync("() => document.querySelector('.mud-dialog input[type=file]')?._blazorInputFileNextFileId !== undefined");
        await page.Locator(".mud-dialog input[type=file]").SetInputFilesAsync(path);
    }

    public static Task WaitForInteractiveAsync(this IPage page) => page.Locator("main[data-interactive=true]").WaitForAsync();
}
