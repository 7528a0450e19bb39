using Microsoft.Playwright;
using RusToK.Testing;

namespace RusToK.E2E.Tests.Guards;

/// <summary>A browser context as one kind of visitor (reader, admin, editor) with a theme and a language chosen.</summary>
public static class PageSession
{
    public const string EditorEmail = "editor@demo.local";
    public const string EditorPassword = "Editor123!";

    public static async Task<IBrowserContext> OpenAsync(IBrowser browser, string root, string who, bool dark, string language)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = Desktop,
            ReducedMotion = ReducedMotion.Reduce,
        });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{root}ui/preferences?dark={(dark ? 1 : 0)}&culture={language}&returnUrl=/");
        if (who == "admin") await page.SignInAsync(root, RusToKAppFactory.AdminEmail, RusToKAppFactory.AdminPassword);
        if (who == "editor") await page.SignInAsync(root, EditorEmail, EditorPassword);
        await page.CloseAsync();
        return context;
    }

    public static ViewportSize Desktop { get; } = new() { Width = 1366, Height = 900 };

    public static ViewportSize Phone { get; } = new() { Width = 390, Height = 844 };

    /// <summary>The page's address, following its link when it is reached through another page.</summary>
    public static async Task<string> AddressAsync(IPage page, string root, GuardedPage guarded)
    {
        if (guarded.Path is { } path) return root + path;
        await page.GotoAsync(root + guarded.Via);
        // The link's address as the browser resolves it (against the page's <base>, not its own address).
        var link = page.Locator(guarded.Link!).First;
        if (await link.CountAsync() == 0) throw new InvalidOperationException($"{guarded.Name}: no link {guarded.Link} on {guarded.Via}");
        return await link.EvaluateAsync<string>("a => a.href");
    }

    /// <summary>Opens the page and waits until it is what a person sees: interactive for admin pages, animations over.</summary>
    public static async Task<IResponse?> ShowAsync(IPage page, string address)
    {
        var response = await page.GotoAsync(address);
        if (await page.Locator("main[data-interactive]").CountAsync() > 0) await page.WaitForInteractiveAsync();
        await page.AddStyleTagAsync(new PageAddStyleTagOptions { Content = "*,*::before,*::after{transition:none!important;animation:none!important}" });
        await page.WaitForTimeoutAsync(150);
        return response;
    }
}
