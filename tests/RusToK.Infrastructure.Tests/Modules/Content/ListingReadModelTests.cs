using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Kernel.Text;
using RusToK.Domain.Modules.Blog;
using RusToK.Domain.Modules.Content;
using RusToK.Domain.Modules.Content.Categories;
using RusToK.Domain.Modules.Content.Events;
using RusToK.Domain.Modules.Content.Listings;
using RusToK.Infrastructure.Capabilities.Media;
using RusToK.Infrastructure.Tests.Kernel;

namespace RusToK.Infrastructure.Tests.Modules.Content;

/// <summary>
/// The listing counts the blog's side column and listing totals read: kept by the content events, a post and its
/// translations once, idempotent under redelivery, one tenant's posts never in another's counts.
/// </summary>
public abstract class ListingReadModelTests<TFixture>(TFixture db) : IClassFixture<TFixture>
    where TFixture : PersistenceFixture
{
    private static readonly ContentAuthor Editor = new(null, "Editor");

    [Fact]
    public async Task A_post_and_its_translation_count_once_in_its_category_tag_month_and_total()
    {
        var site = await SiteAsync();
        var coffee = await site.CategoryAsync("Coffee");
        var post = await site.PublishAsync(Input("Beans", "en", coffee, "roasting"));
        await site.PublishAsync(Input("Зёрна", "ru", coffee, "roasting") with { Slug = post.Slug });

        var totals = await site.Listings.TotalsAsync(BlogModule.PostType);

        totals.Total.ShouldBe(1);
        totals.Categories.ShouldBe(new Dictionary<Guid, int> { [coffee] = 1 });
        totals.Tags.Select(t => (t.Slug, t.Count)).ShouldBe([("roasting", 1)]);
        totals.Months.ShouldBe([new ArchiveMonth(post.PublishedAt!.Value.Year, post.PublishedAt.Value.Month, 1)]);
    }

    [Fact]
    public async Task Moving_a_live_post_to_another_category_moves_its_count()
    {
        var site = await SiteAsync();
        var coffee = await site.CategoryAsync("Coffee");
        var tea = await site.CategoryAsync("Tea");
        var post = await site.PublishAsync(Input("Leaves", "en", coffee, "brewing"));
        await site.PublishAsync(Input("Other", "en", coffee));

        await site.EditAsync(post, Input("Leaves", "en", tea, "steeping") with { Slug = post.Slug });

        var totals = await site.Listings.TotalsAsync(BlogModule.PostType);
        totals.Categories.ShouldBe(new Dictionary<Guid, int> { [coffee] = 1, [tea] = 1 });
        totals.Tags.Select(t => (t.Slug, t.Count)).ShouldBe([("steeping", 1)]);
        totals.Total.ShouldBe(2);
    }

    [Fact]
    public async Task An_unpublished_post_and_a_deleted_one_leave_every_count()
    {
        var site = await SiteAsync();
        var coffee = await site.CategoryAsync("Coffee");
        var withdrawn = await site.PublishAsync(Input("Withdrawn", "en", coffee, "gone"));
        var deleted = await site.PublishAsync(Input("Deleted", "en", coffee, "gone"));
        var kept = await site.PublishAsync(Input("Kept", "en", coffee));

        (await site.Publishing.UnpublishAsync(withdrawn.Id)).Succeeded.ShouldBeTrue();
        await site.DeliverAsync(new ContentUnpublished(withdrawn.Id, withdrawn.Type, withdrawn.Slug));
        (await site.Editing.DeleteAsync(deleted.Id)).Succeeded.ShouldBeTrue();
        await site.DeliverAsync(new ContentDeleted(deleted.Id, deleted.Type, deleted.Slug, WasLive: true));

        var totals = await site.Listings.TotalsAsync(BlogModule.PostType);
        totals.Total.ShouldBe(1);
        totals.Categories.ShouldBe(new Dictionary<Guid, int> { [coffee] = 1 });
        totals.Tags.ShouldBeEmpty();
        totals.Months.Single().Count.ShouldBe(1);
        (await site.Listings.CountAsync(Published(kept.Language))).ShouldBe(1);
    }

    [Fact]
    public async Task An_event_delivered_twice_counts_once()
    {
        var site = await SiteAsync();
        var coffee = await site.CategoryAsync("Coffee");
        var post = await site.PublishAsync(Input("Twice", "en", coffee, "again"));

        await site.DeliverAsync(new ContentPublished(post.Id, post.Type, post.Slug, post.Title));
        await site.DeliverAsync(new ContentUpdated(post.Id, post.Type, post.Slug, post.Title, IsLive: true));

        var totals = await site.Listings.TotalsAsync(BlogModule.PostType);
        (totals.Total, totals.Categories[coffee], totals.Tags.Single().Count).ShouldBe((1, 1, 1));
    }

    [Fact]
    public async Task Another_tenants_posts_never_count()
    {
        var ours = await SiteAsync();
        var theirs = await SiteAsync();
        await theirs.PublishAsync(Input("Theirs", "en", await theirs.CategoryAsync("Coffee"), "shared"));
        await theirs.PublishAsync(Input("Theirs too", "en", null, "shared"));
        var coffee = await ours.CategoryAsync("Coffee");
        await ours.PublishAsync(Input("Ours", "en", coffee, "shared"));

        var totals = await ours.Listings.TotalsAsync(BlogModule.PostType);

        totals.Total.ShouldBe(1);
        totals.Categories.ShouldBe(new Dictionary<Guid, int> { [coffee] = 1 });
        totals.Tags.Single().Count.ShouldBe(1);
        (await ours.Listings.CountAsync(Published("en") with { TagSlug = "shared" })).ShouldBe(1);
    }

    [Fact]
    public async Task Counts_built_from_existing_posts_on_first_read_match_the_ones_events_keep()
    {
        var site = await SiteAsync(delivering: false);
        var coffee = await site.CategoryAsync("Coffee");
        var post = await site.PublishAsync(Input("Old post", "en", coffee, "legacy"));
        await site.PublishAsync(Input("Старый пост", "ru", null, "legacy") with { Slug = post.Slug });

        var totals = await site.Listings.TotalsAsync(BlogModule.PostType);

        (totals.Total, totals.Categories[coffee], totals.Tags.Single().Count).ShouldBe((1, 1, 1));
        site.Delivering = true;
        await site.PublishAsync(Input("New post", "en", coffee));
        (await site.Listings.TotalsAsync(BlogModule.PostType)).Categories[coffee].ShouldBe(2);
    }

    [Fact]
    public async Task A_post_published_while_the_counts_are_built_is_counted()
    {
        var site = await SiteAsync(delivering: false);
        var coffee = await site.CategoryAsync("Coffee");
        await site.PublishAsync(Input("Before", "en", coffee));
        // Its event would find no counts to keep yet, and the build has already read the items.
        void TheirPublication()
        {
            using var other = db.Factory.CreateFor(site.TenantId);
            var input = Input("During", "en", coffee);
            var item = ContentItem.Create(input, new MarkdownContentRenderer().Render(input.Body!, BodyFormat.Markdown), Editor);
            item.Publish(DateTime.UtcNow);
            other.ContentItems.Add(item);
            other.SaveChanges();
        }

        site.Contexts.Interference = (context => context.ChangeTracker.Entries<ListingCount>().Any(), TheirPublication);

        var totals = await site.Listings.TotalsAsync(BlogModule.PostType);

        site.Contexts.Interference.ShouldBeNull("the other save ran");
        (totals.Total, totals.Categories[coffee]).ShouldBe((2, 2));
    }

    [Fact]
    public async Task The_listing_total_is_what_counting_the_posts_gives_for_every_reader_and_covered_filter()
    {
        var site = await SiteAsync();
        var coffee = await site.CategoryAsync("Coffee");
        var tea = await site.CategoryAsync("Tea");
        // Translations that disagree on category and tags, an address with two versions but no Russian one, and a
        // single-language post: where one version per address is not simply "each address once".
        var mixed = await site.PublishAsync(Input("Mixed", "en", coffee, "a"));
        await site.PublishAsync(Input("Смесь", "ru", tea, "b") with { Slug = mixed.Slug });
        var pair = await site.PublishAsync(Input("Pair", "en", coffee, "a"));
        await site.PublishAsync(Input("Paar", "de", coffee, "a", "b") with { Slug = pair.Slug });
        await site.PublishAsync(Input("Alone", "ru", tea));
        var month = new DateTime(mixed.PublishedAt!.Value.Year, mixed.PublishedAt.Value.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        var queries = new ContentQueries(site.Contexts);

        foreach (var reader in new[] { "en", "ru", "de", "fr", null })
        {
            var all = Published(reader);
            foreach (var filter in new[]
            {
                all, all with { CategoryId = coffee }, all with { CategoryId = tea }, all with { TagSlug = "a" }, all with { TagSlug = "b" },
                all with { TagSlug = "none" }, all with { PublishedFrom = month, PublishedBefore = month.AddMonths(1) },
            })
            {
                (await site.Listings.CountAsync(filter)).ShouldBe(await queries.CountAsync(filter), filter.ToString());
            }
        }

        (await site.Listings.CountAsync(Published("en") with { Search = "Mixed" })).ShouldBeNull();
        (await site.Listings.CountAsync(Published("en") with { CategoryId = coffee, TagSlug = "a" })).ShouldBeNull();
    }

    private static ContentFilter Published(string? reader) =>
        new(Type: BlogModule.PostType, Status: ContentStatus.Published, ReaderLanguage: reader);

    private static ContentInput Input(string title, string language, Guid? category, params string[] tags) =>
        new(title, "post-" + Guid.NewGuid().ToString("N")[..8], "Body of " + title, Type: BlogModule.PostType, Language: language, CategoryId: category, Tags: tags);

    private async Task<Site> SiteAsync(bool delivering = true)
    {
        var tenant = await db.NewTenantAsync();
        return new(new ObservedContexts(db.Factory, tenant), tenant) { Delivering = delivering };
    }

    /// <summary>One tenant's services, delivering each change's event to the projection as the relay would.</summary>
    private sealed class Site
    {
        public Site(ObservedContexts contexts, Guid tenantId)
        {
            Contexts = contexts;
            TenantId = tenantId;
            Builder = new ListingBuilder(contexts);
            Listings = new ListingReadModel(contexts, Builder);
            Projection = new ListingProjection(contexts, Builder);
            Editing = new ContentEditingService(contexts, new MarkdownContentRenderer(), new ContentTypeCatalog([new PostContentType(new ContentQueries(contexts))]));
            Publishing = new ContentPublishingService(contexts, new NoWakeUps(), TimeProvider.System, Editing);
        }

        public ObservedContexts Contexts { get; }

        public Guid TenantId { get; }

        public ListingBuilder Builder { get; }

        public ListingReadModel Listings { get; }

        public ListingProjection Projection { get; }

        public ContentEditingService Editing { get; }

        public ContentPublishingService Publishing { get; }

        /// <summary>Off: the posts exist before the read model does (an install older than it).</summary>
        public bool Delivering { get; set; }

        public async Task<Guid> CategoryAsync(string name) =>
            (await new CategoryService(Contexts).CreateAsync(new CategoryInput(name + " " + Guid.NewGuid().ToString("N")[..6]))).Value!.Id;

        public async Task<ContentItem> PublishAsync(ContentInput input)
        {
            if (Delivering) await Listings.TotalsAsync(BlogModule.PostType); // built before the post, kept by its event
            var published = await Publishing.SaveAndPublishAsync(null, input, null, Editor);
            published.Succeeded.ShouldBeTrue(published.Message);
            await DeliverAsync(new ContentPublished(published.Value!.Id, input.Type, published.Value.Slug, input.Title));
            return published.Value;
        }

        public async Task EditAsync(ContentItem item, ContentInput input)
        {
            var saved = await Editing.UpdateAsync(item.Id, input, null, Editor);
            saved.Succeeded.ShouldBeTrue(saved.Message);
            await DeliverAsync(new ContentUpdated(item.Id, item.Type, saved.Value!.Slug, saved.Value.Title, IsLive: true));
        }

        public async Task DeliverAsync(IDomainEvent e)
        {
            if (!Delivering) return;
            var context = new EventContext(null, Guid.NewGuid(), 1);
            await (e switch
            {
                ContentPublished published => Projection.HandleAsync(published, context, CancellationToken.None),
                ContentUpdated updated => Projection.HandleAsync(updated, context, CancellationToken.None),
                ContentUnpublished unpublished => Projection.HandleAsync(unpublished, context, CancellationToken.None),
                ContentDeleted deleted => Projection.HandleAsync(deleted, context, CancellationToken.None),
                _ => throw new ArgumentException(e.GetType().Name),
            });
        }
    }
}

public sealed class ListingReadModelOnSqlite(SqlitePersistenceFixture db) : ListingReadModelTests<SqlitePersistenceFixture>(db);

public sealed class ListingReadModelOnMariaDb(MariaDbPersistenceFixture db) : ListingReadModelTests<MariaDbPersistenceFixture>(db);
