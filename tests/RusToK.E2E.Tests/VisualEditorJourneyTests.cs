using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RusToK.Testing;
using Xunit.Abstractions;

namespace RusToK.E2E.Tests;

/// <summary>
/// A writer used to WordPress's block editor writes a post visually: Markdown shortcuts as they type, a divider from
/// the "/" menu, an image pasted straight into the text (it goes to the media library, with the alt text they give);
/// published, readers get the heading, the bold words, the divider and the image.
/// </summary>
public sealed class VisualEditorJourneyTests(KestrelMariaDbAppFactory app, BrowserFixture browser, ITestOutputHelper output) : IClassFixture<KestrelMariaDbAppFactory>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Editor_writes_with_shortcuts_the_slash_menu_and_a_pasted_image_and_readers_see_it()
    {
        var root = app.Address.ToString();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var title = "Brewing visually " + suffix;
        var imageName = $"pasted-{suffix}.png";
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 1000 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        page.PageError += (_, error) => output.WriteLine($"page error: {error}");
        try
        {
            await page.SignInAsync(root, "editor@demo.local", "Editor123!");
            await page.OpenAdminAsync($"{root}admin/content/new?type=post");
            await page.Field("content-title").FillAsync(title);

            // A new post opens in the visual editor; StarterKit's input rules turn the Markdown typed into blocks and marks.
            var text = page.Locator("[data-testid=visual-editor] .ProseMirror");
            await text.ClickAsync();
            await page.Keyboard.TypeAsync("## Brewing");
            await page.Keyboard.PressAsync("Enter");
            await page.Keyboard.TypeAsync("Use **fresh** beans.");
            await page.Keyboard.PressAsync("Enter");
            await text.Locator("h2", new() { HasText = "Brewing" }).WaitForAsync();
            await text.Locator("strong", new() { HasText = "fresh" }).WaitForAsync();

            // The "/" menu is a listbox driven from the keyboard: filter, arrows, Enter.
            await page.Keyboard.TypeAsync("/div");
            var menu = page.GetByRole(AriaRole.Listbox);
            await menu.GetByRole(AriaRole.Option, new() { Name = "Divider" }).WaitForAsync();
            (await menu.GetByRole(AriaRole.Option).CountAsync()).ShouldBe(1);
            await page.Keyboard.PressAsync("Enter");
            await text.Locator("hr").WaitForAsync();
            await menu.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });

            // An image pasted into the text: the alt text is asked for, then the file is uploaded to the library.
            await PasteImageAsync(text, imageName, TestImages.Png(640, 400));
            await page.Field("editor-prompt-field").FillAsync("A kettle pouring over the grounds");
            await page.TestId("editor-prompt-ok").ClickAsync();
            await text.Locator("img[src^='/media/'][alt='A kettle pouring over the grounds']").WaitForAsync();
            (await page.TestId("body-stats").InnerTextAsync()).ShouldMatch(@"\d+ words · 1 min read");

            await text.Locator("h2").ClickAsync(); // the focus leaves nothing unsent: the save reads what was typed
            await page.TestId("publish-content").ClickAsync();
            await page.WaitForURLAsync(u => Regex.IsMatch(u, "admin/content/[0-9a-f-]{36}"));
            await page.TestId("publish-panel").Locator("[data-testid=status-chip]", new() { HasText = "Published" }).WaitForAsync();
            var slug = await page.Field("content-slug").InputValueAsync();
            if (string.IsNullOrEmpty(slug)) slug = (await page.Field("content-slug").GetAttributeAsync("placeholder"))!;

            await page.OpenAdminAsync($"{root}admin/media");
            await page.Locator("[data-testid=media-tile]", new PageLocatorOptions { HasText = imageName }).WaitForAsync();

            await using var readerContext = await browser.Browser.NewContextAsync();
            var reader = await readerContext.NewPageAsync();
            await reader.GotoAsync($"{root}blog/{slug}");
            var body = reader.TestId("post-body");
            await body.Locator("h2", new() { HasText = "Brewing" }).WaitForAsync();
            (await body.Locator("strong").InnerTextAsync()).ShouldBe("fresh");
            (await body.Locator("hr").CountAsync()).ShouldBe(1);
            (await body.Locator("img").GetAttributeAsync("alt")).ShouldBe("A kettle pouring over the grounds");
            (await body.Locator("img").GetAttributeAsync("src") ?? "").ShouldStartWith("media/");
        }
        catch
        {
            var shot = Path.Combine(Path.GetTempPath(), "rustok-e2e-failure-visual-editor.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true });
            output.WriteLine($"Screenshot of the failure: {shot} at {page.Url}");
            throw;
        }
    }

    // What a browser hands the page when a person pastes a copied image file: a paste event carrying the file.
    private static Task PasteImageAsync(ILocator target, string name, byte[] png) =>
        target.EvaluateAsync(
            @"(el, [name, base64]) => {
                const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0));
                const data = new DataTransfer();
                data.items.add(new File([bytes], name, { type: 'image/png' }));
                el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
            }",
            new object[] { name, Convert.ToBase64String(png) });
}
