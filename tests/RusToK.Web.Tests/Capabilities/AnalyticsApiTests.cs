using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RusToK.Domain.Capabilities.Analytics;
using RusToK.Testing;
using static RusToK.Web.Tests.Modules.Content.ContentApi;

namespace RusToK.Web.Tests.Capabilities;

/// <summary>
/// Site statistics: a page a person reads counts once per read (from the output cache too), bots and the admin do not,
/// the referring site is kept by its host, publications count, and one site never sees another's figures.
/// </summary>
public abstract class AnalyticsApiTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : RusToKAppFactory
{
    private const string Browser = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";

    [Fact]
    public async Task A_page_read_twice_counts_twice_even_when_the_second_comes_from_the_output_cache()
    {
        // A site of its own: the demo's made-up readers of today would crowd the rankings.
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var tenants = await TwoTenants.CreateAsync(app, suffix, "announcements");
        var home = $"/t/alpha{suffix}/";
        var referrer = $"news{suffix}.example.org";

        await ReadAsync(home, $"https://www.{referrer}/thread?id=1");
        await ReadAsync(home, null);
        await ReadAsync(home, null, "Googlebot/2.1 (+http://www.google.com/bot.html)");
        await ReadAsync(home, null, Browser, prefetch: true);
        await ReadAsync($"/t/alpha{suffix}/admin/login", null, Browser, status: null);

        var alpha = app.CreateClient().WithBearer(tenants.AlphaToken);
        var figures = await FlushedAsync(alpha, $"/t/alpha{suffix}/api/v1/analytics?days=1", body => body["views"]!.GetValue<long>() >= 2);
        figures["views"]!.GetValue<long>().ShouldBe(2);
        Views(figures, "topPages", "/").ShouldBe(2);
        Views(figures, "topReferrers", referrer).ShouldBe(1);
        figures["series"]!.AsArray().Count.ShouldBe(1);
    }

    [Fact]
    public async Task Publishing_a_post_counts_in_todays_publications()
    {
        var editor = await DemoEditorAsync(app);
        var before = (await FiguresAsync(editor, "/api/v1/analytics?days=7"))["published"]!.GetValue<long>();

        await PublishedPostAsync(editor, Unique("Counted publication"));

        await EventuallyAsync(editor, "/api/v1/analytics?days=7", (_, body) => JsonNode.Parse(body)!["published"]!.GetValue<long>() > before, attempts: 200);
    }

    [Fact]
    public async Task The_demo_site_has_ninety_days_of_readers_to_chart()
    {
        var figures = await FiguresAsync(await DemoEditorAsync(app), "/api/v1/analytics?days=90");

        figures["series"]!.AsArray().Count.ShouldBe(90);
        figures["views"]!.GetValue<long>().ShouldBeGreaterThan(1000);
        figures["topPages"]!.AsArray().ShouldNotBeEmpty();
        figures["topReferrers"]!.AsArray().Select(r => r!["key"]!.GetValue<string>()).ShouldContain("google.com");
    }

    [Fact]
    public async Task Another_sites_readers_never_show_in_the_figures()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var tenants = await TwoTenants.CreateAsync(app, suffix, "announcements");
        var referrer = $"beta{suffix}.example.org";
        await ReadAsync($"/t/beta{suffix}/", $"https://{referrer}/");

        var beta = app.CreateClient().WithBearer(tenants.BetaToken);
        await FlushedAsync(beta, $"/t/beta{suffix}/api/v1/analytics?days=1", body => Views(body, "topReferrers", referrer) == 1);

        var alpha = await FiguresAsync(app.CreateClient().WithBearer(tenants.AlphaToken), $"/t/alpha{suffix}/api/v1/analytics?days=1");
        alpha["views"]!.GetValue<long>().ShouldBe(0);
        var demo = await FiguresAsync(await DemoEditorAsync(app), "/api/v1/analytics?days=1");
        demo.ToJsonString().ShouldNotContain(referrer);
    }

    [Fact]
    public async Task Two_nodes_flushing_the_same_figure_at_once_both_count()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var tenants = await TwoTenants.CreateAsync(app, suffix, "announcements");
        var tenantId = tenants.AlphaId;
        var key = $"/race-{suffix}";
        var day = DateOnly.FromDateTime(DateTime.UtcNow);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            using var scope = app.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<DailyFigureWriter>().AddAsync([new FigureCount(tenantId, day, AnalyticsMetrics.PageViews, key, 5)]);
        })));

        var figures = await FiguresAsync(app.CreateClient().WithBearer(tenants.AlphaToken), $"/t/alpha{suffix}/api/v1/analytics?days=1");
        Views(figures, "topPages", key).ShouldBe(40);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("367")]
    [InlineData("many")]
    public async Task A_period_out_of_range_is_refused_with_a_problem(string days)
    {
        var response = await (await DemoEditorAsync(app)).GetAsync($"/api/v1/analytics?days={days}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task GraphQL_answers_the_same_figures()
    {
        var editor = await DemoEditorAsync(app);
        var answer = await editor.GraphQLAsync("{ analytics(days: 30) { days views series { day views } topReferrers { key views } } }");
        var data = answer["data"]?["analytics"] ?? throw new ShouldAssertException(answer.ToJsonString());

        data["days"]!.GetValue<int>().ShouldBe(30);
        data["series"]!.AsArray().Count.ShouldBe(30);
    }

    [Fact]
    public async Task Strangers_are_asked_to_sign_in()
    {
        (await app.CreateClient().GetAsync("/api/v1/analytics")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private static async Task<JsonNode> FiguresAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var body = await response.JsonAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body.ToJsonString());
        return body;
    }

    private async Task ReadAsync(string path, string? referrer, string agent = Browser, bool prefetch = false, HttpStatusCode? status = HttpStatusCode.OK)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.UserAgent.ParseAdd(agent);
        if (referrer is not null) request.Headers.Referrer = new Uri(referrer);
        if (prefetch) request.Headers.Add("Sec-Purpose", "prefetch");
        var response = await app.CreateClient().SendAsync(request);
        if (status is not null) response.StatusCode.ShouldBe(status.Value);
    }

    // The node flushes by itself every few seconds; the test flushes at once, then waits for whichever flush wrote them.
    private async Task<JsonNode> FlushedAsync(HttpClient client, string path, Func<JsonNode, bool> condition)
    {
        using (var scope = app.Services.CreateScope()) await scope.ServiceProvider.GetRequiredService<AnalyticsFlush>().RunAsync(CancellationToken.None);
        return JsonNode.Parse(await EventuallyAsync(client, path, (_, body) => condition(JsonNode.Parse(body)!), attempts: 200))!;
    }

    private static long Views(JsonNode figures, string ranking, string key) =>
        figures[ranking]!.AsArray().FirstOrDefault(r => r!["key"]!.GetValue<string>() == key)?["views"]!.GetValue<long>() ?? 0;
}

public sealed class AnalyticsApiOnSqlite(SqliteAppFactory app) : AnalyticsApiTests<SqliteAppFactory>(app);

public sealed class AnalyticsApiOnMariaDb(MariaDbAppFactory app) : AnalyticsApiTests<MariaDbAppFactory>(app);
