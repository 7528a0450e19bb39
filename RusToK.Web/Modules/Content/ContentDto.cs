using RusToK.Domain.Capabilities.Tags;
using RusToK.Domain.Modules.Content;

namespace RusToK.Web.Modules.Content;

/// <summary>A content item with its body (source and sanitized HTML) and tags.</summary>
public sealed record ContentDto(
    Guid Id, string Type, string Language, string Slug, string Title, string Excerpt, string Body, string BodyFormat, string BodyHtml,
    string Status, Guid? CategoryId, IReadOnlyList<string> Tags, string? CoverImageUrl, string? CoverImageAlt, string? MetaTitle,
    string? MetaDescription, Guid? ParentId, int Position, string AuthorName, DateTime? PublishAt, DateTime? PublishedAt,
    DateTime UpdatedAt, int ReadingMinutes, int RevisionCount, Guid ConcurrencyStamp)
{
    [global::GraphQL.Ignore] // a mapping helper, not a field
    public static ContentDto From(ContentItem i, IReadOnlyList<Tag> tags) => new(
        i.Id, i.Type, i.Language, i.Slug, i.Title, i.Excerpt, i.Body, i.BodyFormat.ToString(), i.BodyHtml, i.Status.ToString(), i.CategoryId,
        tags.Select(t => t.Name).ToList(), i.CoverImageUrl, i.CoverImageAlt, i.MetaTitle, i.MetaDescription, i.ParentId, i.Position, i.AuthorName,
        i.PublishAt, i.PublishedAt, i.UpdatedAt, i.ReadingMinutes, i.RevisionCount, i.ConcurrencyStamp);
}
