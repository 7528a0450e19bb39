using System.Net;
using RusToK.Testing;
using static RusToK.Web.Tests.Modules.Content.ContentApi;

namespace RusToK.Web.Tests.Capabilities;

/// <summary>
/// The storefront's results page as a reader's browser gets it: hits grouped under their type's name, facets by the
/// names readers know (a category's name, not its slug), in Russian for a Russian reader, and hostile or broken
/// addresses answered with a page and a plain message, never an error page or another site's posts.
/// </summary>
public sealed class SearchPageTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task Results_are_grouped_by_type_with_marked_snippets_and_named_facets()
    {
        var html = await EventuallyAsync(app.CreateClient(), "/search?q=coffee", (r, body) => body.Contains("data-testid=\"search-hit\""));
        html.ShouldContain("id=\"search-group-post\"");
        html.ShouldContain(">Posts <");
        html.ShouldContain("<mark>");
        html.ShouldContain("Brew guides", Case.Sensitive, "a category is shown by its name, not its slug");
        html.ShouldContain("href=\"search?q=coffee&amp;type=post\"", Case.Sensitive, "a facet link keeps the words");
        html.ShouldContain("<meta name=\"robots\" content=\"noindex, follow\"");
    }

    [Fact]
    public async Task A_russian_reader_gets_the_page_in_russian()
    {
        var reader = app.CreateClient();
        reader.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Dru%7Cuic%3Dru");
        var html = await EventuallyAsync(reader, "/search?q=%D0%BF%D1%83%D1%80%D0%B0%D0%B2%D0%B5%D1%80", (r, body) => body.Contains("data-testid=\"search-hit\""));
        html.ShouldContain("Идеальный пуровер за пять шагов");
        html.ShouldContain(">Записи <");
        html.ShouldContain("Сначала подходящие");
    }

    [Theory]
    [InlineData("/search?q=title:(")]
    [InlineData("/search?q=%22unbalanced")]
    [InlineData("/search?q=*")]
    [InlineData("/search?q=coffee&page=abc")]
    [InlineData("/search?q=coffee&page=0")]
    [InlineData("/search?q=coffee&page=10000")]
    [InlineData("/search?q=%00%01coffee")]
    [InlineData("/search?q=coffee&type=no-such-type&tag=%3Cscript%3E")]
    public async Task Broken_or_hostile_addresses_get_a_page_with_a_plain_answer(string path)
    {
        var response = await app.CreateClient().GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("data-testid=\"search-page\"");
        html.ShouldNotContain("<script>");
    }

    [Fact]
    public async Task A_very_long_query_is_answered_like_any_other()
    {
        var response = await app.CreateClient().GetAsync($"/search?q={new string('a', 10_000)}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Another_sites_results_page_never_shows_the_demos_posts()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        await TwoTenants.CreateAsync(app, suffix, "announcements", "content", "blog");
        await EventuallyAsync(app.CreateClient(), "/search?q=espresso", (r, body) => body.Contains("data-testid=\"search-hit\""));
        var other = await app.CreateClient().GetStringAsync($"/t/alpha{suffix}/search?q=espresso");
        other.ShouldNotContain("data-testid=\"search-hit\"");
        other.ShouldContain("data-testid=\"empty-state\"");
    }
}
