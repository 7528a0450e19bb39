using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RusToK.Domain.Capabilities.Media;
using RusToK.Domain.Capabilities.Tags;
using RusToK.Domain.Kernel.Modules;
using RusToK.Domain.Modules.Announcements;
using RusToK.Domain.Modules.Content;
using RusToK.Domain.Modules.Pages;
using RusToK.Infrastructure.Kernel.Persistence;
using RusToK.Testing;
using Xunit.Abstractions;

namespace RusToK.Web.Tests.Sweep;

/// <summary>
/// Every route the app maps (REST from the OpenAPI document, GraphQL from introspection, pages from the endpoint
/// data source) gets malformed input, anonymously, as the platform administrator and as a tenant's owner. No answer
/// may be a 5xx, every API error must be ProblemDetails, and no refused request may have written anything.
/// A new module's routes are swept without editing this test.
/// </summary>
public abstract class BadInputSweepTests<TFactory>(TFactory app, ITestOutputHelper output) : IClassFixture<TFactory>
    where TFactory : RusToKAppFactory
{
    private static readonly string[] DocumentedCodes = ["UNAUTHENTICATED", "FORBIDDEN", "MODULE_DISABLED", "VALIDATION", "NOT_FOUND", "CONFLICT", "UNAVAILABLE", "SYNTAX_ERROR"];

    private readonly List<string> _failures = [];

    /// <summary>Who sends the sweep; a second database may narrow it to keep the suite fast.</summary>
    protected virtual bool IsSwept(string identity) => true;
    private int _requests;
    private int _serverErrors;

    [Fact]
    public async Task No_malformed_request_to_any_route_answers_5xx_problem_free_or_writes_anything()
    {
        var modules = app.Services.GetRequiredService<ModuleCatalog>().All.Select(m => m.Name).Where(m => m != KernelModule.ModuleName).ToArray();
        var tenants = await TwoTenants.CreateAsync(app, "sweep", modules);
        var admin = await Client().TokenAsync(RusToKAppFactory.AdminEmail, RusToKAppFactory.AdminPassword, "demo");
        var identities = new (string Name, HttpClient Client, string Prefix)[]
        {
            ("anonymous", Client(), ""),
            ("platform admin", Client().WithBearer(admin["accessToken"]!.GetValue<string>()), ""),
            ("tenant owner", Client().WithBearer(tenants.AlphaToken), "/t/alphasweep"),
        };
        var openApi = await (await identities[1].Client.GetAsync("/openapi/v1.json")).JsonAsync();
        var schema = (await identities[1].Client.GraphQLAsync(GraphQLFields.Introspection))["data"]!["__schema"]!;
        var pages = PageRoutes.Endpoints(app.Services.GetRequiredService<EndpointDataSource>());
        var graphQLFields = GraphQLFields.Fields(schema).ToList();
        var before = await RowCountsAsync();

        var requests = RestOperations.Requests(openApi)
            .Concat(graphQLFields.SelectMany(f => GraphQLFields.Requests(f.Operation, f.Field)))
            .Concat(pages.SelectMany(PageRoutes.Requests))
            .ToList();
        foreach (var (name, client, prefix) in identities.Where(i => IsSwept(i.Name)))
        {
            foreach (var request in requests) await SendAsync(name, client, prefix, request);
        }

        foreach (var path in pages.Select(PageRoutes.HeadPath).OfType<string>().Concat(RestOperations.GetPaths(openApi)).Distinct())
        {
            await HeadMatchesGetAsync(identities[1].Client, path);
        }

        var after = await RowCountsAsync();
        output.WriteLine($"routes: {RestOperations.Count(openApi)} REST operations, {graphQLFields.Count} GraphQL fields, {pages.Count} other routes; "
            + $"requests: {_requests}; 5xx: {_serverErrors}; failures: {_failures.Count}");
        foreach (var reason in _failures.GroupBy(f => f[..f.IndexOf(':')])) output.WriteLine($"{reason.Count()} × {reason.Key}");
        foreach (var failure in _failures.Take(200)) output.WriteLine(failure);
        after.ShouldBe(before, "the sweep sends malformed requests only: no tenant, user or item may appear or disappear");
        _failures.ShouldBeEmpty($"{_failures.Count} failures, first: {string.Join("\n", _failures.Take(20))}");
    }

    private HttpClient Client() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task SendAsync(string identity, HttpClient client, string prefix, SweepRequest request)
    {
        var writes = request.Method != "GET" ? await OutboxCountAsync() : 0;
        using var message = request.ToMessage(prefix);
        using var response = await client.SendAsync(message);
        var body = await response.Content.ReadAsStringAsync();
        _requests++;
        var status = (int)response.StatusCode;
        var isApi = request.Path.StartsWith("/api", StringComparison.Ordinal) || request.Path.StartsWith("/graphql", StringComparison.Ordinal);
        void Fail(string why) => _failures.Add($"{why}: {identity} {request.Method} {prefix}{Shorten(request.Path)} [{request.Kind}] -> {status} {response.Content.Headers.ContentType}: {Shorten(body)}");

        if (status >= 500)
        {
            _serverErrors++;
            Fail("5xx");
        }
        else if (isApi && status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            Fail("API error that is not ProblemDetails");
        }

        var graphQLCodes = request.Path == "/graphql" && status == 200 ? Codes(body) : [];
        foreach (var code in graphQLCodes.Where(c => !DocumentedCodes.Contains(c)).Distinct()) Fail($"undocumented GraphQL code {code}");
        var refused = status is >= 400 and < 500 || graphQLCodes.Count > 0;
        if (request.Method != "GET" && await OutboxCountAsync() is var now && now != writes)
        {
            Fail(refused ? $"refused, yet wrote {now - writes} outbox message(s)" : $"accepted malformed input and wrote {now - writes} outbox message(s)");
        }
    }

    private async Task HeadMatchesGetAsync(HttpClient client, string path)
    {
        using var get = await client.GetAsync(path);
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));
        var body = await head.Content.ReadAsByteArrayAsync();
        _requests += 2;
        if (head.StatusCode != get.StatusCode || body.Length > 0)
        {
            _failures.Add($"HEAD differs from GET: {path} -> HEAD {(int)head.StatusCode} ({body.Length} bytes), GET {(int)get.StatusCode}");
        }
    }

    private static List<string> Codes(string body)
    {
        var errors = (JsonNode.Parse(body) as JsonObject)?["errors"]?.AsArray();
        return errors?.Select(e => e?["extensions"]?["code"]?.GetValue<string>() ?? "(no code)").ToList() ?? [];
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";

    private async Task<int> OutboxCountAsync()
    {
        await using var db = app.Services.GetRequiredService<AppDbContextFactory>().CreatePlatformContext();
        return await db.OutboxMessages.IgnoreQueryFilters().CountAsync();
    }

    private async Task<string> RowCountsAsync()
    {
        await using var db = app.Services.GetRequiredService<AppDbContextFactory>().CreatePlatformContext();
        return $"tenants {await db.Tenants.IgnoreQueryFilters().CountAsync()}, users {await db.Users.IgnoreQueryFilters().CountAsync()}, "
            + $"content {await db.ContentItems.IgnoreQueryFilters().CountAsync()}, categories {await db.Categories.IgnoreQueryFilters().CountAsync()}, "
            + $"tags {await db.Tags.IgnoreQueryFilters().CountAsync()}, announcements {await db.Announcements.IgnoreQueryFilters().CountAsync()}, "
            + $"media {await db.MediaFiles.IgnoreQueryFilters().CountAsync()}, menus {await db.Menus.IgnoreQueryFilters().CountAsync()}";
    }
}

public sealed class BadInputSweepOnSqlite(SqliteAppFactory app, ITestOutputHelper output) : BadInputSweepTests<SqliteAppFactory>(app, output);

/// <summary>On MariaDB as the platform administrator only, the identity whose requests reach the most handlers and queries.</summary>
public sealed class BadInputSweepOnMariaDb(MariaDbAppFactory app, ITestOutputHelper output) : BadInputSweepTests<MariaDbAppFactory>(app, output)
{
    protected override bool IsSwept(string identity) => identity == "platform admin";
}
