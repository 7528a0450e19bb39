using System.Net;
using System.Net.Http.Json;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using RusToK.Infrastructure.Modules.Content;
using RusToK.Testing;
using static RusToK.Web.Tests.Modules.Content.ContentApi;

namespace RusToK.Web.Tests.Modules.Content;

/// <summary>What readers get: posts on the blog, in the feeds and the sitemap, only once published, and only on their own site.</summary>
public abstract class BlogStorefrontTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : RusToKAppFactory
{
    [Fact]
    public async Task Published_post_appears_on_the_blog_its_tag_page_the_feeds_and_the_sitemap()
    {
        var editor = await DemoEditorAsync(app);
        var tag = "tag-" + Guid.NewGuid().ToString("N")[..8];
        var post = await PublishedPostAsync(editor, Unique("Fresh from the roaster"), [tag], "## Beans\n\nRoasted **today**.");
        var slug = post["slug"]!.GetValue<string>();
        var title = post["title"]!.GetValue<string>();
        var reader = app.CreateClient();

        var page = await EventuallyAsync(reader, $"/blog/{slug}", (r, _) => r.StatusCode == HttpStatusCode.OK);
        page.ShouldContain($"<h1 class=\"rustok-article-title\">{title}</h1>");
        page.ShouldContain("<strong>today</strong>");
        page.ShouldContain("<link rel=\"canonical\" href=\"http://localhost/blog/" + slug + "\"");
        page.ShouldContain("\"@type\":\"BlogPosting\"");
        page.ShouldContain("property=\"og:title\"");
        // Listings count from the read model the relay keeps: a moment after the post itself answers.
        await EventuallyAsync(reader, $"/blog/tag/{tag}", (_, html) => html.Contains(title));
        await EventuallyAsync(reader, "/blog", (_, html) => html.Contains(title));

        var rss = XDocument.Parse(await reader.GetStringAsync("/blog/rss.xml"));
        rss.Root!.Attribute("version")!.Value.ShouldBe("2.0");
        var item = rss.Descendants("item").First();
        item.Element("title")!.Value.ShouldBe(title);
        item.Element("link")!.Value.ShouldBe($"http://localhost/blog/{slug}");
        DateTime.Parse(item.Element("pubDate")!.Value).ShouldBeGreaterThan(DateTime.UtcNow.AddMinutes(-5));

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(await reader.GetStringAsync($"/blog/tag/{tag}/atom.xml"));
        var entry = feed.Root!.Elements(atom + "entry").Single();
        entry.Element(atom + "title")!.Value.ShouldBe(title);
        entry.Element(atom + "author")!.Element(atom + "name")!.Value.ShouldBe("Demo Editor");

        XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = XDocument.Parse(await reader.GetStringAsync("/sitemap.xml")).Descendants(sitemap + "loc").Select(l => l.Value).ToList();
        urls.ShouldContain($"http://localhost/blog/{slug}");
        urls.ShouldContain($"http://localhost/blog/tag/{tag}");
        (await reader.GetStringAsync("/robots.txt")).ShouldContain("Sitemap: http://localhost/sitemap.xml");
    }

