using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Modules.Announcements;
using RusToK.Infrastructure.Kernel.Persistence;

namespace RusToK.Infrastructure.Tests.Kernel;

/// <summary>The outbox is written with the change, delivered at least once, retried, dead-lettered; tenants never mix.</summary>
public abstract class OutboxAndTenancyTests<TFixture>(TFixture db) : IClassFixture<TFixture>
    where TFixture : PersistenceFixture
{
    private async Task<Announcement> AddAnnouncementAsync(Guid tenantId, string title)
    {
        await using var context = db.Factory.CreateFor(tenantId);
        var announcement = Announcement.Create(new AnnouncementInput(title, null));
        context.Announcements.Add(announcement);
        await context.SaveChangesAsync();
        return announcement;
    }

    [Fact]
    public async Task Saving_a_change_writes_its_event_to_the_outbox_in_the_same_save()
    {
        var tenant = await db.NewTenantAsync();
        var announcement = await AddAnnouncementAsync(tenant, "hello " + Guid.NewGuid());

        await using var platform = db.Factory.CreatePlatformContext();
        var message = await platform.OutboxMessages.SingleAsync(m => m.AggregateId == announcement.Id);
        message.TenantId.ShouldBe(tenant);
        message.Type.ShouldEndWith("AnnouncementCreated");
        message.Payload.ShouldContain(announcement.Title);
    }

    [Fact]
    public async Task Relay_delivers_with_the_tenant_and_never_twice()
    {
        var tenant = await db.NewTenantAsync();
        var title = "deliver " + Guid.NewGuid();
        await AddAnnouncementAsync(tenant, title);

        await db.Relay.RelayPendingAsync();
        await db.Relay.RelayPendingAsync();

        db.Flaky.Handled.Count(h => h.Title == title).ShouldBe(1);
        db.Flaky.Handled.Single(h => h.Title == title).TenantId.ShouldBe(tenant);
    }

    [Fact]
    public async Task A_handler_of_an_event_contract_gets_every_event_that_declares_it_once_beside_the_type_handlers()
    {
        var tenant = await db.NewTenantAsync();
        var title = "contract " + Guid.NewGuid();
        var announcement = await AddAnnouncementAsync(tenant, title);

        await db.Relay.RelayPendingAsync();
        await db.Relay.RelayPendingAsync();

        await using var platform = db.Factory.CreatePlatformContext();
        var message = await platform.OutboxMessages.AsNoTracking().SingleAsync(m => m.AggregateId == announcement.Id);
        db.ReaderVisible.Seen.Count(s => s.OutboxMessageId == message.Id).ShouldBe(1);
        db.ReaderVisible.Seen.Single(s => s.OutboxMessageId == message.Id).EventType.ShouldBe("AnnouncementCreated");
        db.Flaky.Handled.Count(h => h.Title == title).ShouldBe(1);
    }

    [Fact]
    public async Task Failing_handler_is_retried_then_dead_lettered_and_can_be_sent_back()
    {
        var tenant = await db.NewTenantAsync();
        var announcement = await AddAnnouncementAsync(tenant, "fail " + Guid.NewGuid());

        for (var i = 0; i < 4; i++) await db.Relay.RelayPendingAsync();

        OutboxMessage message;
        await using (var platform = db.Factory.CreatePlatformContext())
        {
            message = await platform.OutboxMessages.AsNoTracking().SingleAsync(m => m.AggregateId == announcement.Id);
        }

        message.State.ShouldBe(OutboxState.DeadLettered);
        message.Attempts.ShouldBe(3);
        message.LastError!.ShouldContain("search index is down");

        var admin = new RusToK.Infrastructure.Kernel.Events.OutboxAdministration(db.Factory, new RusToK.Infrastructure.Kernel.Events.OutboxSignal());
        (await admin.RetryAsync(Guid.NewGuid(), message.Id)).ShouldBeFalse(); // not that tenant's event
        (await admin.RetryAsync(tenant, message.Id)).ShouldBeTrue();
        await using var after = db.Factory.CreatePlatformContext();
        (await after.OutboxMessages.SingleAsync(m => m.Id == message.Id)).State.ShouldBe(OutboxState.Pending);
    }

    [Fact]
    public async Task A_tenant_context_reads_only_its_own_rows()
    {
        var a = await db.NewTenantAsync();
        var b = await db.NewTenantAsync();
        await AddAnnouncementAsync(a, "only a");
        await AddAnnouncementAsync(b, "only b");

        await using var contextA = db.Factory.CreateFor(a);
        (await contextA.Announcements.Select(x => x.Title).ToListAsync()).ShouldBe(["only a"]);
        await using var platform = db.Factory.CreatePlatformContext();
        (await platform.Announcements.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Writing_another_tenants_row_is_refused_and_nothing_is_saved()
    {
        var a = await db.NewTenantAsync();
        var b = await db.NewTenantAsync();
        var ofB = await AddAnnouncementAsync(b, "b's");

        await using (var contextA = db.Factory.CreateFor(a))
        {
            var intruder = Announcement.Create(new AnnouncementInput("planted", null));
            intruder.TenantId = b;
            contextA.Announcements.Add(intruder);
            await Should.ThrowAsync<CrossTenantWriteException>(() => contextA.SaveChangesAsync());
        }

        await using (var contextA = db.Factory.CreateFor(a))
        {
            contextA.Announcements.Attach(ofB);
            ofB.Update(new AnnouncementInput("hijacked", null));
            await Should.ThrowAsync<CrossTenantWriteException>(() => contextA.SaveChangesAsync());
        }

        await using var contextB = db.Factory.CreateFor(b);
        (await contextB.Announcements.Select(x => x.Title).ToListAsync()).ShouldBe(["b's"]);
    }

    [Fact]
    public async Task Two_saves_of_the_same_stale_copy_conflict_instead_of_overwriting()
    {
        var tenant = await db.NewTenantAsync();
        var original = await AddAnnouncementAsync(tenant, "v1");

        await using var first = db.Factory.CreateFor(tenant);
        await using var second = db.Factory.CreateFor(tenant);
        var copy1 = await first.Announcements.SingleAsync(x => x.Id == original.Id);
        var copy2 = await second.Announcements.SingleAsync(x => x.Id == original.Id);
        copy1.Update(new AnnouncementInput("first", null));
        await first.SaveChangesAsync();
        copy2.Update(new AnnouncementInput("second", null));

        await Should.ThrowAsync<Domain.Kernel.Persistence.ConcurrencyConflictException>(() => second.SaveChangesAsync());
    }
}

public sealed class OutboxAndTenancyOnSqlite(SqlitePersistenceFixture db) : OutboxAndTenancyTests<SqlitePersistenceFixture>(db);

public sealed class OutboxAndTenancyOnMariaDb(MariaDbPersistenceFixture db) : OutboxAndTenancyTests<MariaDbPersistenceFixture>(db);
