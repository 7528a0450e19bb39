using RusToK.Domain.Capabilities.Search;
using RusToK.Domain.Kernel.Entities;

namespace RusToK.Infrastructure.Tests.Capabilities.Search;

/// <summary>
/// What every search engine adapter must do alike, run against each (Lucene always; Elasticsearch where a server is
/// given): word forms in both languages, typos, beginnings, facets, visibility, sorting, and one tenant never seeing
/// another's documents.
/// </summary>
public abstract class SearchIndexContract
{
    protected static readonly Guid Alpha = Guid.NewGuid();
    protected static readonly Guid Beta = Guid.NewGuid();

    protected abstract ISearchIndex Index { get; }

    /// <summary>Why this engine cannot be tested here (no server given), or null: then every fact runs (Lucene always does).</summary>
    protected virtual string? Unavailable => null;

    [SkippableFact]
    public async Task Finds_a_document_by_an_english_word_form_a_russian_word_form_a_typo_and_a_beginning()
    {
        await SeedAsync();
        (await TitlesAsync(Alpha, "brewed")).ShouldContain("Brewing a perfect espresso");
        (await TitlesAsync(Alpha, "обжарку")).ShouldContain("Светлая обжарка кофе");
        (await TitlesAsync(Alpha, "espreso")).ShouldContain("Brewing a perfect espresso");
        (await TitlesAsync(Alpha, "espr")).ShouldContain("Brewing a perfect espresso");
        (await TitlesAsync(Alpha, "brewing tonic")).ShouldBe(["Coffee tonic for summer"], "every word must match");
    }

    [SkippableFact]
    public async Task A_tenant_never_finds_another_tenants_documents_whatever_it_types()
    {
        await SeedAsync();
        (await TitlesAsync(Beta, "espresso")).ShouldBe(["Beta's own espresso"]);
        (await TitlesAsync(Beta, $"tenant {Alpha:N} espresso")).ShouldBeEmpty();
        (await Index.SearchAsync(Query(Beta, "espresso") with { Permissions = ["content.items.edit"] }, default)).Hits.ShouldAllBe(h => h.Title.StartsWith("Beta"));
    }

    [SkippableFact]
    public async Task Drafts_are_found_only_by_those_who_may_edit_them()
    {
        await SeedAsync();
        (await TitlesAsync(Alpha, "secret")).ShouldBeEmpty();
        (await Index.SearchAsync(Query(Alpha, "secret") with { Permissions = ["tags.manage"] }, default)).Total.ShouldBe(0);
        (await Index.SearchAsync(Query(Alpha, "secret") with { Permissions = ["content.items.edit"] }, default)).Hits.Single().Title.ShouldBe("Secret draft about espresso");

        var editable = await Index.SearchAsync(Query(Alpha, "espresso") with { Permissions = ["content.items.edit"], EditableOnly = true }, default);
        editable.Hits.Select(h => h.Title).ShouldContain("Secret draft about espresso");
        editable.Hits.Select(h => h.Title).ShouldNotContain("About our coffee", "the page is public but its editors hold another permission");
        (await Index.SearchAsync(Query(Alpha, "espresso") with { EditableOnly = true }, default)).Total.ShouldBe(0);
    }

    [SkippableFact]
    public async Task Facets_count_every_hit_and_narrow_the_search()
    {
        await SeedAsync();
        var results = await Index.SearchAsync(Query(Alpha, "espresso"), default);
        results.Total.ShouldBe(4);
        results.Facets[SearchFacets.Type].ShouldBe([new FacetCount("post", 3), new FacetCount("page", 1)]);
        results.Facets[SearchFacets.Tag].ShouldContain(new FacetCount("summer", 1));
        results.Facets[SearchFacets.Language].ShouldBe([new FacetCount("en", 3), new FacetCount("ru", 1)]);

        (await Index.SearchAsync(Query(Alpha, "espresso") with { Tag = "summer" }, default)).Hits.Single().Title.ShouldBe("Coffee tonic for summer");
        (await Index.SearchAsync(Query(Alpha, "espresso") with { Type = "page" }, default)).Hits.Single().Title.ShouldBe("About our coffee");
        (await Index.SearchAsync(Query(Alpha, "espresso") with { Tag = "no-such-tag" }, default)).Total.ShouldBe(0);
    }

