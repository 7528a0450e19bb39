using System.Net;
using System.Net.Http.Json;
using RusToK.Testing;
using static RusToK.Web.Tests.Modules.Content.ContentApi;

namespace RusToK.Web.Tests.Modules.Content;

/// <summary>Writing content through REST: drafts, validation, sanitizing, conflicts, revisions and categories.</summary>
public abstract class ContentEditingTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : RusToKAppFactory
{
    [Fact]
    public async Task Draft_gets_an_address_from_its_title_and_keeps_its_tags()
    {
        var editor = await DemoEditorAsync(app);
        var title = Unique("Привет, мир");
        var draft = await CreateAsync(editor, new { title, body = "# Hi", tags = new[] { "News", "news ", "Coffee" } });

        draft["slug"]!.GetValue<string>().ShouldStartWith("privet-mir-");
        draft["status"]!.GetValue<string>().ShouldBe("Draft");
        draft["tags"]!.AsArray().Select(t => t!.GetValue<string>()).ShouldBe(["Coffee", "News"], ignoreOrder: true);
        var list = await (await editor.GetAsync($"/api/v1/content?search={Uri.EscapeDataString(title)}")).JsonAsync();
        list["items"]!.AsArray().Single()!["title"]!.GetValue<string>().ShouldBe(title);
    }

    [Fact]
    public async Task Duplicate_or_malformed_addresses_are_refused_with_field_messages_and_nothing_is_saved()
    {
        var editor = await DemoEditorAsync(app);
        var slug = "same-address-" + Guid.NewGuid().ToString("N")[..8];
        await CreateAsync(editor, new { title = "First", slug });

        var duplicate = await editor.PostAsJsonAsync("/api/v1/content", new { title = "Second", slug });
        duplicate.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await duplicate.JsonAsync())["errors"]!["slug"]![0]!.GetValue<string>().ShouldContain("already uses the address");

        var otherLanguage = await editor.PostAsJsonAsync("/api/v1/content", new { title = "Второй", slug, language = "ru" });
        otherLanguage.StatusCode.ShouldBe(HttpStatusCode.Created);

        var malformed = await editor.PostAsJsonAsync("/api/v1/content", new { title = "Third", slug = "No Spaces/Allowed!" });
        (await malformed.JsonAsync())["errors"]!["slug"]![0]!.GetValue<string>().ShouldContain("lower-case letters");

