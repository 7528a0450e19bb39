using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RusToK.Domain.Capabilities.Search;
using RusToK.Infrastructure.Capabilities.Search;
using RusToK.Infrastructure.Kernel.Persistence;
using RusToK.Testing;
using RusToK.Web.Capabilities.Search;

namespace RusToK.Web.Tests.Capabilities;

/// <summary>Readiness names the search engine, and an engine that fails makes the node degraded, never unready.</summary>
public sealed class SearchHealthTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task Readiness_reports_the_search_engine_as_healthy_when_it_answers()
    {
        (await app.CreateClient().GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var report = await app.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Name == "search");
        report.Entries["search"].Status.ShouldBe(HealthStatus.Healthy);
        report.Entries["search"].Data.ShouldContainKey("Queued");
    }

    [Fact]
    public async Task An_engine_that_fails_or_whose_breaker_is_open_is_degraded_not_failed()
    {
        var circuit = new SearchCircuit();
        var check = new SearchHealthCheck(new UnreachableIndex(), circuit, app.Services.GetRequiredService<AppDbContextFactory>());
        (await check.CheckHealthAsync(new HealthCheckContext())).Status.ShouldBe(HealthStatus.Degraded);

        for (var i = 0; i < 2; i++)
        {
            await Should.ThrowAsync<IOException>(() => circuit.RunAsync(_ => throw new IOException("down"), default));
        }

        circuit.IsOpen.ShouldBeTrue();
        var paused = await check.CheckHealthAsync(new HealthCheckContext());
        paused.Status.ShouldBe(HealthStatus.Degraded);
        paused.Description.ShouldNotBeNull().ShouldContain("Paused");
    }

    private sealed class UnreachableIndex : ISearchIndex
    {
        public Task UpsertAsync(IReadOnlyList<SearchEntry> entries, CancellationToken ct) => throw new IOException("unreachable");

        public Task RemoveAsync(Guid tenantId, IReadOnlyList<Domain.Kernel.Entities.EntityRef> entities, CancellationToken ct) => throw new IOException("unreachable");

        public Task RemoveTenantAsync(Guid tenantId, CancellationToken ct) => throw new IOException("unreachable");

        public Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken ct) => throw new IOException("unreachable");

        public Task<IReadOnlyList<FacetCount>> CountAsync(Guid tenantId, CancellationToken ct) => throw new IOException("unreachable");
    }
}
