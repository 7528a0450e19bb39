using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using RusToK.Testing;
using Xunit.Abstractions;

namespace RusToK.E2E.Tests;

/// <summary>
/// A signed-in platform administrator meets hostile pages: another site posting to GraphQL, REST and sign-out with
/// the administrator's cookie, and a post whose author slipped a form into it. Nothing is written, nobody is signed
/// out; and every page of the site runs under its Content-Security-Policy without a violation.
/// </summary>
public sealed class ForgeryJourneyTests(KestrelMariaDbAppFactory app, BrowserFixture browser, ITestOutputHelper output) : IClassFixture<KestrelMariaDbAppFactory>, IClassFixture<BrowserFixture>
{
    private const int AttackRequests = 5;

    private static string AttackerPage(string app, string marker)
    {
        string Mutation(string title) => JsonSerializer.Serialize(new { query = $"mutation {{ createAnnouncement(title: \"{title}\") {{ id }} }}" });
        // A text/plain form whose one field name and value join into a JSON body: the classic way to post JSON cross-site.
        var formJson = Mutation(marker + "-gql-form");
        var (formName, formValue) = (formJson[..^1] + ",\"x\":\"", "\"}");
        return $$"""
            <!doctype html><html><body><h1>You won a prize</h1>
            <iframe name="sink1"></iframe><iframe name="sink2"></iframe><iframe name="sink3"></iframe>
            <form id="gql" method="post" enctype="text/plain" target="sink1" action="{{app}}graphql"><input name='{{formName}}' value='{{formValue}}'></form>
            <form id="rest" method="post" target="sink2" action="{{app}}api/v1/announcements"><input name="title" value="{{marker}}-rest-form"></form>
            <form id="logout" method="post" target="sink3" action="{{app}}account/logout"></form>
            <script>
              const plain = { method: "POST", mode: "no-cors", credentials: "include", headers: { "Content-Type": "text/plain" } };
              Promise.allSettled([
                fetch("{{app}}graphql", { ...plain, body: {{JsonSerializer.Serialize(Mutation(marker + "-gql-fetch"))}} }),
                fetch("{{app}}api/v1/announcements", { ...plain, body: JSON.stringify({ title: "{{marker}}-rest-fetch" }) }),
              ]).then(() => ["gql", "rest", "logout"].forEach(id => document.getElementById(id).submit()));
            </script></body></html>
            """;
    }

    [Fact]
    public async Task A_signed_in_administrator_visiting_another_sites_page_writes_nothing_and_stays_signed_in()
    {
        var root = app.Address.ToString();
        var marker = "forged-" + Guid.NewGuid().ToString("N")[..8];
        using var attacker = new AttackerSite(AttackerPage(root, marker));
        await using var context = await browser.Browser.NewContextAsync();
        var page = await SignedInAdminAsync(context);

        var answers = new ConcurrentQueue<string>();
        var allAnswered = new TaskCompletionSource();
        context.Response += (_, response) =>
        {
            if (response.Request.Method != "POST" || !response.Url.StartsWith(root, StringComparison.Ordinal)) return;
            answers.Enqueue($"{response.Status} {response.Url}");
            if (answers.Count >= AttackRequests) allAnswered.TrySetResult();
        };
        await page.GotoAsync(attacker.Address.ToString());
        await allAnswered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        output.WriteLine(string.Join("\n", answers));

        // 403 from the origin check: the browser did send the cookie (same site, other port), the server refused it.
        answers.ShouldAllBe(a => a.StartsWith("403 ", StringComparison.Ordinal));
        (await AnnouncementTitlesAsync()).ShouldNotContain(t => t.StartsWith(marker, StringComparison.Ordinal));
        await page.GotoAsync($"{root}admin");
        await page.WaitForInteractiveAsync();
        (await page.TestId("current-user").TextContentAsync())!.Trim().ShouldBe(RusToKAppFactory.AdminEmail);
    }