        var longTag = await editor.PostAsJsonAsync("/api/v1/content", new { title = Unique("Tagged"), tags = new[] { new string('t', 51) } });
        longTag.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await longTag.JsonAsync())["errors"]!["tags"]![0]!.GetValue<string>().ShouldContain("at most 50 characters");

        var list = await (await editor.GetAsync("/api/v1/content?search=Third")).JsonAsync();
        list["totalCount"]!.GetValue<int>().ShouldBe(0);
    }

    [Fact]
    public async Task Scripts_event_handlers_and_javascript_links_are_stored_sanitized()
    {
        var editor = await DemoEditorAsync(app);
        var body = "Hi <script>alert('x')</script><img src=\"/a.png\" alt=\"a\" onerror=\"alert(1)\"> [click](javascript:alert(2)) <b onclick=\"steal()\">bold</b>";
        var item = await CreateAsync(editor, new { title = Unique("Sanitized"), body });

        var html = item["bodyHtml"]!.GetValue<string>();
        html.ShouldNotContain("<script");
        html.ShouldNotContain("onerror");
        html.ShouldNotContain("onclick");
        html.ShouldNotContain("javascript:");
        html.ShouldContain("<b>bold</b>");
        item["body"]!.GetValue<string>().ShouldBe(body, "the editor's source is kept as written; only the rendered HTML is cleaned");
    }

    [Fact]
    public async Task Second_editor_saving_a_stale_copy_gets_a_conflict_and_the_first_save_survives()
    {
        var editor = await DemoEditorAsync(app);
        var item = await CreateAsync(editor, new { title = Unique("Shared"), body = "v1" });
        var stamp = item["concurrencyStamp"]!.GetValue<Guid>();

        var first = await editor.PutAsJsonAsync($"/api/v1/content/{item["id"]}", new { title = item["title"]!.GetValue<string>(), body = "first editor", concurrencyStamp = stamp });
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        var second = await editor.PutAsJsonAsync($"/api/v1/content/{item["id"]}", new { title = item["title"]!.GetValue<string>(), body = "second editor", concurrencyStamp = stamp });
        second.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await second.JsonAsync())["detail"]!.GetValue<string>().ShouldContain("Compare both versions");

        var stored = await (await editor.GetAsync($"/api/v1/content/{item["id"]}")).JsonAsync();
        stored["body"]!.GetValue<string>().ShouldBe("first editor");
    }

    [Fact]
    public async Task Edits_of_a_live_post_become_revisions_that_can_be_compared_and_restored()
    {
        var editor = await DemoEditorAsync(app);
        var item = await PublishedPostAsync(editor, Unique("Revised"), body: "line one\nline two");
        var id = item["id"]!.GetValue<Guid>();
        await editor.PutAsJsonAsync($"/api/v1/content/{id}", new { title = item["title"]!.GetValue<string>(), body = "line one\nline 2 changed", type = "post" });

        var revisions = (await (await editor.GetAsync($"/api/v1/content/{id}/revisions")).JsonAsync()).AsArray();
        revisions.Select(r => r!["number"]!.GetValue<int>()).ShouldBe([2, 1]);
        revisions[1]!["reason"]!.GetValue<string>().ShouldBe("Published");

        var diff = await (await editor.GetAsync($"/api/v1/content/{id}/revisions/1/diff?against=2")).JsonAsync();
        diff["before"]!.AsArray().Select(l => l!["change"]!.GetValue<string>()).ShouldContain("Modified");

        var restored = await (await editor.PostAsync($"/api/v1/content/{id}/revisions/1/restore", null)).JsonAsync();
        restored["body"]!.GetValue<string>().ShouldBe("line one\nline two");
        restored["revisionCount"]!.GetValue<int>().ShouldBe(3);
    }

    [Fact]
    public async Task Schedule_in_the_past_is_refused_and_autosave_never_touches_a_live_item()
    {
        var editor = await DemoEditorAsync(app);
        var draft = await CreateAsync(editor, new { title = Unique("Later"), type = "post" });
        var past = await editor.PostAsJsonAsync($"/api/v1/content/{draft["id"]}/schedule", new { publishAt = DateTime.UtcNow.AddMinutes(-5) });
        past.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await past.JsonAsync())["errors"]!["publishAt"]![0]!.GetValue<string>().ShouldContain("in the future");

        var live = await PublishAsync(editor, draft);
        var autosave = await editor.PostAsJsonAsync($"/api/v1/content/{live["id"]}/autosave", new { title = "half-typed", type = "post" });
        autosave.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await (await editor.GetAsync($"/api/v1/content/{live["id"]}")).JsonAsync())["title"]!.GetValue<string>().ShouldBe(draft["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Category_in_use_cannot_be_deleted_until_its_items_move()
    {
        var editor = await DemoEditorAsync(app);
        var category = await (await editor.PostAsJsonAsync("/api/v1/categories", new { name = Unique("Guides") })).JsonAsync();
        var item = await CreateAsync(editor, new { title = Unique("In a category"), categoryId = category["id"] });

        var refused = await editor.DeleteAsync($"/api/v1/categories/{category["id"]}");
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.JsonAsync())["detail"]!.GetValue<string>().ShouldContain("is used by 1 item");

        await editor.PutAsJsonAsync($"/api/v1/content/{item["id"]}", new { title = item["title"]!.GetValue<string>() });
        (await editor.DeleteAsync($"/api/v1/categories/{category["id"]}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Merging_tags_moves_their_items_and_leaves_one_tag()
    {
        var editor = await DemoEditorAsync(app);
        var a = "merge-a-" + Guid.NewGuid().ToString("N")[..6];
        var b = "merge-b-" + Guid.NewGuid().ToString("N")[..6];
        await CreateAsync(editor, new { title = Unique("One"), tags = new[] { a } });
        await CreateAsync(editor, new { title = Unique("Two"), tags = new[] { a, b } });
        await CreateAsync(editor, new { title = Unique("Three"), tags = new[] { b } });
        var tags = (await (await editor.GetAsync("/api/v1/tags?search=merge-&pageSize=100&all=true")).JsonAsync())["items"]!.AsArray();
        var source = tags.Single(t => t!["name"]!.GetValue<string>() == a)!["id"]!.GetValue<Guid>();
        var target = tags.Single(t => t!["name"]!.GetValue<string>() == b)!["id"]!.GetValue<Guid>();

        var merged = await editor.PostAsJsonAsync($"/api/v1/tags/{source}/merge", new { targetId = target });
        merged.StatusCode.ShouldBe(HttpStatusCode.OK);

        var after = (await (await editor.GetAsync($"/api/v1/tags?search={b}&all=true")).JsonAsync())["items"]!.AsArray().Single()!;
        after["count"]!.GetValue<int>().ShouldBe(3);
        (await (await editor.GetAsync($"/api/v1/tags?search={a}&all=true")).JsonAsync())["totalCount"]!.GetValue<int>().ShouldBe(0);
    }
}

public sealed class ContentEditingOnSqlite(SqliteAppFactory app) : ContentEditingTests<SqliteAppFactory>(app);

public sealed class ContentEditingOnMariaDb(MariaDbAppFactory app) : ContentEditingTests<MariaDbAppFactory>(app);
