using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RusToK.Domain.Capabilities.Media;
using RusToK.Infrastructure.Kernel.Persistence;
using RusToK.Testing;
using static RusToK.Web.Tests.Modules.Content.ContentApi;

namespace RusToK.Web.Tests.Capabilities;

/// <summary>The media library through the API: uploads checked by content, WebP variants made in the background, usage protecting files.</summary>
public abstract class MediaLibraryTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : RusToKAppFactory
{
    [Fact]
    public async Task Uploaded_image_is_served_and_gets_webp_variants_in_the_background()
    {
        var editor = await DemoEditorAsync(app);
        var uploaded = await UploadAsync(editor, TestImages.Jpeg(1600, 1000), "beans.jpg", "Roasted beans");
        uploaded.StatusCode.ShouldBe(HttpStatusCode.Created);
        var file = await uploaded.JsonAsync();
        file["kind"]!.GetValue<string>().ShouldBe("Image");
        file["width"]!.GetValue<int>().ShouldBe(1600);

        var original = await app.CreateClient().GetAsync(file["url"]!.GetValue<string>());
        original.Content.Headers.ContentType!.MediaType.ShouldBe("image/jpeg");

        var id = file["id"]!.GetValue<Guid>();
        for (var i = 0; i < 100 && (await (await editor.GetAsync($"/api/v1/media/{id}")).JsonAsync())["thumbnailUrl"] is null; i++) await Task.Delay(100);
        var thumb = await app.CreateClient().GetAsync($"/media/{id}/thumb.webp");
        thumb.StatusCode.ShouldBe(HttpStatusCode.OK);
        thumb.Content.Headers.ContentType!.MediaType.ShouldBe("image/webp");
        thumb.Headers.CacheControl!.MaxAge.ShouldBe(TimeSpan.FromDays(365));
    }

