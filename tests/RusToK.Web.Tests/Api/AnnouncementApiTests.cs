using System.Net;
using System.Net.Http.Json;
using RusToK.Testing;

namespace RusToK.Web.Tests.Api;

/// <summary>The Announcements module end to end through REST and GraphQL: validation, conflicts, events, storefront.</summary>
public abstract class AnnouncementApiTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : RusToKAppFactory
{
    private async Task<HttpClient> EditorAsync() =>
        app.CreateClient().WithBearer((await app.CreateClient().TokenAsync("editor@demo.local", "Editor123!", "demo"))["accessToken"]!.GetValue<string>());

    [Fact]
    public async Task Created_announcement_shows_on_the_storefront_and_its_event_is_delivered()
    {
        var editor = await EditorAsync();
        var title = "Sale " + Guid.NewGuid().ToString("N")[..6];
        var created = await editor.PostAsJsonAsync("/api/v1/announcements", new { title, body = "Everything half price", tone = "Warning" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.JsonAsync())["id"]!.GetValue<Guid>();

        (await app.CreateClient().GetStringAsync("/")).ShouldContain(title);

        var admin = app.CreateClient().WithBearer((await app.CreateClient().TokenAsync(RusToKAppFactory.AdminEmail, RusToKAppFactory.AdminPassword, "demo"))["accessToken"]!.GetValue<string>());
        string? state = null;
        for (var i = 0; i < 50 && state != "Processed"; i++)
        {
            var events = await (await admin.GetAsync("/api/v1/events?pageSize=100")).JsonAsync();
            state = events["items"]!.AsArray().FirstOrDefault(e => e!["aggregateId"]!.GetValue<Guid>() == id)?["state"]?.GetValue<string>();
            if (state != "Processed") await Task.Delay(100);
        }

        state.ShouldBe("Processed");
    }

    [Fact]
    public async Task Missing_or_oversized_fields_answer_with_messages_per_field_and_nothing_is_saved()
    {
        var editor = await EditorAsync();
        var before = (await (await editor.GetAsync("/api/v1/announcements")).JsonAsync())["totalCount"]!.GetValue<int>();

        var missing = await editor.PostAsJsonAsync("/api/v1/announcements", new { body = "no title" });
        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await missing.JsonAsync())["errors"]!["title"]![0]!.GetValue<string>().ShouldContain("required");

        var tooLong = await editor.PostAsJsonAsync("/api/v1/announcements", new { title = new string('a', 121), body = new string('b', 1001) });
        var errors = (await tooLong.JsonAsync())["errors"]!.AsObject();
        errors.Select(e => e.Key).ShouldBe(["title", "body"], ignoreOrder: true);

        var backwards = await editor.PostAsJsonAsync("/api/v1/announcements", new { title = "Backwards", startsAt = "2030-01-02T00:00:00Z", endsAt = "2030-01-01T00:00:00Z" });
        (await backwards.JsonAsync())["errors"]!["endsAt"]![0]!.GetValue<string>().ShouldContain("after the start");

        (await (await editor.GetAsync("/api/v1/announcements")).JsonAsync())["totalCount"]!.GetValue<int>().ShouldBe(before);
    }

    [Fact]
    public async Task Second_editor_saving_a_stale_copy_gets_a_conflict_and_the_first_edit_survives()
    {
        var editor = await EditorAsync();
        var created = await (await editor.PostAsJsonAsync("/api/v1/announcements", new { title = "Original" })).JsonAsync();
        var id = created["id"]!.GetValue<Guid>();
        var stamp = created["concurrencyStamp"]!.GetValue<Guid>();

        (await editor.PutAsJsonAsync($"/api/v1/announcements/{id}", new { title = "First edit", concurrencyStamp = stamp })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var stale = await editor.PutAsJsonAsync($"/api/v1/announcements/{id}", new { title = "Second edit", concurrencyStamp = stamp });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stale.JsonAsync())["detail"]!.GetValue<string>().ShouldContain("Someone else changed");

        (await (await editor.GetAsync($"/api/v1/announcements/{id}")).JsonAsync())["title"]!.GetValue<string>().ShouldBe("First edit");
    }

    [Fact]
    public async Task Graphql_creates_and_reports_coded_errors_for_bad_input_and_bad_queries()
    {
        var editor = await EditorAsync();
        var created = await editor.GraphQLAsync("mutation { createAnnouncement(title: \"From GraphQL\") { id title } }");
        created["data"]!["createAnnouncement"]!["title"]!.GetValue<string>().ShouldBe("From GraphQL");

        var invalid = await editor.GraphQLAsync("mutation { createAnnouncement(title: \"\") { id } }");
        invalid["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("VALIDATION");

        var malformed = await editor.GraphQLAsync("{ announcements { id ");
        malformed["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("SYNTAX_ERROR");

        var anonymous = await app.CreateClient().GraphQLAsync("{ announcements { id } }");
        anonymous["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("UNAUTHENTICATED");

        var notJson = await app.CreateClient().PostAsync("/graphql", new StringContent("query me", System.Text.Encoding.UTF8, "application/json"));
        notJson.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}

public sealed class AnnouncementApiOnSqlite(SqliteAppFactory app) : AnnouncementApiTests<SqliteAppFactory>(app);

public sealed class AnnouncementApiOnMariaDb(MariaDbAppFactory app) : AnnouncementApiTests<MariaDbAppFactory>(app);
