using System.Globalization;
using System.Net;
using Microsoft.Playwright;
using RusToK.Testing;
using Xunit.Abstractions;

namespace RusToK.E2E.Tests;

/// <summary>
/// An editor in Moscow writes a post with tags, previews it and schedules it a minute ahead; when the time
/// comes it is on the blog, in the RSS feed and in the sitemap; a reader opens it; another site shows none of it.
/// </summary>
public sealed class BlogJourneyTests(KestrelMariaDbAppFactory app, BrowserFixture browser, ITestOutputHelper output) : IClassFixture<KestrelMariaDbAppFactory>, IClassFixture<BrowserFixture>
{
    private static readonly TimeSpan Moscow = TimeSpan.FromHours(3);

    [Fact]
    public async Task Editor_schedules_a_post_that_goes_live_on_time_for_readers_of_this_site_only()
    {
        var root = app.Address.ToString();
        var title = "Brewing in the browser " + Guid.NewGuid().ToString("N")[..6];
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 1000 },
            TimezoneId = "Europe/Moscow", // the server runs in UTC: the schedule must follow the editor's clock
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        page.PageError += (_, error) => output.WriteLine($"page error: {error}");
        try
        {
            var slug = await WriteAndScheduleAsync(page, root, title);
            await ReaderSeesItWhenDueAsync(root, slug, title);
        }
        catch
        {
            var shot = Path.Combine(Path.GetTempPath(), "rustok-e2e-failure-blog.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true });
            output.WriteLine($"Screenshot of the failure: {shot} at {page.Url}");
            throw;
        }
    }

