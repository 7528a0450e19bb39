using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Kernel.Paging;
using RusToK.Infrastructure.Kernel.Tenancy;
using RusToK.Testing;

namespace RusToK.Web.Tests.Modules.Content;

/// <summary>What the content tests do over and over: sign in as the demo editor, write and publish posts.</summary>
internal static class ContentApi
{
    public static async Task<HttpClient> DemoEditorAsync(RusToKAppFactory app) =>
        app.CreateClient().WithBearer((await app.CreateClient().TokenAsync("editor@demo.local", "Editor123!", "demo"))["accessToken"]!.GetValue<string>());

    public static string Unique(string title) => $"{title} {Guid.NewGuid().ToString("N")[..8]}";

    public static async Task<JsonNode> CreateAsync(HttpClient client, object request, string prefix = "")
    {
        var response = await client.PostAsJsonAsync($"{prefix}/api/v1/content", request);
        var body = await response.JsonAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, body.ToJsonString());
        return body;
    }

    public static async Task<JsonNode> PublishAsync(HttpClient client, JsonNode item, string prefix = "")
    {
        var response = await client.PostAsync($"{prefix}/api/v1/content/{item["id"]}/publish", null);
        var body = await response.JsonAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body.ToJsonString());
        return body;
    }

    public static async Task<JsonNode> PublishedPostAsync(HttpClient client, string title, string[]? tags = null, string body = "Hello **readers**.", string prefix = "") =>
        await PublishAsync(client, await CreateAsync(client, new { title, body, type = "post", tags = tags ?? [] }, prefix), prefix);

    /// <summary>
    /// Waits until the relay has handled every event of the demo site, so read models fed by events (the blog's
    /// counts, the feed) have caught up with what was written: a count read before then may be one short.
    /// </summary>
    public static async Task RelayedAsync(RusToKAppFactory app)
    {
        var demo = (await app.Services.GetRequiredService<TenantStore>().FindBySlugAsync("demo"))!.Id;
        var outbox = app.Services.GetRequiredService<IOutboxAdministration>();
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if ((await outbox.ListAsync(demo, OutboxState.Pending, new PageRequest(1, 1))).TotalCount == 0) return;
            await Task.Delay(100);
        }

        throw new ShouldAssertException("The demo site's events were still waiting for the relay after 30 s.");
    }

    /// <summary>
    /// Storefront pages are output-cached and evicted by relayed events: poll briefly for the change to show. Read models
    /// fed by the relay (the feed, the inbox) wait longer: right after start it still works through the demo's events.
    /// </summary>
    public static async Task<string> EventuallyAsync(HttpClient reader, string path, Func<HttpResponseMessage, string, bool> condition, int attempts = 300)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = await reader.GetAsync(path);
            var html = await response.Content.ReadAsStringAsync();
            if (condition(response, html)) return html;
            if (attempt == attempts) throw new ShouldAssertException($"{path} never met the condition; last answer {(int)response.StatusCode}: {html[..Math.Min(300, html.Length)]}");
            await Task.Delay(100);
        }
    }
}
