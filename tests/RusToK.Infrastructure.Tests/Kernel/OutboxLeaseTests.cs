using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Modules.Announcements;
using RusToK.Infrastructure.Kernel.Events;
using RusToK.Infrastructure.Kernel.Leases;

namespace RusToK.Infrastructure.Tests.Kernel;

/// <summary>Several nodes share one outbox: a lease lets one relay at a time, and a dead node's lease passes on.</summary>
public abstract class OutboxLeaseTests<TFixture>(TFixture db) : IClassFixture<TFixture>
    where TFixture : PersistenceFixture
{
    private async Task<List<string>> AddAnnouncementsAsync(Guid tenantId, string prefix, int count)
    {
        await using var context = db.Factory.CreateFor(tenantId);
        var titles = Enumerable.Range(0, count).Select(i => $"{prefix} {i} {Guid.NewGuid():N}").ToList();
        foreach (var title in titles) context.Announcements.Add(Announcement.Create(new AnnouncementInput(title, null)));
        await context.SaveChangesAsync();
        return titles;
    }

    private async Task HoldLeaseAsync(string holder, TimeSpan fromNow)
    {
        await using var platform = db.Factory.CreatePlatformContext();
        await platform.Leases.Where(l => l.Name == OutboxRelay.LeaseName).ExecuteDeleteAsync();
        platform.Leases.Add(new Lease { Name = OutboxRelay.LeaseName, Holder = holder, Until = DateTime.UtcNow + fromNow });
        await platform.SaveChangesAsync();
    }

    [Fact]
    public async Task Two_nodes_relaying_at_once_run_every_handler_exactly_once()
    {
        var tenant = await db.NewTenantAsync();
        var titles = await AddAnnouncementsAsync(tenant, "node", 150);
        var first = db.NewNode();
        var second = db.NewNode();

        var passes = Enumerable.Range(0, 6).SelectMany(_ => new[] { first, second })
            .Select(node => Task.Run(() => node.RelayPendingAsync()));
        await Task.WhenAll(passes);
        await first.RelayPendingAsync();

        titles.ShouldAllBe(t => db.Counting.Invocations.GetValueOrDefault(t) == 1);
    }

    [Fact]
    public async Task A_node_finding_another_nodes_live_lease_relays_nothing()
    {
        var tenant = await db.NewTenantAsync();
        var titles = await AddAnnouncementsAsync(tenant, "held", 1);
        await HoldLeaseAsync("another node", TimeSpan.FromHours(1));

        try
        {
            (await db.NewNode().RelayPendingAsync()).ShouldBe(0);
            db.Counting.Invocations.ContainsKey(titles[0]).ShouldBeFalse();
        }
        finally
        {
            await HoldLeaseAsync("another node", TimeSpan.FromHours(-1));
        }
    }

    [Fact]
    public async Task The_lease_of_a_crashed_node_is_taken_over_once_it_lapses()
    {
        var tenant = await db.NewTenantAsync();
        var titles = await AddAnnouncementsAsync(tenant, "orphan", 1);
        await HoldLeaseAsync("a crashed node", TimeSpan.FromSeconds(-1));

        await db.NewNode().RelayPendingAsync();

        db.Counting.Invocations.GetValueOrDefault(titles[0]).ShouldBe(1);
    }

    [Fact]
    public async Task A_live_lease_is_refused_to_others_renewed_by_its_holder_and_free_once_released()
    {
        var name = "test-" + Guid.NewGuid().ToString("N");
        (await db.Leases.TryAcquireAsync(name, "a", TimeSpan.FromMinutes(1))).ShouldBeTrue();

        (await db.Leases.TryAcquireAsync(name, "b", TimeSpan.FromMinutes(1))).ShouldBeFalse();
        (await db.Leases.RenewAsync(name, "b", TimeSpan.FromMinutes(1))).ShouldBeFalse();
        (await db.Leases.RenewAsync(name, "a", TimeSpan.FromMinutes(1))).ShouldBeTrue();
        await db.Leases.ReleaseAsync(name, "b");
        (await db.Leases.TryAcquireAsync(name, "b", TimeSpan.FromMinutes(1))).ShouldBeFalse();

        await db.Leases.ReleaseAsync(name, "a");
        (await db.Leases.TryAcquireAsync(name, "b", TimeSpan.FromMinutes(1))).ShouldBeTrue();
    }

    [Fact]
    public async Task Nodes_racing_for_a_new_lease_name_get_exactly_one_holder()
    {
        var name = "test-" + Guid.NewGuid().ToString("N");

        var results = await Task.WhenAll(Enumerable.Range(0, 8)
            .Select(i => Task.Run(() => db.Leases.TryAcquireAsync(name, $"node {i}", TimeSpan.FromMinutes(1)))));

        results.Count(acquired => acquired).ShouldBe(1);
    }
}

public sealed class OutboxLeaseOnSqlite(SqlitePersistenceFixture db) : OutboxLeaseTests<SqlitePersistenceFixture>(db);

public sealed class OutboxLeaseOnMariaDb(MariaDbPersistenceFixture db) : OutboxLeaseTests<MariaDbPersistenceFixture>(db);
