using RusToK.Domain.Kernel.Text;
using RusToK.Domain.Modules.Content;

namespace RusToK.Components.Modules.Content;

/// <summary>The editor's working copy of an item: what the form binds to, turned into a <see cref="ContentInput"/> to save.</summary>
public sealed class ContentDraft
{
    public string Title { get; set; } = "";

    public string? Slug { get; set; }

    public string Body { get; set; } = "";

    public BodyFormat BodyFormat { get; set; } = BodyFormat.Markdown;

    public string? Excerpt { get; set; }

    public string Type { get; set; } = ContentTypes.Article;

    public string Language { get; set; } = "en";

    public Guid? CategoryId { get; set; }

    public List<string> Tags { get; set; } = [];

    public string? CoverImageUrl { get; set; }

    public string? CoverImageAlt { get; set; }

    public string? MetaTitle { get; set; }

    public string? MetaDescription { get; set; }

    public Guid? ParentId { get; set; }

    public int Position { get; set; }

    public ContentInput ToInput() => new(
        Title, Slug, Body, BodyFormat, Excerpt, Type, Language, CategoryId, Tags.ToList(), CoverImageUrl, CoverImageAlt, MetaTitle, MetaDescription, ParentId, Position);

    public static ContentDraft From(ContentInput input) => new()
    {
        Title = input.Title,
        Slug = input.Slug,
        Body = input.Body ?? "",
        BodyFormat = input.BodyFormat,
        Excerpt = input.Excerpt,
        Type = input.Type,
        Language = input.Language,
        CategoryId = input.CategoryId,
        Tags = [.. input.Tags ?? []],
        CoverImageUrl = input.CoverImageUrl,
        CoverImageAlt = input.CoverImageAlt,
        MetaTitle = input.MetaTitle,
        MetaDescription = input.MetaDescription,
        ParentId = input.ParentId,
        Position = input.Position,
    };

    /// <summary>A fingerprint of every field, to tell whether there is anything unsaved.</summary>
    public string Fingerprint() => System.Text.Json.JsonSerializer.Serialize(ToInput());
}
