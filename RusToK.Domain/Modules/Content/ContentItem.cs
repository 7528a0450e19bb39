using RusToK.Domain.Kernel.Entities;
using RusToK.Domain.Kernel.Text;
using RusToK.Domain.Modules.Content.Events;

namespace RusToK.Domain.Modules.Content;

/// <summary>
/// One piece of content of a type (article, post, page…) in one language. Readers see it only while
/// <see cref="ContentStatus.Published"/>; each published save is kept as a <see cref="Revisions.ContentRevision"/>.
/// </summary>
public sealed class ContentItem : TenantOwnedAggregate
{
    public const int MaxTitleLength = 200;
    public const int MaxExcerptLength = 500;
    public const int MaxBodyLength = 200_000;
    public const int MaxUrlLength = 500;
    public const int MaxAltLength = 200;
    public const int MaxMetaTitleLength = 120;
    public const int MaxMetaDescriptionLength = 300;
    public const int MaxLanguageLength = 10;
    public const int MaxAuthorLength = 100;

    private ContentItem()
    {
    }

    public string Type { get; private set; } = ContentTypes.Article;

    public string Language { get; private set; } = "en";

    public string Slug { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string Excerpt { get; private set; } = "";

    public string Body { get; private set; } = "";

    public BodyFormat BodyFormat { get; private set; }

    /// <summary>The body rendered and sanitized at save time, so readers never pay for Markdown.</summary>
    public string BodyHtml { get; private set; } = "";

    public int WordCount { get; private set; }

    public string? CoverImageUrl { get; private set; }

    public string? CoverImageAlt { get; private set; }

    public string? MetaTitle { get; private set; }

    public string? MetaDescription { get; private set; }

    public Guid? CategoryId { get; private set; }

    /// <summary>For hierarchical types (pages): the parent item.</summary>
    public Guid? ParentId { get; private set; }

    public int Position { get; private set; }

    public Guid? AuthorId { get; private set; }

    public string AuthorName { get; private set; } = "";

    public ContentStatus Status { get; private set; }

    /// <summary>When a scheduled item goes live.</summary>
    public DateTime? PublishAt { get; private set; }

    /// <summary>When the item first went live (kept across later edits and re-publishing).</summary>
    public DateTime? PublishedAt { get; private set; }

    public int RevisionCount { get; private set; }

    public string? LastEditedBy { get; private set; }

    public int ReadingMinutes => ReadingTime.Minutes(WordCount);

    public static ContentItem Create(ContentInput input, RenderedBody rendered, ContentAuthor author)
    {
        var item = new ContentItem { Type = input.Type.Trim().ToLowerInvariant(), AuthorId = author.UserId, AuthorName = author.Name };
        item.Apply(input, rendered, author);
        item.Raise(new ContentCreated(item.Id, item.Type, item.Slug, item.Title));
        return item;
    }

    public void Edit(ContentInput input, RenderedBody rendered, ContentAuthor author)
    {
        Apply(input, rendered, author);
        Raise(new ContentUpdated(Id, Type, Slug, Title, Status == ContentStatus.Published));
    }

    /// <summary>Goes live now; a first publication may carry an earlier date (imports, back-dating). Returns the revision number to record.</summary>
    public int Publish(DateTime utcNow, DateTime? backdate = null)
    {
        var onSchedule = Status == ContentStatus.Scheduled;
        Status = ContentStatus.Published;
        PublishAt = null;
        PublishedAt ??= backdate is { } date && date < utcNow ? date : utcNow;
        UpdatedAt = utcNow;
        Raise(new ContentPublished(Id, Type, Slug, Title, onSchedule));
        return ++RevisionCount;
    }

    public void Schedule(DateTime publishAtUtc)
    {
        Status = ContentStatus.Scheduled;
        PublishAt = publishAtUtc;
        UpdatedAt = DateTime.UtcNow;
        Raise(new ContentScheduled(Id, Type, Slug, publishAtUtc));
    }

    public void Unpublish() => TakeOffline(ContentStatus.Draft);

    public void Archive() => TakeOffline(ContentStatus.Archived);

    /// <summary>Something shown with the item changed (a page's blocks): readers' cached copies must go.</summary>
    public void TouchLayout()
    {
        UpdatedAt = DateTime.UtcNow;
        Raise(new ContentUpdated(Id, Type, Slug, Title, Status == ContentStatus.Published));
    }

    /// <summary>A published item's save becomes a new revision; returns its number.</summary>
    public int NextRevision() => ++RevisionCount;

    public void MarkDeleted() => Raise(new ContentDeleted(Id, Type, Slug, Status == ContentStatus.Published));

    private void Apply(ContentInput input, RenderedBody rendered, ContentAuthor author)
    {
        Title = input.Title.Trim();
        Slug = string.IsNullOrWhiteSpace(input.Slug) ? Kernel.Text.Slug.From(Title) : input.Slug.Trim();
        Language = input.Language.Trim().ToLowerInvariant();
        Body = input.Body ?? "";
        BodyFormat = input.BodyFormat;
        BodyHtml = rendered.Html;
        WordCount = ReadingTime.WordsIn(rendered.PlainText);
        Excerpt = string.IsNullOrWhiteSpace(input.Excerpt) ? ExcerptOf(rendered.Lead.Length > 0 ? rendered.Lead : rendered.PlainText) : input.Excerpt.Trim();
        CoverImageUrl = Blank(input.CoverImageUrl);
        CoverImageAlt = Blank(input.CoverImageAlt);
        MetaTitle = Blank(input.MetaTitle);
        MetaDescription = Blank(input.MetaDescription);
        CategoryId = input.CategoryId;
        ParentId = input.ParentId;
        Position = input.Position;
        LastEditedBy = author.Name;
        UpdatedAt = DateTime.UtcNow;
    }

    // Back to draft or into the archive; readers lose it only if it was live.
    private void TakeOffline(ContentStatus status)
    {
        var wasLive = Status == ContentStatus.Published;
        Status = status;
        PublishAt = null;
        UpdatedAt = DateTime.UtcNow;
        if (wasLive) Raise(new ContentUnpublished(Id, Type, Slug));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // The first sentences up to ~200 characters, cut at a word boundary.
    private static string ExcerptOf(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= 200) return flat;
        var cut = flat.LastIndexOf(' ', 200);
        return flat[..(cut > 100 ? cut : 200)] + "…";
    }
}
