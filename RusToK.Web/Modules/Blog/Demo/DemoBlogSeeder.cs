using System.Text;
using RusToK.Domain.Capabilities.Media;
using RusToK.Domain.Kernel.Identity;
using RusToK.Domain.Kernel.Modules;
using RusToK.Domain.Kernel.Paging;
using RusToK.Domain.Kernel.Text;
using RusToK.Domain.Modules.Blog;
using RusToK.Domain.Modules.Content;
using RusToK.Domain.Modules.Content.Categories;
using RusToK.Web.Kernel.Seeding;

namespace RusToK.Web.Modules.Blog.Demo;

/// <summary>Writes the demo blog through the same use cases an editor uses, so the demo proves them too.</summary>
public sealed class DemoBlogSeeder(
    CategoryService categories, ContentEditingService editing, ContentPublishingService publishing, MediaService media, IUserDirectory users, TimeProvider clock)
    : IDemoDataSeeder
{
    public int Order => 200;

    public async Task SeedAsync(CancellationToken ct)
    {
        var authors = new List<ContentAuthor>();
        foreach (var person in (IEnumerable<DemoPerson>)[DemoPeople.Marta, DemoPeople.Ivan, DemoPeople.Editor]) authors.Add(await AuthorAsync(person, ct));

        var categoryIds = new Dictionary<string, Guid>();
        foreach (var (name, description, russianName, russianDescription) in DemoBlogPosts.Categories)
        {
            var input = new CategoryInput(name, Description: description, Translations: [new CategoryTranslation("ru", russianName, russianDescription)]);
            categoryIds[name] = (await categories.CreateAsync(input, ct)).Value!.Id;
        }

        var covers = await UploadCoversAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < DemoBlogPosts.Posts.Count; i++)
        {
            var post = DemoBlogPosts.Posts[i];
            var input = new ContentInput(post.Title, null, BodyOf(post), BodyFormat.Markdown, post.Excerpt, BlogModule.PostType, "en",
                categoryIds[post.Category], post.Tags, covers[i % covers.Count], $"Illustration for \"{post.Title}\"");
            var published = await PublishAsync(input, authors[i % authors.Count], now.AddDays(-post.DaysAgo).AddHours(-i), ct);
            if (i == 0) await PublishAsync(RussianOf(published), authors[0], now.AddDays(-post.DaysAgo), ct);
        }
    }

    // The covers go through the media library as an editor's uploads would, so the demo's library is not empty and
    // the storefront serves them in the library's sizes.
    private async Task<List<string>> UploadCoversAsync(CancellationToken ct)
    {
        var urls = new List<string>();
        var assembly = typeof(DemoBlogSeeder).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("DemoCovers.", StringComparison.Ordinal)).Order())
        {
            await using var image = assembly.GetManifestResourceStream(name)!;
            var uploaded = await media.UploadAsync(image, name["DemoCovers.".Length..], "An abstract illustration in coffee colours", ct);
            if (!uploaded.Succeeded) throw new InvalidOperationException($"Demo cover {name} was refused: {string.Join(" ", uploaded.Errors.SelectMany(e => e.Value))}");
            urls.Add(uploaded.Value!.Url());
        }

        return urls;
    }

    // The demo's writers are people of the tenant (seeded by the kernel first), so their bylines lead to author pages.
    private async Task<ContentAuthor> AuthorAsync(DemoPerson person, CancellationToken ct) =>
        (await users.ListAsync(person.Email, new PageRequest(1, 1), ct)).Items.FirstOrDefault() is { } user
            ? new ContentAuthor(user.Id, user.DisplayName)
            : new ContentAuthor(null, person.DisplayName);

    private async Task<ContentItem> PublishAsync(ContentInput input, ContentAuthor author, DateTime at, CancellationToken ct)
    {
        var created = await editing.CreateAsync(input, author, ct);
        if (!created.Succeeded) throw new InvalidOperationException($"Demo post \"{input.Title}\" was refused: {string.Join(" ", created.Errors.SelectMany(e => e.Value))}");
        await publishing.PublishAsync(created.Value!.Id, ct, backdate: at);
        return created.Value!;
    }

    // A translation is the same post at the same address in another language; readers get the one in their language.
    private static ContentInput RussianOf(ContentItem original)
    {
        var (title, excerpt, body) = DemoBlogPosts.FirstPostInRussian;
        return new ContentInput(title, original.Slug, body, BodyFormat.Markdown, excerpt, BlogModule.PostType, "ru",
            original.CategoryId, ["pour-over", "v60"], original.CoverImageUrl, $"Иллюстрация к «{title}»");
    }

    private static string BodyOf(DemoPost post)
    {
        var body = new StringBuilder();
        body.AppendLine(post.Intro).AppendLine();
        body.AppendLine("## What you need to know").AppendLine();
        foreach (var point in post.Points) body.AppendLine($"- {point}");
        body.AppendLine();
        body.AppendLine($"> {post.Excerpt}").AppendLine();
        body.AppendLine("## Our advice").AppendLine();
        body.AppendLine(post.Closing).AppendLine();
        body.AppendLine("Questions? Ask us in the shop or write to hello@demo.local — we read every message.");
        return body.ToString();
    }
}
