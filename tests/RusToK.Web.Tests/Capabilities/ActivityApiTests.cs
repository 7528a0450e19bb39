using System.Net;
using RusToK.Testing;
using static RusToK.Web.Tests.Modules.Content.ContentApi;

namespace RusToK.Web.Tests.Capabilities;

/// <summary>
/// The activity feed through the API: a publication becomes one sentence naming who did it, in the caller's language,
/// narrowed by module and person; another site's activity is never in it.
/// </summary>
public abstract class ActivityApiTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : RusToKAppFactory
{
    [Fact]
    public async Task Publishing_a_post_adds_one_sentence_naming_the_editor()
    {
        var editor = await DemoEditorAsync(app);
        var title = Unique("Feed pour-over");
        var post = await PublishedPostAsync(editor, title);

        var feed = await EventuallyAsync(editor, "/api/v1/activity?module=content&pageSize=50", (_, body) => body.Contains($"Demo Editor published “{title}”"), attempts: 200);
        var entries = System.Text.Json.Nodes.JsonNode.Parse(feed)!["items"]!.AsArray().Where(e => e!["subject"]!.GetValue<string>() == title).ToList();
        // Its creation may or may not have its own line (not when the post was published before the feed heard of it).
        entries[0]!["text"]!.GetValue<string>().ShouldBe($"Demo Editor published “{title}”");
        entries.Count(e => e!["text"]!.GetValue<string>().Contains("published")).ShouldBe(1);
        entries[0]!["path"]!.GetValue<string>().ShouldBe($"admin/content/{post["id"]}");

        var editorId = entries[0]!["personId"]!.GetValue<Guid>();
        (await EventuallyAsync(editor, $"/api/v1/activity?person={editorId}&pageSize=50", (_, body) => body.Contains(title), attempts: 200)).ShouldContain("Demo Editor");
        (await (await editor.GetAsync($"/api/v1/activity?person={Guid.NewGuid()}")).JsonAsync())["totalCount"]!.GetValue<int>().ShouldBe(0);
        (await (await editor.GetAsync("/api/v1/activity?module=no-such-module")).JsonAsync())["totalCount"]!.GetValue<int>().ShouldBe(0);
    }

    [Fact]
    public async Task The_feed_speaks_the_callers_language()
    {
        var editor = await DemoEditorAsync(app);
        var title = Unique("Лента");
        await PublishedPostAsync(editor, title);
        editor.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru");
        await EventuallyAsync(editor, "/api/v1/activity?pageSize=50", (_, body) => body.Contains($"Demo Editor опубликовал(а) «{title}»"), attempts: 200);
    }

    [Fact]
    public async Task Another_sites_activity_is_never_in_the_feed()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var tenants = await TwoTenants.CreateAsync(app, suffix, "announcements");
        var beta = app.CreateClient().WithBearer(tenants.BetaToken);
        await EventuallyAsync(beta, $"/t/beta{suffix}/api/v1/activity", (_, body) => body.Contains($"Owner of beta{suffix} announced “Beta secret sale”"), attempts: 200);

        var alpha = await (await app.CreateClient().WithBearer(tenants.AlphaToken).GetAsync($"/t/alpha{suffix}/api/v1/activity?pageSize=100")).JsonAsync();
        alpha.ToJsonString().ShouldNotContain("Beta secret sale");
        var demo = await (await (await DemoEditorAsync(app)).GetAsync("/api/v1/activity?pageSize=100&module=announcements")).JsonAsync();
        demo.ToJsonString().ShouldNotContain("Beta secret sale");
    }

    [Fact]
    public async Task Strangers_are_asked_to_sign_in()
    {
        (await app.CreateClient().GetAsync("/api/v1/activity")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}

public sealed class ActivityApiOnSqlite(SqliteAppFactory app) : ActivityApiTests<SqliteAppFactory>(app);

public sealed class ActivityApiOnMariaDb(MariaDbAppFactory app) : ActivityApiTests<MariaDbAppFactory>(app);
