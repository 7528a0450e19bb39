using System.Globalization;
using RusToK.Components.Kernel.Theme;
using RusToK.Domain.Capabilities.Tags;
using RusToK.Domain.Kernel.Tenancy;
using RusToK.Domain.Modules.Blog;
using RusToK.Domain.Modules.Content;
using RusToK.Domain.Modules.Content.Categories;
using RusToK.Web.Kernel.Api;
using RusToK.Web.Kernel.Site;

namespace RusToK.Web.Modules.Blog.Feeds;

/// <summary>
/// The RSS and Atom sub-module: <c>/blog/rss.xml</c> and <c>/blog/atom.xml</c>, and the same per category
/// (<c>/blog/category/{slug}/rss.xml</c>) and per tag (<c>/blog/tag/{slug}/atom.xml</c>).
/// </summary>
public static class FeedEndpoints
{
    public const int PostsPerFeed = 20;

    public static void MapFeedEndpoints(this IEndpointRouteBuilder site)
    {
        foreach (var (format, contentType) in new[] { ("rss", "application/rss+xml"), ("atom", "application/atom+xml") })
        {
            site.MapGet($"/blog/{format}.xml", (HttpContext http, CancellationToken ct) =>
                FeedAsync(http, format, contentType, new ContentFilter(), "", ct));

            site.MapGet($"/blog/category/{{slug}}/{format}.xml", async (string slug, HttpContext http, CategoryService categories, CancellationToken ct) =>
                await categories.FindBySlugAsync(slug, ct) is { } category
                    ? await FeedAsync(http, format, contentType, new ContentFilter(CategoryId: category.Id), $" · {category.Name}", ct)
                    : ApiProblems.NotFound("No such category."));

            site.MapGet($"/blog/tag/{{slug}}/{format}.xml", async (string slug, HttpContext http, TagService tags, CancellationToken ct) =>
                await tags.FindBySlugAsync(slug, ct) is { } tag
                    ? await FeedAsync(http, format, contentType, new ContentFilter(TagSlug: tag.Slug), $" · #{tag.Name}", ct)
                    : ApiProblems.NotFound("No such tag."));
        }
    }

    /// <summary>
    /// Each post once, in the feed's language where it has that version: <c>?lang=ru</c>, else the reader's language
    /// (cookie or Accept-Language), else English.
    /// </summary>
    private static async Task<IResult> FeedAsync(HttpContext http, string format, string contentType, ContentFilter filter, string titleSuffix, CancellationToken ct)
    {
        var tenant = http.RequestServices.GetRequiredService<ITenantContext>().Current!;
        var queries = http.RequestServices.GetRequiredService<ContentQueries>();
        var asked = http.Request.Query["lang"].ToString();
        var language = UiPreferences.Cultures.Any(c => c.Code == asked) ? asked : CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var posts = await queries.LatestPublishedAsync(filter with { Type = BlogModule.PostType, ReaderLanguage = language }, PostsPerFeed, ct);
        var siteUrl = SiteUrls.BaseOf(http.Request);
        var self = siteUrl + http.Request.Path.Value!.TrimStart('/') + http.Request.QueryString;
        var feed = new Feed(tenant.Name + titleSuffix, $"The latest posts from {tenant.Name}", siteUrl, self, language, posts, await queries.TranslatedAsync(posts, ct));
        return Results.Text(format == "rss" ? RssFeed.Write(feed) : AtomFeed.Write(feed), contentType + "; charset=utf-8");
    }
}
