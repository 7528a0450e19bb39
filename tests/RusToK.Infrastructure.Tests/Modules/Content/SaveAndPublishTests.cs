using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Kernel.Tenancy;
using RusToK.Domain.Kernel.Text;
using RusToK.Domain.Modules.Content;
using RusToK.Infrastructure.Capabilities.Media;
using RusToK.Infrastructure.Tests.Kernel;

namespace RusToK.Infrastructure.Tests.Modules.Content;

/// <summary>The editor's "Publish now" is one unit of work: the edit and the publication commit together or not at all.</summary>
public abstract class SaveAndPublishTests<TFixture>(TFixture db) : IClassFixture<TFixture>
    where TFixture : PersistenceFixture
{
    private static readonly ContentAuthor Editor = new(null, "Editor");

    [Fact]
    public async Task Publishing_an_edited_draft_saves_the_edit_the_publication_and_their_events_in_one_save()
    {
        var contexts = new ObservedContexts(db.Factory, await NewTenantAsync());
        var draft = (await EditingWith(contexts).CreateAsync(Input("Draft title", "draft body"), Editor)).Value!;
        var savesBefore = contexts.Saves;

        var published = await PublishingWith(contexts).SaveAndPublishAsync(draft.Id, Input("Edited title", "edited body"), draft.ConcurrencyStamp, Editor);

        published.Succeeded.ShouldBeTrue(published.Message);
        (contexts.Saves - savesBefore).ShouldBe(1);
        await using var platform = db.Factory.CreatePlatformContext();
        var stored = await platform.ContentItems.IgnoreQueryFilters().SingleAsync(i => i.Id == draft.Id);
        (stored.Title, stored.Status).ShouldBe(("Edited title", ContentStatus.Published));
        var revision = await platform.ContentRevisions.IgnoreQueryFilters().SingleAsync(r => r.ContentItemId == draft.Id);
        (revision.Reason, revision.Body).ShouldBe(("Published", "edited body"));
        var events = await platform.OutboxMessages.Where(m => m.AggregateId == draft.Id).Select(m => m.Type).ToListAsync();
        events.Select(t => t.Split('.')[^1]).ShouldBe(["ContentCreated", "ContentUpdated", "ContentPublished"], ignoreOrder: true);
    }

    [Fact]
    public async Task A_publication_that_fails_to_save_takes_the_edit_down_with_it()
    {
        var tenant = await NewTenantAsync();
        var contexts = new ObservedContexts(db.Factory, tenant);
        var draft = (await EditingWith(contexts).CreateAsync(Input("Draft title", "draft body"), Editor)).Value!;
        // Another editor saves the body just before the save that publishes: that save must fail whole, edit included
        // (as two saves, the edit would already have been written when the publication met the conflict).
        void TheirSave()
        {
            using var other = db.Factory.CreateFor(tenant);
            var theirs = other.ContentItems.Single(i => i.Id == draft.Id);
            theirs.Edit(new ContentInput(theirs.Title, theirs.Slug, "their body", Type: theirs.Type), new MarkdownContentRenderer().Render("their body", BodyFormat.Markdown), new ContentAuthor(null, "Someone else"));
            other.SaveChanges();
        }

        contexts.Interference = (context => context.ChangeTracker.Entries<ContentItem>().Any(e => e.Entity.Status == ContentStatus.Published), TheirSave);

        var published = await PublishingWith(contexts).SaveAndPublishAsync(draft.Id, Input("Edited title", "edited body"), draft.ConcurrencyStamp, Editor);

        contexts.Interference.ShouldBeNull("the other editor's save ran");
        ContentEditingService.IsStale(published).ShouldBeTrue(published.Message);
        await using var platform = db.Factory.CreatePlatformContext();
        var stored = await platform.ContentItems.IgnoreQueryFilters().SingleAsync(i => i.Id == draft.Id);
        (stored.Title, stored.Body, stored.Status).ShouldBe(("Draft title", "their body", ContentStatus.Draft));
        (await platform.ContentRevisions.IgnoreQueryFilters().AnyAsync(r => r.ContentItemId == draft.Id)).ShouldBeFalse();
        var payloads = await platform.OutboxMessages.Where(m => m.AggregateId == draft.Id).Select(m => m.Type + m.Payload).ToListAsync();
        payloads.ShouldNotContain(p => p.Contains("ContentPublished") || p.Contains("Edited title"));
    }

    private static ContentInput Input(string title, string body) => new(title, "one-unit-" + Guid.NewGuid().ToString("N")[..8], body, Type: ContentTypes.Article);

    private static ContentEditingService EditingWith(ObservedContexts contexts) => new(contexts, new MarkdownContentRenderer(), new ContentTypeCatalog([]));

    private static ContentPublishingService PublishingWith(ObservedContexts contexts) =>
        new(contexts, new NoWakeUps(), TimeProvider.System, EditingWith(contexts));

    private async Task<Guid> NewTenantAsync()
    {
        await using var platform = db.Factory.CreatePlatformContext();
        var tenant = Tenant.Create("t" + Guid.NewGuid().ToString("N")[..10], "Test", []);
        platform.Tenants.Add(tenant);
        await platform.SaveChangesAsync();
        return tenant.Id;
    }
}

public sealed class SaveAndPublishOnSqlite(SqlitePersistenceFixture db) : SaveAndPublishTests<SqlitePersistenceFixture>(db);

public sealed class SaveAndPublishOnMariaDb(MariaDbPersistenceFixture db) : SaveAndPublishTests<MariaDbPersistenceFixture>(db);