    [SkippableFact]
    public async Task Results_are_sorted_by_date_on_request_paged_and_marked_in_their_snippets()
    {
        await SeedAsync();
        var newest = await Index.SearchAsync(Query(Alpha, "espresso") with { Sort = SearchSort.Newest, PageSize = 2 }, default);
        newest.Hits.Select(h => h.Title).ShouldBe(["About our coffee", "Brewing a perfect espresso"]);
        newest.TotalPages.ShouldBe(2);
        (await Index.SearchAsync(Query(Alpha, "espresso") with { Sort = SearchSort.Newest, PageSize = 2, Page = 2 }, default)).Hits.Select(h => h.Title)
            .ShouldBe(["Coffee tonic for summer", "Светлая обжарка кофе"]);

        var hit = (await Index.SearchAsync(Query(Alpha, "tonic"), default)).Hits.Single();
        hit.SnippetHtml.ShouldContain("<mark>tonic</mark>");
        hit.Url.ShouldBe("blog/coffee-tonic");
    }

    [SkippableFact]
    public async Task The_readers_language_comes_first()
    {
        await SeedAsync();
        (await Index.SearchAsync(Query(Alpha, "espresso") with { PreferredLanguage = "en" }, default)).Hits[0].Language.ShouldBe("en");
        (await Index.SearchAsync(Query(Alpha, "espresso") with { PreferredLanguage = "ru" }, default)).Hits[0].Language.ShouldBe("ru");
    }

    [SkippableFact]
    public async Task Writing_a_document_again_replaces_it_and_removal_takes_it_out_for_its_tenant_only()
    {
        await SeedAsync();
        var tonic = Doc(2, "Coffee tonic for summer", "Tonic water and espresso.", "post", "en", ["summer"]);
        await Index.UpsertAsync([new SearchEntry(Alpha, tonic with { Title = "Coffee tonic, updated" })], default);
        (await TitlesAsync(Alpha, "tonic")).ShouldBe(["Coffee tonic, updated"]);

        await Index.RemoveAsync(Alpha, [tonic.Entity], default);
        (await TitlesAsync(Alpha, "tonic")).ShouldBeEmpty();

        await Index.RemoveTenantAsync(Alpha, default);
        (await Index.CountAsync(Alpha, default)).ShouldBeEmpty();
        (await TitlesAsync(Beta, "espresso")).ShouldBe(["Beta's own espresso"]);
        (await Index.CountAsync(Beta, default)).ShouldBe([new FacetCount("post", 1)]);
    }

    [SkippableFact]
    public async Task No_words_find_nothing_rather_than_everything()
    {
        await SeedAsync();
        (await Index.SearchAsync(Query(Alpha, "*:* \" ( ) title:("), default)).Total.ShouldBe(0);
    }

    protected static SearchQuery Query(Guid tenant, string text) => new(tenant, SearchText.Words(text));

    protected async Task<IReadOnlyList<string>> TitlesAsync(Guid tenant, string text) =>
        (await Index.SearchAsync(Query(tenant, text), default)).Hits.Select(h => h.Title).ToList();

    private async Task SeedAsync()
    {
        Skip.If(Unavailable is not null, Unavailable);
        await Index.RemoveTenantAsync(Alpha, default);
        await Index.RemoveTenantAsync(Beta, default);
        await Index.UpsertAsync(
        [
            new(Alpha, Doc(1, "Brewing a perfect espresso", "Grind fine, tamp evenly and brew for thirty seconds.", "post", "en", ["espresso"], days: 3)),
            new(Alpha, Doc(2, "Coffee tonic for summer", "Tonic water and espresso, brewing a fizzy coffee drink.", "post", "en", ["summer"], days: 2)),
            new(Alpha, Doc(3, "Светлая обжарка кофе", "Мы обжариваем кофе светло, небольшими партиями, и для espresso тоже.", "post", "ru", ["roasting"], days: 1)),
            new(Alpha, Doc(4, "About our coffee", "We are a small roastery with an espresso bar.", "page", "en", [], days: 10)),
            new(Alpha, Doc(5, "Secret draft about espresso", "Not yet published.", "post", "en", [], isPublic: false)),
            new(Beta, Doc(6, "Beta's own espresso", "Espresso from the other site.", "post", "en", [])),
        ], default);
    }

    private static SearchDocument Doc(int n, string title, string text, string type, string language, string[] tags, int days = 0, bool isPublic = true) => new(
        new EntityRef("content", new Guid(n, 0, 0, new byte[8])), type, language, title, text, tags, [], type == "post" ? $"blog/{(n == 2 ? "coffee-tonic" : "p" + n)}" : "about",
        isPublic, isPublic ? new DateTime(2026, 11, 20, 0, 0, 0, DateTimeKind.Utc).AddDays(days) : null, DateTime.UtcNow,
        type == "post" ? "content.items.edit" : "pages.manage");
}
