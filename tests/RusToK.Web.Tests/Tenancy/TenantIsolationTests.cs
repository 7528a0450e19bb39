using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using RusToK.Testing;

namespace RusToK.Web.Tests.Tenancy;

/// <summary>A user or token of tenant alpha can read or change nothing of tenant beta, through any route.</summary>
public abstract class TenantIsolationTests<TFactory>(TFactory app) : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : RusToKAppFactory
{
    private TwoTenants _tenants = default!;
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..6];

    private string Alpha => "alpha" + _suffix;
    private string Beta => "beta" + _suffix;

    public async Task InitializeAsync() => _tenants = await TwoTenants.CreateAsync(app, _suffix);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Alpha_owner_does_not_see_beta_announcements_in_lists_or_by_id()
    {
        var alpha = app.CreateClient().WithBearer(_tenants.AlphaToken);

        var list = await (await alpha.GetAsync($"/t/{Alpha}/api/v1/announcements")).JsonAsync();
        list["totalCount"]!.GetValue<int>().ShouldBe(0);

        var byId = await alpha.GetAsync($"/t/{Alpha}/api/v1/announcements/{_tenants.BetaAnnouncementId}");
        byId.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Alpha_token_is_refused_on_beta_urls_and_with_beta_header()
    {
        var alpha = app.CreateClient().WithBearer(_tenants.AlphaToken);

        (await alpha.GetAsync($"/t/{Beta}/api/v1/announcements")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var withHeader = new HttpRequestMessage(HttpMethod.Get, "/api/v1/announcements");
        withHeader.Headers.Add("X-Tenant", Beta);
        (await alpha.SendAsync(withHeader)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var beta = app.CreateClient().WithBearer(_tenants.BetaToken);
        var ownHeader = new HttpRequestMessage(HttpMethod.Get, "/api/v1/announcements");
        ownHeader.Headers.Add("X-Tenant", Beta);
        (await beta.SendAsync(ownHeader)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Every_api_route_with_an_id_refuses_beta_ids_from_alpha_and_beta_data_stays()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1/", StringComparison.Ordinal) == true && e.RoutePattern.RawText.Contains("{id"))
            .ToList();
        endpoints.Count.ShouldBeGreaterThan(8);
        var betaIds = new[] { _tenants.BetaAnnouncementId, _tenants.BetaOwnerId, _tenants.BetaEditorRoleId, _tenants.BetaId };
        var alpha = app.CreateClient().WithBearer(_tenants.AlphaToken);
        var tried = 0;

        foreach (var endpoint in endpoints)
        {
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods)
            {
                foreach (var id in betaIds)
                {
                    var path = "/t/" + Alpha + System.Text.RegularExpressions.Regex.Replace(endpoint.RoutePattern.RawText!, "\\{id[^}]*\\}", id.ToString());
                    path = System.Text.RegularExpressions.Regex.Replace(path, "\\{name[^}]*\\}", "announcements");
                    var request = new HttpRequestMessage(new HttpMethod(method), path);
                    if (method is "POST" or "PUT")
                    {
                        request.Content = JsonContent.Create(new { title = "hijacked", roles = new[] { "Owner" }, permissions = new[] { "admin.access" }, name = "x", slug = "x" });
                    }

                    var response = await alpha.SendAsync(request);
                    ((int)response.StatusCode).ShouldBeOneOf([400, 401, 403, 404, 405], $"{method} {path} answered {(int)response.StatusCode}");
                    tried++;
                }
            }
        }

        tried.ShouldBeGreaterThan(30);
        var beta = app.CreateClient().WithBearer(_tenants.BetaToken);
        var announcement = await (await beta.GetAsync($"/t/{Beta}/api/v1/announcements/{_tenants.BetaAnnouncementId}")).JsonAsync();
        announcement["title"]!.GetValue<string>().ShouldBe("Beta secret sale");
        var roles = await (await beta.GetAsync($"/t/{Beta}/api/v1/users/{_tenants.BetaOwnerId}")).JsonAsync();
        roles["roles"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldBe(["Owner"]);
    }

    [Fact]
    public async Task Graphql_of_alpha_never_returns_beta_data()
    {
        var alpha = app.CreateClient().WithBearer(_tenants.AlphaToken);
        var result = await alpha.GraphQLAsync("{ tenant { slug } announcements { id title } visibleAnnouncements { title } }", $"/t/{Alpha}/graphql");

        result["data"]!["tenant"]!["slug"]!.GetValue<string>().ShouldBe(Alpha);
        result["data"]!["announcements"]!.AsArray().Count.ShouldBe(0);
        result["data"]!["visibleAnnouncements"]!.AsArray().Count.ShouldBe(0);

        var deleted = await alpha.GraphQLAsync($"mutation {{ deleteAnnouncement(id: \"{_tenants.BetaAnnouncementId}\") }}", $"/t/{Alpha}/graphql");
        deleted["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("NOT_FOUND");
    }

    [Fact]
    public async Task Alpha_owner_cannot_sign_in_to_beta_even_with_the_right_password()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { email = $"owner@{Alpha}.test", password = TwoTenants.Password, tenant = Beta });
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Alpha_owner_cannot_use_platform_routes()
    {
        var alpha = app.CreateClient().WithBearer(_tenants.AlphaToken);
        (await alpha.GetAsync($"/t/{Alpha}/api/v1/platform/tenants")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await alpha.PostAsync($"/t/{Alpha}/api/v1/platform/tenants/{_tenants.BetaId}/suspend", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

public sealed class TenantIsolationOnSqlite(SqliteAppFactory app) : TenantIsolationTests<SqliteAppFactory>(app);

public sealed class TenantIsolationOnMariaDb(MariaDbAppFactory app) : TenantIsolationTests<MariaDbAppFactory>(app);