    [Fact]
    public async Task Post_links_its_older_and_newer_neighbours_and_shows_a_renamed_category()
    {
        var editor = await DemoEditorAsync(app);
        var category = await (await editor.PostAsJsonAsync("/api/v1/categories", new { name = Unique("Field notes") })).JsonAsync();
        var older = await PublishedPostAsync(editor, Unique("Older neighbour"));
        var middle = await PublishAsync(editor, await CreateAsync(editor, new { title = Unique("In the middle"), type = "post", categoryId = category["id"] }));
        var newer = await PublishedPostAsync(editor, Unique("Newer neighbour"));
        var reader = app.CreateClient();

        var page = await EventuallyAsync(reader, $"/blog/{middle["slug"]}", (r, _) => r.StatusCode == HttpStatusCode.OK);
        page.ShouldContain($"<a href=\"blog/{older["slug"]}\" rel=\"prev\">");
        page.ShouldContain($"<a href=\"blog/{newer["slug"]}\" rel=\"next\"");
        page.ShouldContain(category["name"]!.GetValue<string>());

        var renamed = Unique("Travel notes");
        (await editor.PutAsJsonAsync($"/api/v1/categories/{category["id"]}", new { name = renamed, slug = category["slug"]!.GetValue<string>() })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await EventuallyAsync(reader, $"/blog/{middle["slug"]}", (_, html) => html.Contains(renamed));
    }

    [Fact]
    public async Task A_correction_to_a_live_post_reaches_its_readers_on_a_plain_static_page()
    {
        var editor = await DemoEditorAsync(app);
        var post = await PublishedPostAsync(editor, Unique("Roasting with a typpo"));
        var reader = app.CreateClient();
        var page = await EventuallyAsync(reader, $"/blog/{post["slug"]}", (r, _) => r.StatusCode == HttpStatusCode.OK);
        // A reader's page hands nothing over to a circuit, and takes the site's colours from a style sheet the browser keeps.
        page.ShouldNotContain("Blazor-Server-Component-State");
        var theme = System.Text.RegularExpressions.Regex.Match(page, "theme/light\\.css\\?v=[0-9a-f]+").Value;
        theme.ShouldNotBeEmpty();
        var sheet = await reader.GetAsync(theme);
        (await sheet.Content.ReadAsStringAsync()).ShouldContain("--mud-palette-primary:");
        sheet.Headers.CacheControl!.MaxAge.ShouldBe(TimeSpan.FromDays(365));

        // The post's row is kept in the site's read cache: the correction must still show on the next view.
        var corrected = Unique("Roasting without a typo");
        var current = await (await editor.GetAsync($"/api/v1/content/{post["id"]}")).JsonAsync();
        (await editor.PutAsJsonAsync($"/api/v1/content/{post["id"]}", new { title = corrected, slug = post["slug"]!.GetValue<string>(), body = "Fixed.", type = "post", concurrencyStamp = current["concurrencyStamp"]!.GetValue<string>() }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        await EventuallyAsync(reader, $"/blog/{post["slug"]}", (_, html) => html.Contains(corrected));
    }

    [Fact]
    public async Task A_post_in_two_languages_links_its_versions_for_readers_and_search_engines()
    {
        var editor = await DemoEditorAsync(app);
        var english = await PublishedPostAsync(editor, Unique("Harvest notes"));
        var slug = english["slug"]!.GetValue<string>();
        var reader = app.CreateClient();
        await RelayedAsync(app);
        var postsThisMonth = MonthCount(await EventuallyAsync(reader, "/blog", (_, html) => html.Contains(english["title"]!.GetValue<string>())));
        var russianTitle = Unique("Harvest notes, in Russian");
        await PublishAsync(editor, await CreateAsync(editor, new { title = russianTitle, slug, type = "post", language = "ru", body = "Urozhai." }));

        var page = await EventuallyAsync(reader, $"/blog/{slug}?lang=ru", (_, html) => html.Contains(russianTitle));
        page.ShouldContain("<article class=\"rustok-article\" lang=\"ru\"");
        page.ShouldContain($"<link rel=\"canonical\" href=\"http://localhost/blog/{slug}?lang=ru\"");
        page.ShouldContain($"<link rel=\"alternate\" hreflang=\"en\" href=\"http://localhost/blog/{slug}?lang=en\"");
        page.ShouldContain($"<link rel=\"alternate\" hreflang=\"x-default\" href=\"http://localhost/blog/{slug}\"");
        page.ShouldContain($"<a href=\"blog/{slug}?lang=en\" hreflang=\"en\" lang=\"en\">English</a>");
        (await reader.GetStringAsync($"/blog/{slug}?lang=en")).ShouldContain(english["title"]!.GetValue<string>());

        // The blog lists each post once, in the reader's language where it has one.
        var englishIndex = await EventuallyAsync(reader, "/blog", (_, html) => html.Contains(english["title"]!.GetValue<string>()));
        englishIndex.ShouldNotContain(russianTitle);
        var russianReader = app.CreateClient();
        russianReader.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Dru%7Cuic%3Dru");
        var russianIndex = await EventuallyAsync(russianReader, "/blog", (_, html) => html.Contains(russianTitle));
        russianIndex.ShouldNotContain(english["title"]!.GetValue<string>());
        await RelayedAsync(app);
        MonthCount(await reader.GetStringAsync("/blog")).ShouldBe(postsThisMonth, "the archive counts a post and its translation once");

        // Feeds carry one version of each post, in the feed's language, linked at that version's own address.
        var russianFeed = await reader.GetStringAsync("/blog/rss.xml?lang=ru");
        russianFeed.ShouldContain("<language>ru</language>");
        russianFeed.ShouldContain($"<link>http://localhost/blog/{slug}?lang=ru</link>");
        russianFeed.ShouldNotContain(english["title"]!.GetValue<string>());
        var englishFeed = await reader.GetStringAsync("/blog/atom.xml");
        englishFeed.ShouldContain($"href=\"http://localhost/blog/{slug}?lang=en\"");
        englishFeed.ShouldNotContain(russianTitle);

        // The sitemap lists each language version at its own address, never the shared one twice.
        var sitemap = await reader.GetStringAsync("/sitemap.xml");
        sitemap.ShouldContain($"<loc>http://localhost/blog/{slug}?lang=en</loc>");
        sitemap.ShouldContain($"<loc>http://localhost/blog/{slug}?lang=ru</loc>");
        sitemap.ShouldNotContain($"<loc>http://localhost/blog/{slug}</loc>");

        var translations = (await (await editor.GetAsync($"/api/v1/content/{english["id"]}/translations")).JsonAsync()).AsArray();
        translations.Select(t => t!["language"]!.GetValue<string>()).ShouldBe(["ru"]);
        translations[0]!["title"]!.GetValue<string>().ShouldBe(russianTitle);
        var graph = await editor.GraphQLAsync($"{{ contentTranslations(id: \"{english["id"]}\") {{ language title }} }}");
        graph["data"]!["contentTranslations"]![0]!["language"]!.GetValue<string>().ShouldBe("ru");
        var missing = await editor.GraphQLAsync($"{{ contentTranslations(id: \"{Guid.NewGuid()}\") {{ language }} }}");
        missing["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("NOT_FOUND");
    }

    [Fact]
    public async Task Drafts_are_invisible_and_unpublishing_takes_a_post_off_the_cached_blog()
    {
        var editor = await DemoEditorAsync(app);
        var reader = app.CreateClient();
        var draft = await CreateAsync(editor, new { title = Unique("Not yet"), type = "post" });
        (await reader.GetAsync($"/blog/{draft["slug"]}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await reader.GetStringAsync("/blog/rss.xml")).ShouldNotContain(draft["title"]!.GetValue<string>());

        await PublishAsync(editor, draft);
        await EventuallyAsync(reader, $"/blog/{draft["slug"]}", (r, _) => r.StatusCode == HttpStatusCode.OK);
        (await editor.PostAsync($"/api/v1/content/{draft["id"]}/unpublish", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await EventuallyAsync(reader, $"/blog/{draft["slug"]}", (r, _) => r.StatusCode == HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Scheduled_post_goes_live_once_when_two_publishing_sweeps_find_it_due_together()
    {
        var editor = await DemoEditorAsync(app);
        var draft = await CreateAsync(editor, new { title = Unique("On schedule"), type = "post" });
        var scheduled = await editor.PostAsJsonAsync($"/api/v1/content/{draft["id"]}/schedule", new { publishAt = DateTime.UtcNow.AddSeconds(2) });
        (await scheduled.JsonAsync())["status"]!.GetValue<string>().ShouldBe("Scheduled");
        (await app.CreateClient().GetAsync($"/blog/{draft["slug"]}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The wake-up job and the minute sweep (or two nodes) may meet on the same item: neither fails, one publishes.
        await Task.Delay(2500);
        var job = app.Services.GetRequiredService<ScheduledPublishingJob>();
        await Task.WhenAll(job.RunAsync(CancellationToken.None), job.RunAsync(CancellationToken.None));

        var item = await (await editor.GetAsync($"/api/v1/content/{draft["id"]}")).JsonAsync();
        item["status"]!.GetValue<string>().ShouldBe("Published");
        var revisions = (await (await editor.GetAsync($"/api/v1/content/{draft["id"]}/revisions")).JsonAsync()).AsArray();
        revisions.Select(r => r!["reason"]!.GetValue<string>()).ShouldBe(["Published on schedule"]);
        await EventuallyAsync(app.CreateClient(), $"/blog/{draft["slug"]}", (r, _) => r.StatusCode == HttpStatusCode.OK);
    }

    [Fact]
    public async Task Another_tenant_neither_sees_nor_edits_the_posts()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var tenants = await TwoTenants.CreateAsync(app, suffix, "announcements", "content", "blog");
        var alpha = app.CreateClient().WithBearer(tenants.AlphaToken);
        var beta = app.CreateClient().WithBearer(tenants.BetaToken);
        var secret = await PublishedPostAsync(alpha, "Alpha secret plan", ["secret"], prefix: $"/t/alpha{suffix}");
        var slug = secret["slug"]!.GetValue<string>();
        await EventuallyAsync(app.CreateClient(), $"/t/alpha{suffix}/blog/{slug}", (r, _) => r.StatusCode == HttpStatusCode.OK);

        (await app.CreateClient().GetAsync($"/t/beta{suffix}/blog/{slug}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.CreateClient().GetStringAsync($"/t/beta{suffix}/blog/rss.xml")).ShouldNotContain("Alpha secret plan");
        (await app.CreateClient().GetStringAsync($"/t/beta{suffix}/sitemap.xml")).ShouldNotContain(slug);
        (await beta.GetAsync($"/t/beta{suffix}/api/v1/content/{secret["id"]}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await beta.PutAsJsonAsync($"/t/beta{suffix}/api/v1/content/{secret["id"]}", new { title = "Hijacked" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await beta.DeleteAsync($"/t/beta{suffix}/api/v1/content/{secret["id"]}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await beta.GetAsync($"/t/beta{suffix}/api/v1/tags?search=secret")).JsonAsync())["totalCount"]!.GetValue<int>().ShouldBe(0);
        var graph = await beta.GraphQLAsync($"{{ contentItem(id: \"{secret["id"]}\") {{ title }} }}", $"/t/beta{suffix}/graphql");
        graph["data"]!["contentItem"].ShouldBeNull();
    }

    [Fact]
    public async Task GraphQL_writes_and_reads_posts_with_coded_errors()
    {
        var editor = await DemoEditorAsync(app);
        var slug = "graph-" + Guid.NewGuid().ToString("N")[..8];
        var created = await editor.GraphQLAsync($"mutation {{ createContent(title: \"Graph post\", slug: \"{slug}\", type: \"post\", tags: [\"graph\"]) {{ id status tags }} }}");
        var id = created["data"]!["createContent"]!["id"]!.GetValue<string>();
        await editor.GraphQLAsync($"mutation {{ publishContent(id: \"{id}\") {{ status }} }}");

        var read = await app.CreateClient().GraphQLAsync($"{{ publishedContent(type: \"post\", slug: \"{slug}\") {{ title bodyHtml tags }} }}");
        read["data"]!["publishedContent"]!["title"]!.GetValue<string>().ShouldBe("Graph post");

        var duplicate = await editor.GraphQLAsync($"mutation {{ createContent(title: \"Again\", slug: \"{slug}\", type: \"post\") {{ id }} }}");
        duplicate["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("VALIDATION");
        var anonymous = await app.CreateClient().GraphQLAsync("mutation { createContent(title: \"Nope\") { id } }");
        anonymous["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("UNAUTHENTICATED");
    }

    // The number beside this month in the blog's archive column.
    private static int MonthCount(string html)
    {
        var now = DateTime.UtcNow;
        var match = System.Text.RegularExpressions.Regex.Match(html, $"href=\"blog/{now.Year}/{now.Month}\">[^<]*</a> <span class=\"mud-text-secondary\">(\\d+)</span>");
        match.Success.ShouldBeTrue("this month is in the archive column");
        return int.Parse(match.Groups[1].Value);
    }
}

public sealed class BlogStorefrontOnSqlite(SqliteAppFactory app) : BlogStorefrontTests<SqliteAppFactory>(app);

public sealed class BlogStorefrontOnMariaDb(MariaDbAppFactory app) : BlogStorefrontTests<MariaDbAppFactory>(app);
