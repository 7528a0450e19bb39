using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using RusToK.Testing;
using Xunit.Abstractions;

namespace RusToK.E2E.Tests.Guards;

/// <summary>
/// Every page of <see cref="GuardedPage.All"/>, as its visitor sees it, in light and dark: no serious or critical
/// accessibility violation (axe-core, WCAG 2.1 AA, contrast included), no sideways scrolling or cut-off text at
/// desktop and phone width, and under Russian no interface text left in English.
/// </summary>
public sealed class PageGuardTests(KestrelSqliteAppFactory app, BrowserFixture browser, ITestOutputHelper output)
    : IClassFixture<KestrelSqliteAppFactory>, IClassFixture<BrowserFixture>
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    // In dark mode only colours change: the rules about colour, run again, are what the theme can break.
    private static readonly AxeRunOptions Colours = new()
    {
        RunOnly = new RunOnlyOptions { Type = "rule", Values = ["color-contrast", "link-in-text-block"] },
    };

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public async Task Every_page_is_accessible_fits_a_phone_and_speaks_the_readers_language(string language)
    {
        var root = app.Address.ToString();
        var problems = new List<string>();
        foreach (var dark in new[] { false, true })
        {
            foreach (var group in GuardedPage.All.GroupBy(p => p.As))
            {
                await using var context = await PageSession.OpenAsync(browser.Browser, root, group.Key, dark, language);
                var page = await context.NewPageAsync();
                foreach (var guarded in group)
                {
                    var where = $"{guarded} {language} {(dark ? "dark" : "light")}";
                    try
                    {
                        problems.AddRange((await InspectAsync(page, root, guarded, language, dark)).Select(p => $"{where}: {p}"));
                    }
                    catch (Exception e) when (e is PlaywrightException or TimeoutException or InvalidOperationException)
                    {
                        problems.Add($"{where}: could not be inspected: {e.Message.Split('\n')[0]}");
                    }
                }
            }
        }

        output.WriteLine(string.Join('\n', problems));
        problems.ShouldBeEmpty(string.Join('\n', problems));
    }

    [Fact]
    public async Task The_language_and_theme_switches_change_an_admin_page_in_place()
    {
        var root = app.Address.ToString();
        await using var context = await PageSession.OpenAsync(browser.Browser, root, "admin", dark: false, "en");
        var page = await context.NewPageAsync();
        await page.OpenAdminAsync(root + "admin/users");

        await page.Locator("a[lang=ru]").ClickAsync();
        await page.WaitForFunctionAsync("() => document.documentElement.lang === 'ru'");
        await page.WaitForInteractiveAsync();
        await page.TestId("toggle-dark").ClickAsync();
        await page.WaitForFunctionAsync("() => getComputedStyle(document.body).backgroundColor === 'rgb(20, 21, 26)'");

        page.Url.ShouldEndWith("/admin/users", Case.Sensitive, "each switch comes back to the page it was pressed on");
        (await page.Locator("h1").InnerTextAsync()).ShouldNotBe("Users");
        (await page.ContentAsync()).ShouldNotContain("Page not found");
    }

    [Fact]
    public void Every_page_the_app_routes_is_in_the_guarded_list()
    {
        var pages = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is not null)
            .Select(e => e.RoutePattern.RawText!)
            .Distinct();
        var listed = GuardedPage.Listed.Select(p => p.Path is { } path ? "/" + path.Split('?')[0] : null).OfType<string>().ToList();
        var reachedByLinks = GuardedPage.Listed.Where(p => p.Link is not null).Select(p => p.Link!).ToList();

        var missing = pages.Where(template => !Covered(template, listed, reachedByLinks)).ToList();

        missing.ShouldBeEmpty("add these pages to scripts/screenshots/pages.json");
    }

    private static bool Covered(string template, List<string> listed, List<string> links)
    {
        var matcher = new TemplateMatcher(TemplateParser.Parse(template.TrimStart('/')), new RouteValueDictionary());
        if (listed.Any(path => matcher.TryMatch(path.TrimEnd('/') is { Length: > 0 } p ? p : "/", new RouteValueDictionary()))) return true;
        // An address with an id is reached by a link: the link's selector names the address's fixed start.
        var fixedStart = template.TrimStart('/').Split('{')[0].TrimEnd('/');
        return links.Any(link => link.Contains(fixedStart, StringComparison.Ordinal) || (template.EndsWith("/blocks", StringComparison.Ordinal) && link.Contains("/blocks", StringComparison.Ordinal)));
    }

    // Light mode gets every check at both widths; dark mode the colour rules and the desktop layout.
    private static async Task<List<string>> InspectAsync(IPage page, string root, GuardedPage guarded, string language, bool dark)
    {
        var problems = new List<string>();
        await page.SetViewportSizeAsync(PageSession.Desktop.Width, PageSession.Desktop.Height);
        var address = await PageSession.AddressAsync(page, root, guarded);
        var response = await PageSession.ShowAsync(page, address);
        if (response is { Status: >= 500 }) problems.Add($"answered {response.Status}");
        // A page reached through a link must be the page itself, not a "not found" that passes every check.
        if (guarded.Link is not null && response is { Status: >= 400 }) problems.Add($"the link on {guarded.Via} led to an answer {response.Status}");

        var axe = await page.RunAxe(dark ? Colours : Wcag21AA);
        problems.AddRange(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(Describe));
        problems.AddRange((await page.EvaluateAsync<string[]>(PageProbes.LayoutProblems)).Select(p => $"desktop: {p}"));
        if (language == "ru" && !dark)
        {
            var texts = await page.EvaluateAsync<string[]>(PageProbes.InterfaceTexts, guarded.As != "reader");
            problems.AddRange(texts.Where(t => UntranslatedText.In(t).Any()).Distinct().Select(t => $"English under ru: \"{t}\""));
        }

        if (!dark)
        {
            await page.SetViewportSizeAsync(PageSession.Phone.Width, PageSession.Phone.Height);
            await PageSession.ShowAsync(page, address);
            problems.AddRange((await page.EvaluateAsync<string[]>(PageProbes.LayoutProblems)).Select(p => $"phone: {p}"));
        }

        return problems;
    }

    private static string Describe(AxeResultItem violation) =>
        $"axe {violation.Impact} {violation.Id} ({violation.Help}) at " + string.Join(", ", violation.Nodes.Take(3).Select(n => n.Target?.ToString()));
}