    [Fact]
    public async Task A_form_written_into_a_post_does_not_reach_the_readers_page()
    {
        var root = app.Address.ToString();
        var editor = await EditorAsync();
        var title = "Prize draw " + Guid.NewGuid().ToString("N")[..6];
        var body = """
            <p>Enter the draw below.</p>
            <form method="post" action="account/logout"><input type="hidden" name="x" value="1"><button type="submit" data-testid="planted">Claim</button></form>
            <div style="position:fixed;top:0;left:0;width:100%;height:100%;z-index:9999;background:#fff">Session expired, sign in again</div>
            """;
        var created = await (await editor.PostAsJsonAsync("/api/v1/content", new { title, body, bodyFormat = "Html", type = "post" })).JsonAsync();
        (await editor.PostAsync($"/api/v1/content/{created["id"]}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await using var context = await browser.Browser.NewContextAsync();
        var page = await SignedInAdminAsync(context);
        await page.GotoAsync($"{root}blog/{created["slug"]}");

        var article = page.Locator("[data-testid=post]");
        await article.GetByText("Enter the draw below.").WaitForAsync();
        (await article.Locator("form, input, button, [style*=position], [style*=z-index]").CountAsync()).ShouldBe(0);
        (await page.Locator("[data-testid=planted]").CountAsync()).ShouldBe(0);
        (await page.TestId("current-user").TextContentAsync())!.Trim().ShouldBe(RusToKAppFactory.AdminEmail);
    }

    [Fact]
    public async Task Storefront_account_admin_and_tools_run_under_the_content_security_policy_without_violations()
    {
        var root = app.Address.ToString();
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        var violations = new ConcurrentQueue<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error") violations.Enqueue($"{page.Url}: {message.Text}");
        };
        page.PageError += (_, error) => violations.Enqueue($"{page.Url}: page error {error}");
        var circuitSockets = new ConcurrentQueue<string>();
        page.WebSocket += (_, socket) => circuitSockets.Enqueue(socket.Url);

        await page.GotoAsync($"{root}account/login");
        await page.SignInAsync(root, RusToKAppFactory.AdminEmail, RusToKAppFactory.AdminPassword);
        await page.ClickAsync("[data-testid=sign-out]");
        await page.Locator("[data-testid=sign-in-link]").WaitForAsync();
        await page.SignInAsync(root, RusToKAppFactory.AdminEmail, RusToKAppFactory.AdminPassword);
        foreach (var path in new[] { "", "blog", "blog/the-perfect-pour-over-in-five-steps", "about", "admin/jobs", "openapi-ui" })
            await page.GotoAsync(root + path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await page.OpenAdminAsync($"{root}admin");

        output.WriteLine(string.Join("\n", violations));
        violations.ShouldBeEmpty();
        // The admin's circuit connected over a WebSocket to this origin, which connect-src 'self' allows.
        circuitSockets.ShouldContain(url => url.StartsWith(root.Replace("http://", "ws://", StringComparison.Ordinal) + "_blazor", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Signing_out_in_one_tab_ends_the_admin_circuit_open_in_another()
    {
        var root = app.Address.ToString();
        await using var context = await browser.Browser.NewContextAsync();
        var first = await SignedInAdminAsync(context);
        var second = await context.NewPageAsync();
        await second.OpenAdminAsync($"{root}admin");

        await first.ClickAsync("[data-testid=sign-out]");
        await first.Locator("[data-testid=sign-in-link]").WaitForAsync();

        // The open circuit re-checks its session every half minute and then sends the tab to the sign-in page.
        await second.WaitForURLAsync(url => url.Contains("account/login", StringComparison.Ordinal), new PageWaitForURLOptions { Timeout = 90_000 });
    }

    private async Task<IPage> SignedInAdminAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        await page.SignInAsync(app.Address.ToString(), RusToKAppFactory.AdminEmail, RusToKAppFactory.AdminPassword);
        return page;
    }

    private async Task<HttpClient> EditorAsync()
    {
        var client = new HttpClient { BaseAddress = app.Address };
        return client.WithBearer((await client.TokenAsync("editor@demo.local", "Editor123!", "demo"))["accessToken"]!.GetValue<string>());
    }

    private async Task<IReadOnlyList<string>> AnnouncementTitlesAsync()
    {
        using var client = new HttpClient { BaseAddress = app.Address };
        client.WithBearer((await client.TokenAsync(RusToKAppFactory.AdminEmail, RusToKAppFactory.AdminPassword, "demo"))["accessToken"]!.GetValue<string>());
        var list = await (await client.GetAsync("/api/v1/announcements?pageSize=100")).JsonAsync();
        return list["items"]!.AsArray().Select(a => a!["title"]!.GetValue<string>()).ToList();
    }
}
