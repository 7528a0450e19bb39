using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RusToK.Testing;
using Xunit.Abstractions;

namespace RusToK.E2E.Tests;

/// <summary>
/// Readers search from the header in English and in Russian, with a typo, pick a suggestion or the results page and
/// open the post; a post an editor publishes is found moments later.
/// </summary>
public sealed class SearchJourneyTests(KestrelMariaDbAppFactory app, BrowserFixture browser, ITestOutputHelper output) : IClassFixture<KestrelMariaDbAppFactory>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_reader_finds_a_post_despite_a_typo_in_english_from_a_suggestion_and_in_russian_on_the_results_page() =>
        await InBrowserAsync("search-reader", async page =>
        {
            var root = app.Address.ToString();
            await page.GotoAsync($"{root}blog");
            await page.TestId("search-input").PressSequentiallyAsync("espreso", new() { Delay = 30 });
            var suggestion = page.Locator(".rustok-search-suggestions [role=option]", new() { HasText = "Espresso at home" });
            await suggestion.WaitForAsync();
            await page.Keyboard.PressAsync("ArrowDown");
            (await page.Locator(".rustok-search-suggestions [role=option][aria-selected=true]").InnerTextAsync()).ShouldContain("Espresso at home");
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForURLAsync(u => u.Contains("/blog/espresso-at-home"));

            await page.GotoAsync($"{root}ui/preferences?culture=ru&returnUrl=/");
            await page.TestId("search-input").FillAsync("пуравер"); // "пуровер" with one letter wrong
            await page.TestId("search-input").PressAsync("Enter");
            await page.WaitForURLAsync(u => u.Contains("search?q="));
            var results = page.TestId("search-results");
            await results.GetByRole(AriaRole.Heading, new() { Name = "Записи" }).WaitForAsync();
            var hit = results.GetByRole(AriaRole.Link, new() { Name = "Идеальный пуровер за пять шагов" });
            await hit.WaitForAsync();
            (await page.TestId("search-summary").InnerTextAsync()).ShouldContain("«пуравер»");
            await hit.ClickAsync();
            await page.WaitForURLAsync(u => u.Contains("/blog/the-perfect-pour-over-in-five-steps"));
        });

    [Fact]
    public async Task A_post_the_editor_publishes_is_found_by_readers_moments_later() =>
        await InBrowserAsync("search-publish", async page =>
        {
            var root = app.Address.ToString();
            var word = "zanzibarian" + Guid.NewGuid().ToString("N")[..5];
            await page.SignInAsync(root, "editor@demo.local", "Editor123!");
            await page.OpenAdminAsync($"{root}admin/content/new?type=post");
            await page.Field("content-title").FillAsync($"A {word} roast");
            await page.TestId("body-mode-markdown").ClickAsync();
            await page.Field("content-body").FillAsync($"Notes on the {word} beans we roast on Fridays.");
            await page.TestId("publish-content").ClickAsync();
            await page.WaitForURLAsync(u => Regex.IsMatch(u, "admin/content/[0-9a-f-]{36}"));
            await page.TestId("publish-panel").Locator("[data-testid=status-chip]", new() { HasText = "Published" }).WaitForAsync();

            // The outbox hands the event to the projection, which a signal wakes: no poll interval to wait out.
            using var http = new HttpClient { BaseAddress = app.Address };
            var clock = Stopwatch.StartNew();
            while (!(await http.GetStringAsync($"api/v1/search?q={word}")).Contains(word, StringComparison.Ordinal))
            {
                if (clock.Elapsed > TimeSpan.FromSeconds(10)) throw new ShouldAssertException($"the published post was not found within 10 s");
                await Task.Delay(50);
            }

            output.WriteLine($"found {clock.ElapsedMilliseconds} ms after the editor saw it published");
            await using var readerContext = await browser.Browser.NewContextAsync();
            var reader = await readerContext.NewPageAsync();
            await reader.GotoAsync($"{root}search?q={word[..^2]}"); // the beginning of the word, as someone still typing
            await reader.TestId("search-results").GetByRole(AriaRole.Link, new() { Name = $"A {word} roast" }).WaitForAsync();
        });

    [Fact]
    public async Task An_admin_rebuilds_the_index_and_watches_the_progress_bar_fill_without_reloading() =>
        await InBrowserAsync("search-rebuild", async page =>
        {
            var root = app.Address.ToString();
            await page.SignInAsync(root, RusToKAppFactory.AdminEmail, RusToKAppFactory.AdminPassword);
            await page.OpenAdminAsync($"{root}admin/search");
            await page.TestId("documents-by-type").GetByText("Posts").WaitForAsync();

            // Every value the bar takes, recorded in the page as it changes: the bar must move, not jump in on a reload.
            await page.EvaluateAsync("""
                () => { window.rustokPercents = []; new MutationObserver(() => document.querySelectorAll('[data-testid=rebuild-progress]')
                    .forEach(bar => window.rustokPercents.push(bar.dataset.percent))).observe(document.body, { subtree: true, childList: true, attributes: true }); }
                """);
            await page.TestId("rebuild").ClickAsync();
            await page.TestId("confirm").ClickAsync();
            await page.Locator("[data-testid=rebuild-progress][data-percent='100']").First.WaitForAsync();
            var seen = await page.EvaluateAsync<string[]>("() => window.rustokPercents");
            seen.ShouldContain(p => p != "100", "the bar showed the rebuild under way before it was full");
            (await page.TestId("rebuild").IsDisabledAsync()).ShouldBeFalse("a finished rebuild may be started again");

            await page.ReloadAsync();
            await page.WaitForInteractiveAsync();
            await page.Locator("[data-testid=rebuild-progress][data-percent='100']").First.WaitForAsync();
            (await page.Locator("main").InnerTextAsync()).ShouldContain($"by {RusToKAppFactory.AdminEmail}");
            (await page.TestId("documents-by-type").InnerTextAsync()).ShouldContain("Posts");
        });

    [Fact]
    public async Task An_editor_opens_the_global_search_with_ctrl_k_and_reaches_an_admin_page_and_a_post_to_edit() =>
        await InBrowserAsync("search-admin-global", async page =>
        {
            var root = app.Address.ToString();
            await page.SignInAsync(root, "editor@demo.local", "Editor123!");
            await page.OpenAdminAsync($"{root}admin");
            await page.Keyboard.PressAsync("Control+k");
            var input = page.Field("admin-search-input");
            await input.FillAsync("tags");
            await page.TestId("admin-search-result").Filter(new() { HasText = "Tags" }).First.WaitForAsync();
            await page.Keyboard.PressAsync("Enter");
            // The dialog navigates inside the circuit: no page load follows, only the address changes.
            await page.WaitForURLAsync(u => u.EndsWith("/admin/tags", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });

            await page.Keyboard.PressAsync("Control+k");
            await page.Field("admin-search-input").FillAsync("espreso");
            var post = page.TestId("admin-search-result").Filter(new() { HasText = "Espresso at home" }).First;
            await post.WaitForAsync();
            (await post.InnerTextAsync()).ShouldContain("Posts");
            await post.ClickAsync();
            await page.WaitForURLAsync(u => Regex.IsMatch(u, "admin/content/[0-9a-f-]{36}$"), new() { WaitUntil = WaitUntilState.Commit });
            await Assertions.Expect(page.Field("content-title")).ToHaveValueAsync(new Regex("^Espresso at home"));
        });

    private async Task InBrowserAsync(string name, Func<IPage, Task> journey)
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        page.PageError += (_, error) => output.WriteLine($"page error: {error}");
        try
        {
            await journey(page);
        }
        catch
        {
            var shot = Path.Combine(Path.GetTempPath(), $"rustok-e2e-failure-{name}.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true });
            output.WriteLine($"Screenshot of the failure: {shot} at {page.Url}");
            throw;
        }
    }
}
