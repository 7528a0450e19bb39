using System.Net.Http.Json;
using RusToK.Testing;
using static RusToK.Web.Tests.Modules.Content.ContentApi;

namespace RusToK.Web.Tests.People;

/// <summary>Readers see who wrote a post as the writer's profile says, and find the rest of their posts on one page.</summary>
public sealed class BylineTests(MariaDbAppFactory app) : IClassFixture<MariaDbAppFactory>
{
    [Fact]
    public async Task Demo_posts_are_signed_by_their_writers_with_a_picture_and_a_link_to_their_author_page()
    {
        var html = await (await app.CreateClient().GetAsync("/blog")).Content.ReadAsStringAsync();

        html.ShouldContain(">Marta Ruiz</a>");
        html.ShouldContain("src=\"demo/avatar-marta.svg\"");
        html.ShouldContain("href=\"blog/author/");
    }

    [Fact]
    public async Task An_author_page_shows_the_writer_s_bio_and_picture_above_their_posts()
    {
        var blog = await (await app.CreateClient().GetAsync("/blog")).Content.ReadAsStringAsync();
        var link = AuthorLinkOf(blog, "Ivan Petrov");

        var html = await (await app.CreateClient().GetAsync(link)).Content.ReadAsStringAsync();

        html.ShouldContain("Ivan Petrov");
        html.ShouldContain("Writes the brewing guides");
        html.ShouldContain("data-testid=\"author-portrait\"");
        html.ShouldContain("data-testid=\"post-card\"");
    }

    [Fact]
    public async Task A_renamed_writer_s_byline_follows_their_profile()
    {
        var editor = await DemoEditorAsync(app);
        var post = await PublishedPostAsync(editor, Unique("Byline"));
        (await editor.PutAsJsonAsync("/api/v1/me/profile", new { displayName = "Dee Editor", avatarUrl = "/demo/avatar-editor.svg", bio = "Edits." })).EnsureSuccessStatusCode();

        var page = await EventuallyAsync(app.CreateClient(), $"/blog/{post["slug"]}", (_, html) => html.Contains("Dee Editor"));

        page.ShouldContain("rel=\"author\" data-testid=\"byline\">Dee Editor</a>");
    }

    private static string AuthorLinkOf(string html, string name)
    {
        var end = html.IndexOf($">{name}</a>", StringComparison.Ordinal);
        var start = html.LastIndexOf("href=\"blog/author/", end, StringComparison.Ordinal) + "href=\"".Length;
        return "/" + html[start..html.IndexOf('"', start)];
    }
}