    private async Task<string> WriteAndScheduleAsync(IPage page, string root, string title)
    {
        await page.SignInAsync(root, "editor@demo.local", "Editor123!");
        await page.OpenAdminAsync($"{root}admin/posts");
        await page.TestId("new-content").ClickAsync();
        await page.WaitForURLAsync(u => u.Contains("admin/content/new"));
        await page.WaitForInteractiveAsync();

        await page.Field("content-title").FillAsync(title);
        await page.TestId("body-mode-markdown").ClickAsync(); // new posts open in the visual editor; this one is written in Markdown
        await page.Field("content-body").FillAsync("## Ratio\n\nUse **15 g** of coffee for 250 g of water.");
        await page.Field("tag-field").FillAsync("journey");
        await page.Field("tag-field").PressAsync("Enter");
        await page.TestId("tag-chip").GetByText("journey").WaitForAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Preview" }).ClickAsync();
        await page.TestId("content-preview").Locator("strong", new() { HasText = "15 g" }).WaitForAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Write" }).ClickAsync();

        // The cover is uploaded from the editor: the library checks it and makes WebP sizes in the background.
        var image = Path.Combine(Path.GetTempPath(), $"rustok-cover-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(image, TestImages.Png(1200, 800));
        await page.TestId("pick-cover").ClickAsync();
        await page.UploadInDialogAsync(image);
        await page.Locator(".mud-dialog .rustok-media-selected").WaitForAsync();
        await page.TestId("pick-media").ClickAsync();
        (await page.Field("content-title").InputValueAsync()).ShouldBe(title);
        await page.Locator("img.rustok-cover-preview[src^='media/']").WaitForAsync();

        // A second image goes into the text where the caret is (the end), as Markdown the library later sizes.
        await page.Field("content-body").ClickAsync();
        await page.Keyboard.PressAsync("Control+End");
        await page.TestId("insert-image").ClickAsync();
        await page.UploadInDialogAsync(image);
        await page.Locator(".mud-dialog .rustok-media-selected").WaitForAsync();
        await page.TestId("pick-media").ClickAsync();
        await page.WaitForFunctionAsync("() => /250 g of water\\.\\n\\n!\\[[^\\]]*\\]\\(\\/media\\//.test(document.querySelector('textarea[data-testid=content-body]')?.value ?? '')");

        await page.TestId("save-content").ClickAsync();
        await page.WaitForURLAsync(u => System.Text.RegularExpressions.Regex.IsMatch(u, "admin/content/[0-9a-f-]{36}"));
        await page.WaitForInteractiveAsync();
        var slug = await page.Field("content-slug").InputValueAsync();
        if (string.IsNullOrEmpty(slug)) slug = (await page.Field("content-slug").GetAttributeAsync("placeholder"))!;

        // One to two minutes ahead on the editor's (Moscow) clock, whole minutes as the time field takes them.
        var moscowNow = DateTime.UtcNow + Moscow;
        var at = new DateTime(moscowNow.Year, moscowNow.Month, moscowNow.Day, moscowNow.Hour, moscowNow.Minute, 0).AddMinutes(2);
        // The date is taken when the server has it (the Schedule button comes alive). About one run in ten the
        // picker dropped the typed date right after the first save (cause not found yet); a person types it again,
        // and so does the journey, at most three times, so it still fails if the field never takes a date.
        var scheduleButton = page.Locator("[data-testid=schedule-content]:not([disabled])");
        for (var attempt = 1; ; attempt++)
        {
            await page.Field("schedule-date").FillAsync(at.ToString("yyyy-MM-dd"));
            await page.Field("schedule-date").PressAsync("Tab");
            try
            {
                await scheduleButton.WaitForAsync(new LocatorWaitForOptions { Timeout = 5000 });
                break;
            }
            catch (TimeoutException) when (attempt < 3)
            {
                // What the field shows then tells whether the text never reached the server or was reset by a render.
                var shown = await page.Field("schedule-date").InputValueAsync();
                output.WriteLine($"The schedule date was not taken on attempt {attempt} (the field shows \"{shown}\"); typing it again.");
            }
        }

        await page.Field("schedule-time").FillAsync(at.ToString("HH:mm"));
        await page.Field("schedule-time").PressAsync("Tab");
        await page.ClosePopoversAsync();
        await page.TestId("schedule-content").ClickAsync();
        await page.TestId("publish-panel").Locator("[data-testid=status-chip]", new() { HasText = "Scheduled" }).WaitForAsync();
        // Shown in the editor's language ("en": 1:05 PM), whatever the hour the journey happens to run at.
        (await page.TestId("publish-panel").InnerTextAsync()).ShouldContain(at.ToString("t", CultureInfo.GetCultureInfo("en")), Case.Insensitive);
        return slug;
    }

    private async Task ReaderSeesItWhenDueAsync(string root, string slug, string title)
    {
        using var http = new HttpClient { BaseAddress = new Uri(root) };
        (await http.GetAsync($"blog/{slug}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "not before its time");

        // Hangfire runs the publishing job at the scheduled time (its scheduler polls every 15 s).
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while ((await http.GetAsync($"blog/{slug}")).StatusCode != HttpStatusCode.OK)
        {
            if (DateTime.UtcNow > deadline) throw new ShouldAssertException($"blog/{slug} was not published within three minutes");
            await Task.Delay(2000);
        }

        (await http.GetStringAsync("blog/rss.xml")).ShouldContain($"{root}blog/{slug}");
        (await http.GetStringAsync("sitemap.xml")).ShouldContain($"{root}blog/{slug}");

        await using var readerContext = await browser.Browser.NewContextAsync();
        var reader = await readerContext.NewPageAsync();
        await reader.GotoAsync($"{root}blog");
        await reader.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await reader.Locator("h1", new() { HasText = title }).WaitForAsync();
        (await reader.TestId("post-body").InnerTextAsync()).ShouldContain("Use 15 g of coffee");
        (await reader.Locator("a[rel=tag]").AllInnerTextsAsync()).ShouldContain("#journey");
        ((await reader.TestId("post-body").Locator("img").GetAttributeAsync("srcset")) ?? "").ShouldContain("medium.webp 768w");
        var cover = await reader.Locator(".rustok-article-cover img").GetAttributeAsync("src");
        cover.ShouldStartWith("media/");
        (await http.GetAsync(cover!)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var suffix = Guid.NewGuid().ToString("N")[..6];
        await TwoTenants.CreateAsync(app, suffix, "announcements", "content", "blog");
        (await http.GetAsync($"t/alpha{suffix}/blog/{slug}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await http.GetStringAsync($"t/alpha{suffix}/blog/rss.xml")).ShouldNotContain(slug);
    }
}
