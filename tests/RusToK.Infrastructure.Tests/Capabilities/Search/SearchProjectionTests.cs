using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RusToK.Domain.Capabilities.Search;
using RusToK.Domain.Kernel.Live;
using RusToK.Infrastructure.Capabilities.Search;

namespace RusToK.Infrastructure.Tests.Capabilities.Search;

/// <summary>
/// The projection and rebuilds as an operator relies on them: an engine outage delays documents but loses or doubles
/// none, a rebuild rewrites everything and reports its progress, and one cut short by a restart picks up where it was.
/// </summary>
public abstract class SearchProjectionTests<TFixture>(TFixture search) : IClassFixture<TFixture>
    where TFixture : SearchFixture
{
    [Fact]
    public async Task An_engine_failing_mid_batch_loses_and_doubles_nothing_once_it_is_back()
    {
        var tenant = await search.NewTenantAsync();
        var ids = AddNotes(tenant, 60);
        await QueueAsync(tenant, ids);

        search.Index.Broken = true;
        (await search.Projection.DrainAsync()).ShouldBe(0);
        (await QueuedAsync(tenant)).ShouldBe(60, "nothing leaves the queue until the engine has it");
        search.Index.Broken = false;
        await Task.Delay(SearchFixture.BreakFor * 2);
        (await search.Projection.DrainAsync()).ShouldBe(60);
        (await QueuedAsync(tenant)).ShouldBe(0);
        (await CountAsync(tenant)).ShouldBe(60);
        foreach (var id in ids)
        {
            var hits = await search.Index.SearchAsync(new SearchQuery(tenant, SearchText.Words(WordOf(id))), default);
            hits.Hits.ShouldHaveSingleItem($"note {id} is in the index exactly once").Url.ShouldBe($"notes/{id:N}");
        }
    }

    [Fact]
    public async Task A_written_batch_tells_its_own_sites_search_page_and_no_other()
    {
        var tenant = await search.NewTenantAsync();
        var other = await search.NewTenantAsync();
        await QueueAsync(tenant, AddNotes(tenant, 3));
        var heard = new List<LiveMessage>();
        using var listening = search.Live.Subscribe(message => { lock (heard) heard.Add(message); });

        await search.Projection.DrainAsync();

        lock (heard)
        {
            heard.ShouldContain(new LiveMessage(tenant, SearchTopics.Index, SearchPermissions.Manage));
            heard.ShouldNotContain(m => m.TenantId == other);
        }
    }

    [Fact]
    public async Task A_rebuild_rewrites_every_document_drops_stale_ones_and_reports_its_progress()
    {
        var tenant = await search.NewTenantAsync();
        AddNotes(tenant, 30);
        await search.Index.UpsertAsync([new SearchEntry(tenant, NoteDocuments.Document(Guid.NewGuid(), "Stale note nobody has"))], default);

        var admin = Admin();
        var started = await admin.RebuildAsync(tenant, "anna@example.com");
        started.Queuing.ShouldBeTrue();
        (await admin.RebuildAsync(tenant, "someone else")).Id.ShouldBe(started.Id, "a second click joins the running rebuild");
        search.Jobs.Created.Count(j => j.Type == typeof(SearchRebuildJob) && Equals(j.Args[0], started.Id)).ShouldBe(1);

        await search.Rebuilder.RunAsync(started.Id, default);

        var status = await admin.StatusAsync(tenant);
        status.Rebuild.ShouldNotBeNull();
        status.Rebuild.FinishedAt.ShouldNotBeNull();
        status.Rebuild.Total.ShouldBe(30);
        status.Rebuild.Percent.ShouldBe(100);
        status.Rebuild.RequestedBy.ShouldBe("anna@example.com");
        status.Documents.ShouldBe([new FacetCount(NoteDocuments.Type, 30)]);
        status.Queued.ShouldBe(0);
        status.Engine.ShouldBe(SearchEngineState.Working);
        (await search.Index.SearchAsync(new SearchQuery(tenant, SearchText.Words("stale")), default)).Total.ShouldBe(0);
    }

    [Fact]
    public async Task A_rebuild_cut_short_by_a_restart_is_resumed_without_removing_what_it_rewrote()
    {
        var tenant = await search.NewTenantAsync();
        AddNotes(tenant, 10);
        var rebuildId = await InterruptedRebuildAsync(tenant);

        (await search.Rebuilder.StalledAsync(default)).ShouldContain(rebuildId);
        var removalsBefore = search.Index.TenantRemovals;
        await search.Rebuilder.RunAsync(rebuildId, default);

        search.Index.TenantRemovals.ShouldBe(removalsBefore, "the index was cleared before the restart");
        (await CountAsync(tenant)).ShouldBe(10);
        (await search.Rebuilder.StalledAsync(default)).ShouldNotContain(rebuildId);
        (await Admin().StatusAsync(tenant)).Rebuild!.FinishedAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_rebuild_while_the_engine_is_down_waits_and_says_why()
    {
        var tenant = await search.NewTenantAsync();
        AddNotes(tenant, 4);
        search.Index.Broken = true;
        try
        {
            var admin = Admin();
            var rebuild = await admin.RebuildAsync(tenant, "anna@example.com");
            await search.Rebuilder.RunAsync(rebuild.Id, default);
            var status = await admin.StatusAsync(tenant);
            status.Rebuild!.IsRunning.ShouldBeTrue("it finishes once the engine has every document");
            status.LastError.ShouldNotBeNull();
        }
        finally
        {
            search.Index.Broken = false;
            await Task.Delay(SearchFixture.BreakFor * 2);
        }

        (await search.Projection.DrainAsync()).ShouldBe(4, "the breaker lets the projection try again once its pause is over");
        await search.Rebuilder.FinishDrainedAsync(default);
        (await CountAsync(tenant)).ShouldBe(4);
        (await Admin().StatusAsync(tenant)).Rebuild!.FinishedAt.ShouldNotBeNull();
    }

    private ISearchAdministration Admin() => search.Services.CreateScope().ServiceProvider.GetRequiredService<ISearchAdministration>();

    private List<Guid> AddNotes(Guid tenant, int count)
    {
        var ids = Enumerable.Range(1, count).Select(_ => Guid.CreateVersion7()).ToList();
        foreach (var id in ids) search.Book.Notes(tenant)[id] = $"Note {WordOf(id)}";
        return ids;
    }

    // A word of its own per note, far from every other note's (typos are forgiven, so "note 1" would find "note 17").
    private static string WordOf(Guid id) => "k" + string.Concat(id.ToString("N")[^10..].Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16))));

    private async Task QueueAsync(Guid tenant, IReadOnlyCollection<Guid> ids)
    {
        await using var scope = search.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SearchQueue>().EnqueueManyAsync(tenant, NoteDocuments.Type, ids);
    }

    private async Task<Guid> InterruptedRebuildAsync(Guid tenant)
    {
        await using var db = search.Factory.CreatePlatformContext();
        var rebuild = SearchRebuild.Start(tenant, "anna@example.com", DateTime.UtcNow - TimeSpan.FromMinutes(10));
        rebuild.Cleared(DateTime.UtcNow - TimeSpan.FromMinutes(10));
        db.SearchRebuilds.Add(rebuild);
        await db.SaveChangesAsync();
        return rebuild.Id;
    }

    private async Task<int> QueuedAsync(Guid tenant)
    {
        await using var db = search.Factory.CreatePlatformContext();
        return await db.SearchWork.CountAsync(w => w.TenantId == tenant);
    }

    private async Task<string?> LastErrorAsync(Guid tenant)
    {
        await using var db = search.Factory.CreatePlatformContext();
        return await db.SearchWork.Where(w => w.TenantId == tenant && w.LastError != null).Select(w => w.LastError).FirstOrDefaultAsync();
    }

    private async Task<long> CountAsync(Guid tenant) => (await search.Index.CountAsync(tenant, default)).Sum(c => c.Count);
}

public sealed class SearchProjectionOnSqlite(SqliteSearchFixture search) : SearchProjectionTests<SqliteSearchFixture>(search);

public sealed class SearchProjectionOnMariaDb(MariaDbSearchFixture search) : SearchProjectionTests<MariaDbSearchFixture>(search);
