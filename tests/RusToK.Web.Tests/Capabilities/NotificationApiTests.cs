using System.Net;
using RusToK.Testing;
using static RusToK.Web.Tests.Modules.Content.ContentApi;

namespace RusToK.Web.Tests.Capabilities;

/// <summary>
/// The inbox through the API: an author hears when someone else publishes their draft, nobody hears of what they did
/// themselves, and marking read is one's own business.
/// </summary>
public abstract class NotificationApiTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : RusToKAppFactory
{
    [Fact]
    public async Task An_author_is_told_when_an_administrator_publishes_their_draft_and_can_mark_it_read()
    {
        var editor = await DemoEditorAsync(app);
        var title = Unique("Inbox draft");
        var draft = await CreateAsync(editor, new { title, body = "Ready when you are.", type = "post" });
        var admin = app.CreateClient().WithBearer((await app.CreateClient().TokenAsync(RusToKAppFactory.AdminEmail, RusToKAppFactory.AdminPassword, "demo"))["accessToken"]!.GetValue<string>());
        await PublishAsync(admin, draft);

        var inbox = await EventuallyAsync(editor, "/api/v1/notifications", (_, body) => body.Contains(title), attempts: 200);
        var note = System.Text.Json.Nodes.JsonNode.Parse(inbox)!["items"]!.AsArray().First(n => n!["subject"]!.GetValue<string>() == title)!;
        note["text"]!.GetValue<string>().ShouldBe($"Platform administrator published your “{title}”");
        note["isRead"]!.GetValue<bool>().ShouldBeFalse();
        note["path"]!.GetValue<string>().ShouldBe($"admin/content/{draft["id"]}");

        (await admin.PostAsync($"/api/v1/notifications/{note["id"]}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "another person's notification is not theirs to mark");
        (await editor.PostAsync($"/api/v1/notifications/{note["id"]}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var after = await (await editor.GetAsync("/api/v1/notifications")).JsonAsync();
        after["items"]!.AsArray().First(n => n!["subject"]!.GetValue<string>() == title)!["isRead"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task Nobody_is_told_about_what_they_did_themselves()
    {
        var editor = await DemoEditorAsync(app);
        var title = Unique("Own post");
        await PublishedPostAsync(editor, title);
        await EventuallyAsync(editor, "/api/v1/activity?pageSize=50", (_, body) => body.Contains(title), attempts: 200);
        (await (await editor.GetAsync("/api/v1/notifications?pageSize=100")).Content.ReadAsStringAsync()).ShouldNotContain(title);
    }

    [Fact]
    public async Task Strangers_have_no_inbox()
    {
        (await app.CreateClient().GetAsync("/api/v1/notifications")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}

public sealed class NotificationApiOnSqlite(SqliteAppFactory app) : NotificationApiTests<SqliteAppFactory>(app);

public sealed class NotificationApiOnMariaDb(MariaDbAppFactory app) : NotificationApiTests<MariaDbAppFactory>(app);