    [Fact]
    public async Task A_file_lying_about_its_type_or_too_large_is_refused_with_a_clear_message()
    {
        var editor = await DemoEditorAsync(app);
        var liar = await UploadAsync(editor, Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"), "photo.jpg");
        liar.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await liar.JsonAsync())["errors"]!["file"]![0]!.GetValue<string>().ShouldContain("\"photo.jpg\" is not a supported file");

        var huge = new byte[MediaLimit + 1024];
        TestImages.Png(10, 10).CopyTo(huge, 0);
        var tooLarge = await UploadAsync(editor, huge, "huge.png");
        tooLarge.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await tooLarge.JsonAsync())["detail"]!.GetValue<string>().ShouldContain("larger than 10 MB");
    }

    [Fact]
    public async Task A_file_used_by_a_post_cannot_be_deleted_and_is_invisible_to_another_site()
    {
        var editor = await DemoEditorAsync(app);
        var file = await (await UploadAsync(editor, TestImages.Png(400, 300), "cover.png", "A cup")).JsonAsync();
        var post = await CreateAsync(editor, new { title = Unique("With a cover"), type = "post", coverImageUrl = file["url"], coverImageAlt = "A cup" });

        var used = await (await editor.GetAsync($"/api/v1/media/{file["id"]}")).JsonAsync();
        used["usageCount"]!.GetValue<int>().ShouldBe(1);
        var refused = await editor.DeleteAsync($"/api/v1/media/{file["id"]}");
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.JsonAsync())["detail"]!.GetValue<string>().ShouldContain("is used by 1 item");

        var suffix = Guid.NewGuid().ToString("N")[..6];
        await TwoTenants.CreateAsync(app, suffix);
        (await app.CreateClient().GetAsync($"/t/alpha{suffix}{file["url"]}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await editor.DeleteAsync($"/api/v1/content/{post["id"]}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await editor.DeleteAsync($"/api/v1/media/{file["id"]}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await app.CreateClient().GetAsync(file["url"]!.GetValue<string>())).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Pages_offer_every_size_and_a_size_not_made_is_answered_with_the_original_for_a_minute()
    {
        var editor = await DemoEditorAsync(app);
        var file = await (await UploadAsync(editor, TestImages.Png(900, 600), "fresh.png", "Fresh")).JsonAsync();
        var id = file["id"]!.GetValue<Guid>();

        // As if the background job had not run yet: wait for it, then forget what it made.
        for (var i = 0; i < 100 && (await (await editor.GetAsync($"/api/v1/media/{id}")).JsonAsync())["thumbnailUrl"] is null; i++) await Task.Delay(100);
        await using (var db = app.Services.GetRequiredService<AppDbContextFactory>().CreatePlatformContext())
        {
            await db.MediaFiles.IgnoreQueryFilters().Where(f => f.Id == id).ExecuteUpdateAsync(f => f.SetProperty(m => m.Variants, ""));
        }

        var standIn = await app.CreateClient().GetAsync($"/media/{id}/large.webp");
        standIn.StatusCode.ShouldBe(HttpStatusCode.OK);
        standIn.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        standIn.Headers.CacheControl!.MaxAge.ShouldBe(TimeSpan.FromMinutes(1));
        (await app.CreateClient().GetAsync($"/media/{id}/huge.webp")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var post = await PublishAsync(editor, await CreateAsync(editor, new { title = Unique("Sized cover"), type = "post", coverImageUrl = file["url"], coverImageAlt = "Fresh" }));
        var page = await EventuallyAsync(app.CreateClient(), $"/blog/{post["slug"]}", (r, _) => r.StatusCode == HttpStatusCode.OK);
        page.ShouldContain($"srcset=\"media/{id}/thumb.webp 320w, media/{id}/medium.webp 768w, media/{id}/large.webp 1280w\"");
    }

    [Fact]
    public async Task An_image_in_the_body_of_a_post_on_a_site_under_a_path_shows_that_sites_file_on_the_page_and_in_the_feed()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var tenants = await TwoTenants.CreateAsync(app, suffix, "announcements", "content", "blog");
        var site = $"/t/alpha{suffix}";
        var owner = app.CreateClient().WithBearer(tenants.AlphaToken);
        var file = await (await UploadAsync(owner, TestImages.Png(900, 600), "cup.png", "A cup", site)).JsonAsync();
        var id = file["id"]!.GetValue<Guid>();
        var post = await PublishedPostAsync(owner, Unique("Latte art"), body: $"Pour slowly.\n\n![A cup]({file["url"]})", prefix: site);
        (await (await owner.GetAsync($"{site}/api/v1/media/{id}")).JsonAsync())["usageCount"]!.GetValue<int>().ShouldBe(1, "the body uses the file");

        var reader = app.CreateClient();
        var page = await EventuallyAsync(reader, $"{site}/blog/{post["slug"]}", (r, _) => r.StatusCode == HttpStatusCode.OK);
        page.ShouldContain($"<base href=\"{site}/\"");
        page.ShouldContain($"src=\"media/{id}/original.png\"");
        (await reader.GetAsync($"{site}/media/{id}/original.png")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var feed = await EventuallyAsync(reader, $"{site}/blog/rss.xml", (_, xml) => xml.Contains(post["title"]!.GetValue<string>()));
        feed.ShouldContain($"src=\"http://localhost{site}/media/{id}/original.png\"");
        feed.ShouldContain($"http://localhost{site}/media/{id}/medium.webp 768w");
    }

    private const int MediaLimit = 10 * 1024 * 1024;

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes, string name, string? alt = null, string site = "")
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", name);
        if (alt is not null) form.Add(new StringContent(alt), "altText");
        return await client.PostAsync($"{site}/api/v1/media", form);
    }
}

public sealed class MediaLibraryOnSqlite(SqliteAppFactory app) : MediaLibraryTests<SqliteAppFactory>(app);

public sealed class MediaLibraryOnMariaDb(MariaDbAppFactory app) : MediaLibraryTests<MariaDbAppFactory>(app);
